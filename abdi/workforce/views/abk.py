"""ABK pages: the list with totals, one ABK with its jabatan, the workflow buttons, the WKE.
Thin: parse, ask policy/queries, call services; a refused request answers its 4xx."""

from fractions import Fraction

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..choices import PJ_LABELS
from ..rules.efficiency import efficiency
from ..rules.projection import Totals
from ..services import abk as services

INDEX, DETAIL = "workforce/index.html", "workforce/abk.html"


def _int(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def _actor_with_access(request) -> Actor:
    actor = Actor.from_request(request)
    if not policy.can_open_workforce(actor):
        raise Http404
    return actor


@member_required
@require_GET
def index(request):
    actor = _actor_with_access(request)
    this_year = timezone.localdate().year
    year = _int(request.GET.get("year")) or this_year
    agency_id = _int(request.GET.get("agency"))
    abks = queries.abk_list(actor, year=year, agency_id=agency_id)
    # Shortage and excess were summed per jabatan in each ABK, never netted across units.
    summed = Totals(sum(a.total_needed for a in abks), sum(a.total_bezetting for a in abks),
                    sum(a.shortage for a in abks), sum(a.excess for a in abks),
                    sum(a.departures_5y for a in abks), sum(a.proposed for a in abks))
    units = queries.units_to_prepare(actor)
    started = {a.unit_id for a in abks}
    return render(request, INDEX, {
        "missing": [u for u in units if u.pk not in started and (
            not agency_id or u.agency_id == agency_id)],
        "abks": abks, "by_agency": _by_agency(abks), "year": year,
        "years": range(this_year - 1, this_year + 3),
        "agency_id": agency_id, "agencies": queries.agencies_visible(actor),
        "units": units, "totals": summed,
        "may_prepare": policy.can_prepare_any(actor),
        "may_configure": policy.can_configure(actor), "wke": queries.wke_minutes(),
        "see_proposals": policy.can_see_proposals(actor)})


def _by_agency(abks) -> list[dict]:
    """Totals per perangkat daerah, from the stored unit totals (no query)."""
    groups: dict[int, dict] = {}
    for a in abks:
        group = groups.setdefault(a.agency_id, {
            "agency": a.agency, "units": 0, "needed": 0, "bezetting": 0, "shortage": 0,
            "excess": 0, "departures": 0, "proposed": 0})
        group["units"] += 1
        for key, value in (("needed", a.total_needed), ("bezetting", a.total_bezetting),
                           ("shortage", a.shortage), ("excess", a.excess),
                           ("departures", a.departures_5y), ("proposed", a.proposed)):
            group[key] += value
    return list(groups.values())


@member_required
@require_POST
def start(request):
    actor = _actor_with_access(request)
    unit = queries.get_unit_to_prepare(actor, request.POST.get("unit"))
    try:
        abk = services.start_abk(actor=actor, unit=unit, year=request.POST.get("year"))
    except DomainError as error:
        return render(request, "workforce/error.html", {"message": error.message},
                      status=error.status)
    messages.success(request, _("The ABK is started with the jabatan of the unit."))
    return redirect("workforce:abk", abk.pk)


@member_required
@require_GET
def detail(request, abk_id):
    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    return _detail(request, actor, abk)


def _detail(request, actor, abk, *, error=None, status=200):
    lines = queries.lines_of(abk)
    # EU/PU: the same bands on the unit's total load and staff (Permendagri 12/2008; UNCONFIRMED).
    unit_efficiency = efficiency(Fraction(str(abk.total_fte)), abk.total_bezetting)
    return render(request, DETAIL, {
        "abk": abk, "lines": lines, "error": error, "pj_labels": PJ_LABELS,
        "unit_ej": (None if unit_efficiency.vacant
                    else f"{float(unit_efficiency.ej_2dp):.2f} / {unit_efficiency.pj}"),
        "years": [abk.year + i for i in range(5)],
        "revisions": queries.revisions_of(abk),
        "may_edit": policy.can_edit_abk(actor, abk),
        "may_review": policy.can_review_abk(actor, abk),
        "may_revise": policy.can_revise_abk(actor, abk)}, status=status)


ACTIONS = {"submit", "approve", "return", "revise", "refresh"}


@member_required
@require_POST
def act(request, abk_id):
    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    action, version = request.POST.get("action", ""), request.POST.get("version")
    if action not in ACTIONS:
        return _detail(request, actor, abk, error=_("Unknown action."), status=400)
    try:
        if action == "submit":
            abk = services.submit_abk(actor=actor, abk=abk, version=version)
            messages.success(request, _("The ABK is submitted to BKPSDM."))
        elif action in ("approve", "return"):
            abk = services.review_abk(actor=actor, abk=abk, version=version,
                                      approve=action == "approve",
                                      note=request.POST.get("note", "")[:4000])
            messages.success(request, _("The ABK is approved.") if action == "approve"
                             else _("The ABK is returned to the unit."))
        elif action == "revise":
            abk = services.revise_abk(actor=actor, abk=abk, version=version)
            messages.success(request, _("A new revision is open for changes."))
        else:
            abk = services.refresh_abk(actor=actor, abk=abk, version=version)
            messages.success(request, _("Bezetting and retirements are read again."))
    except DomainError as error:
        abk = queries.get_abk_for_user(actor, abk.pk)
        return _detail(request, actor, abk, error=error.message, status=error.status)
    return redirect("workforce:abk", abk.pk)


@member_required
@require_http_methods(["GET", "POST"])
def wke_setting(request):
    actor = Actor.from_request(request)
    if not policy.can_configure(actor):
        raise Http404
    setting = queries.setting()
    error, status = None, 200
    if request.method == "POST":
        try:
            services.set_wke(actor=actor, wke_minutes=request.POST.get("wke_minutes", "")[:12],
                             version=request.POST.get("version") if setting else None)
        except DomainError as error_:
            error, status = error_.message, error_.status
        else:
            messages.success(request, _("The effective working time is saved. It applies to "
                                        "ABKs started from now on."))
            return redirect("workforce:wke")
    return render(request, "workforce/settings.html", {
        "setting": setting, "wke": queries.wke_minutes(), "error": error,
        "value": request.POST.get("wke_minutes", "")[:12] if error else queries.wke_minutes()},
        status=status)
