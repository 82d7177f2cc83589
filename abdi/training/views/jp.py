"""The 20 JP standing (PP 11/2017 Pasal 203(4)): one's own, the atasan's subordinates, and HR's
view per perangkat daerah with who is behind; the XLSX export of training history."""

import io

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from .. import policy, queries
from ..rules.jp import Standing
from ..services.events import update_training_policy
from ..services.export import history_workbook


def _year(request) -> int:
    raw = str(request.GET.get("year", ""))
    this_year = timezone.localdate().year
    return int(raw) if raw.isdigit() and 2000 <= int(raw) <= this_year + 1 else this_year


@member_required
@require_GET
def standing(request):
    actor = Actor.from_request(request)
    year = _year(request)
    minimum = queries.training_policy().minimum_jp
    own = Standing(queries.jp_of(actor.employee_id, year), minimum) if actor.employee_id else None
    subordinates = [(e, Standing(e.jp, minimum)) for e in queries.subordinates_standing(actor, year)]
    agencies = queries.agency_standing(actor, year, minimum) \
        if policy.can_see_unit_standing(actor) else []
    chart = {"type": "bar", "labels": [a["name"] for a in agencies],
             "datasets": [{"label": "met", "data": [a["met"] for a in agencies]},
                          {"label": "behind", "data": [a["behind"] for a in agencies]}]}
    return render(request, "training/jp.html", {
        "year": year, "minimum": minimum, "own": own, "subordinates": subordinates,
        "agencies": agencies, "chart": chart,
        "may_export": policy.can_export(actor),
        "may_configure": policy.can_manage_catalogue(actor),
        "setting": queries.training_policy()})


@member_required
@require_POST
def configure(request):
    actor = Actor.from_request(request)
    if not policy.can_manage_catalogue(actor):
        raise Http404
    try:
        update_training_policy(actor=actor, minimum_jp=request.POST.get("minimum_jp"),
                               reminder_month=request.POST.get("reminder_month"),
                               reminder_day=request.POST.get("reminder_day"))
    except DomainError as error:
        return render(request, "training/refused.html", {
            "error": error.message, "back_url": reverse("training:jp")}, status=error.status)
    messages.success(request, _("The settings are saved."))
    return redirect("training:jp")


@member_required
@require_GET
def behind(request, perangkat_daerah_id):
    actor = Actor.from_request(request)
    if not policy.can_see_unit_standing(actor):
        raise Http404
    from abdi.org.queries import get_unit

    agency = get_unit(perangkat_daerah_id) if perangkat_daerah_id < 2**63 else None
    if agency is None or agency.parent_id is not None:
        raise Http404
    if not actor.sees_whole_government and agency.pk not in actor.agency_ids:
        raise Http404
    year = _year(request)
    minimum = queries.training_policy().minimum_jp
    page = paginate(queries.behind_in_agency(actor, agency.pk, year, minimum),
                    request.GET.get("page"), 50)
    jps = queries.jp_by_employee([e.pk for e in page], year)
    return render(request, "training/behind.html", {
        "agency": agency, "year": year, "minimum": minimum, "page_obj": page,
        "rows": [(e, Standing(jps.get(e.pk, 0), minimum)) for e in page]})


@member_required
@require_GET
def export(request):
    actor = Actor.from_request(request)
    if not policy.can_export(actor):
        raise Http404
    year = _year(request) if request.GET.get("year") else None
    buffer = io.BytesIO()
    history_workbook(queries.history_rows(actor, year)).save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="riwayat-diklat-{year or "all"}.xlsx"'
    return response
