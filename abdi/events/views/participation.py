"""Participation of each perangkat daerah in events, for leaders and admins."""

import datetime

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.tenancy.access import member_required

from .. import policy, queries


def _day(value, default: datetime.date) -> datetime.date:
    try:
        day = datetime.date.fromisoformat(str(value or "").strip()[:10])
    except ValueError:
        return default
    return day if 2000 <= day.year <= 2200 else default


@member_required
@require_GET
def report(request):
    actor = Actor.from_request(request)
    if not policy.can_see_participation(actor):
        raise Http404
    today = timezone.localdate()
    start = _day(request.GET.get("start"), today.replace(month=1, day=1))
    end = _day(request.GET.get("end"), today.replace(month=12, day=31))
    if end < start:
        start, end = end, start
    rows = queries.participation_by_agency(actor.instansi_id, start, end)
    visible = policy.participation_agency_ids(actor)
    if visible is not None:
        rows = [row for row in rows if row.agency_id in visible]
    return render(request, "events/participation.html", {"rows": rows, "start": start, "end": end})
