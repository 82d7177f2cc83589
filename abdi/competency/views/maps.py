"""Gap maps: competency x agency (government), competency x unit (agency), and a unit's people."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.tenancy.access import member_required

from .. import policy, queries
from ._common import as_int


@member_required
@require_GET
def gap_map(request):
    actor = Actor.from_request(request)
    if not policy.can_see_gap_maps(actor):
        raise Http404
    agency_id = as_int(request.GET.get("agency"))
    if agency_id is None and not actor.is_hr_admin:
        agency_id = min(actor.agency_ids) if actor.agency_ids else None
    if agency_id is not None and not policy.can_see_agency_map(actor, agency_id):
        raise Http404
    agency = queries.get_unit(agency_id) if agency_id else None
    names = dict(queries.competency_choices(actor.instansi_id))
    data = queries.gap_map(agency_id=agency_id)
    return render(request, "competency/gap_map.html", {
        "agency": agency, "codes": [(c, names.get(c, c)) for c in data["codes"]],
        "rows": data["rows"], "agencies": queries.agencies(actor)})


@member_required
@require_GET
def unit_people(request, unit_id):
    actor = Actor.from_request(request)
    unit = queries.get_unit(unit_id)
    if not policy.can_see_agency_map(actor, unit.agency_id or unit.pk):
        raise Http404
    return render(request, "competency/unit.html", {
        "unit": unit, "rows": queries.unit_employees(unit.pk)})
