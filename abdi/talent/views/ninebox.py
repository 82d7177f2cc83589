"""The 9-box: the grid (counts, agency filter), a box's employees, the employee's own box,
the recomputation and the settings. Thin: parse, ask policy/queries, call services."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..rules import BOX_ACTIONS, succession_group
from ..rules.ninebox import BOX_LEVELS
from ..services import ninebox as services
from ._common import int_or_none, refused


def _year(request, actor) -> int:
    year = int_or_none(request.GET.get("year"))
    if year and 2000 <= year <= 2100:
        return year
    return queries.latest_year(actor) or timezone.localdate().year - 1


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    if not policy.can_see_grid(actor):
        return redirect("talent:mine")
    year = _year(request, actor)
    agency_id = int_or_none(request.GET.get("agency"))
    return render(request, "talent/index.html", {
        "year": year, "agency_id": agency_id, "rows": queries.grid(actor, year, agency_id),
        "agencies": list(queries.visible_agencies(actor)), "may_compute": policy.can_compute(actor),
        "may_configure": policy.can_configure(actor),
        "may_succession": policy.can_view_succession(actor)})


@member_required
@require_GET
def box(request):
    """One box's employees; the box is a query parameter (?box=9): it names no record."""
    actor = Actor.from_request(request)
    box_number = int_or_none(request.GET.get("box")) or 0
    if not policy.can_see_grid(actor) or not 1 <= box_number <= 9:
        raise Http404
    year = _year(request, actor)
    agency_id = int_or_none(request.GET.get("agency"))
    members = list(queries.box_members(actor, year, box_number, agency_id)[:500])
    potensial, kinerja = BOX_LEVELS[box_number]
    return render(request, "talent/box.html", {
        "number": box_number, "year": year, "agency_id": agency_id, "members": members,
        "actions": BOX_ACTIONS[box_number], "group": succession_group(box_number),
        "potensial": potensial, "kinerja": kinerja})


@member_required
@require_GET
def mine(request):
    actor = Actor.from_request(request)
    placement = queries.own_placement(actor)
    return render(request, "talent/mine.html", {
        "placement": placement,
        "actions": BOX_ACTIONS[placement.box] if placement else (),
        "group": succession_group(placement.box) if placement else ""})


@member_required
@require_POST
def compute(request):
    actor = Actor.from_request(request)
    if not policy.can_compute(actor):
        raise Http404
    year = int_or_none(request.POST.get("year"))
    try:
        summary = services.compute_ninebox(actor=actor, instansi_id=actor.instansi_id,
                                           year=year or 0)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("talent:index")
    except ImportError:
        messages.error(request, _("Potential scores are not available yet (competency module)."))
        return redirect("talent:index")
    messages.success(request, _("Nine-box computed: %(placed)s placed, %(np)s without a final "
                                "predikat, %(npot)s without a potential score.") % {
        "placed": summary.placed, "np": summary.without_predikat,
        "npot": summary.without_potential})
    return redirect(f"{reverse('talent:index')}?year={year}")


@member_required
@require_http_methods(["GET", "POST"])
def settings_page(request):
    actor = Actor.from_request(request)
    if not policy.can_configure(actor):
        raise Http404
    current = queries.settings_of(actor.instansi_id)
    context = {"s": current}
    if request.method == "POST":
        try:
            services.update_settings(
                actor=actor, instansi_id=actor.instansi_id, version=request.POST.get("version"),
                potential_middle=request.POST.get("potential_middle"),
                potential_high=request.POST.get("potential_high"),
                kinerja_mode=request.POST.get("kinerja_mode", ""),
                assessment_validity_years=request.POST.get("assessment_validity_years"))
        except DomainError as error:
            return refused(request, "talent/settings.html", context, error)
        messages.success(request, _("Settings saved."))
        return redirect("talent:settings")
    return render(request, "talent/settings.html", context)
