"""BKPSDM pages: the award history (past SKs entered, wrong entries removed), the SLKS
eligibility list and its XLSX, the reward settings and the kinds of award."""

from datetime import date

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import queries
from ..models.awards import PREDIKAT_CHOICES
from ..services import awards, settings
from ..services import slks_export as sheet
from .common import manager, refuse

HISTORY, SLKS, SETTINGS, KIND = ("rewards/history.html", "rewards/slks.html", "rewards/settings.html",
                                 "rewards/kind.html")
SLKS_PAGE_LIMIT = 1000  # rows on the page; the XLSX holds them all


def _history_context(values):
    return {"awards": list(queries.recent_awards()), "kinds": list(queries.kinds(active_only=False)),
            "values": values, "this_year": timezone.localdate().year}


@member_required
@require_http_methods(["GET", "POST"])
def history(request):
    actor = manager(request)
    settings.ensure_defaults(actor.instansi_id)
    if request.method == "GET":
        return render(request, HISTORY, _history_context({}))
    post = request.POST
    try:
        award = awards.record_award(
            actor=actor, employee=queries.employee_by_nip(post.get("nip")),
            kind=queries.find_kind(post.get("kind")), year=post.get("year"),
            sk_number=post.get("sk_number"), sk_date=post.get("sk_date"))
    except DomainError as error:
        return refuse(request, HISTORY, _history_context(post), error)
    messages.success(request, _("%(kind)s %(year)s was added to the history of %(name)s.") % {
        "kind": award.kind.name, "year": award.year, "name": award.employee.name})
    return redirect("rewards:history")


@member_required
@require_POST
def delete_award(request, reward_award_id):
    actor = manager(request)
    award = queries.get_award(reward_award_id)
    try:
        awards.delete_award(actor=actor, award=award)
    except DomainError as error:
        return refuse(request, HISTORY, _history_context({}), error)
    messages.success(request, _("The entry was removed from the award history."))
    return redirect("rewards:history")


def _slks_query(request):
    """(reference date, agency, eligible only, error) from the query string; defaults to today."""
    raw = request.GET.get("tanggal", "").strip()
    reference, error = timezone.localdate(), None
    if raw:
        try:
            reference = date.fromisoformat(raw)
        except ValueError:
            error = _("Enter the reference date as YYYY-MM-DD.")
    return reference, queries.find_agency(request.GET.get("agency")), \
        request.GET.get("layak") == "1", error


@member_required
@require_GET
def slks(request):
    actor = manager(request)
    reference, agency, eligible_only, error = _slks_query(request)
    rows = [] if error else queries.slks_rows(
        reference, queries.settings_of(actor.instansi_id), agency_id=agency.pk if agency else None,
        eligible_only=eligible_only)
    return render(request, SLKS, {
        "rows": rows[:SLKS_PAGE_LIMIT], "total": len(rows), "limited": len(rows) > SLKS_PAGE_LIMIT,
        "eligible_count": sum(1 for r in rows if r.decision.eligible),
        "reference": reference, "agency": agency, "agencies": list(queries.agencies()),
        "eligible_only": eligible_only, "error": error, "labels": sheet.obstacle_labels(),
        "query": request.GET.urlencode(),
    }, status=400 if error else 200)


@member_required
@require_GET
def slks_export(request):
    actor = manager(request)
    reference, agency, eligible_only, error = _slks_query(request)
    if error:
        return HttpResponse(error, status=400, content_type="text/plain; charset=utf-8")
    rows = queries.slks_rows(reference, queries.settings_of(actor.instansi_id),
                             agency_id=agency.pk if agency else None, eligible_only=eligible_only)
    content = sheet.slks_xlsx(rows, reference=reference,
                                    instansi_name=request.user.instansi.name)
    response = HttpResponse(content, content_type=sheet.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="slks-{reference.isoformat()}.xlsx"'
    return response


def _settings_context(actor, values=None):
    return {"settings": queries.settings_of(actor.instansi_id),
            "kinds": list(queries.kinds(active_only=False)), "values": values or {},
            "public_slug": actor.user.instansi.slug, "predikat_choices": PREDIKAT_CHOICES}


@member_required
@require_http_methods(["GET", "POST"])
def settings_page(request):
    actor = manager(request)
    settings.ensure_defaults(actor.instansi_id)
    if request.method == "GET":
        return render(request, SETTINGS, _settings_context(actor))
    post = request.POST
    try:
        if post.get("action") == "add_kind":
            kind = settings.add_kind(actor=actor, instansi_id=actor.instansi_id, values=post)
            message = _("%(name)s was added.") % {"name": kind.name}
        else:
            settings.update_settings(
                actor=actor, instansi_id=actor.instansi_id,
                public_page_enabled=post.get("public_page_enabled"), cltn_rule=post.get("cltn_rule"),
                require_previous_class=post.get("require_previous_class"), version=post.get("version"))
            message = _("The reward settings were saved.")
    except DomainError as error:
        return refuse(request, SETTINGS, _settings_context(actor, post), error)
    messages.success(request, message)
    return redirect("rewards:settings")


@member_required
@require_http_methods(["GET", "POST"])
def kind(request, reward_kind_id):
    actor = manager(request)
    award_kind = queries.get_kind(reward_kind_id)
    context = {"kind": award_kind, "values": request.POST or {}, "predikat_choices": PREDIKAT_CHOICES}
    if request.method == "GET":
        return render(request, KIND, context)
    try:
        settings.update_kind(actor=actor, kind=award_kind, values=request.POST)
    except DomainError as error:
        return refuse(request, KIND, context, error)
    messages.success(request, _("The kind of award was saved."))
    return redirect("rewards:settings")
