"""Absence flags for HR: who reached a penalty threshold of PP 94/2021 in a year (§6.3)."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import PENALTY_LABELS


@member_required
@require_GET
def flags(request):
    actor = Actor.from_request(request)
    if not policy.can_see_absence_flags(actor):
        raise Http404
    this_year = timezone.localdate().year
    raw_year = str(request.GET.get("year", ""))
    year = int(raw_year) if raw_year.isdigit() and len(raw_year) == 4 else this_year
    year = year if 2000 <= year <= this_year else this_year
    raw_agency = str(request.GET.get("agency", ""))
    agency_id = int(raw_agency) if raw_agency.isdigit() and len(raw_agency) < 19 else None
    found = queries.absence_flags(actor, year=year, agency_id=agency_id)
    return render(request, "discipline/absence_flags.html", {
        "flags": [{"flag": f, "penalty_label": PENALTY_LABELS[f.penalty]} for f in found],
        "year": year, "years": range(this_year, this_year - 5, -1), "agency_id": agency_id,
        "agencies": queries.managed_agencies(actor)})
