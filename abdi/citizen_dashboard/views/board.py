"""The leaders' view of what citizens say: complaints by agency and status, overdue and
reopened cases, the median time to a first answer, IKM by unit over time, forum commitments;
drill-down to an agency, then to a case or a unit. The figures refresh every minute (htmx asks
for the `figures` fragment of the same page)."""

import datetime

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.complaints.models.case import STATUS_LABELS
from abdi.complaints.rules.workflow import Status
from abdi.tenancy.access import member_required
from abdi.web.fragments import wants_fragment

from .. import queries
from ..policy import dashboard_sight

PAGE = "citizen_dashboard/index.html"
LONGEST_WINDOW_DAYS = 3 * 366


def _date(raw: str, fallback: datetime.date) -> datetime.date:
    raw = (raw or "")[:10]
    try:
        return parse_date(raw) or fallback
    except ValueError:  # 2026-02-31: well formed, not a day
        return fallback


def _window(request, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    start = _date(request.GET.get("dari", ""), today.replace(month=1, day=1))
    end = min(_date(request.GET.get("sampai", ""), today), today)
    if start > end:
        start = end
    if (end - start).days > LONGEST_WINDOW_DAYS:
        start = end - datetime.timedelta(days=LONGEST_WINDOW_DAYS)
    return start, end


def _agency(request, agencies, sight) -> int | None:
    raw = request.GET.get("perangkat", "")
    if not (raw.isascii() and raw.isdigit()):
        # An agency's admin with a single agency always looks at it.
        return None if sight.whole_government or len(agencies) != 1 else agencies[0].pk
    wanted = int(raw)
    if not any(a.pk == wanted for a in agencies) or not sight.allows_agency(wanted):
        raise Http404
    return wanted


def _charts(found) -> dict:
    by_status = found["complaints"]["by_status"]
    statuses = [s for s in Status if by_status.get(s.value)]
    return {
        "status": {"type": "bar", "labels": [str(STATUS_LABELS[s]) for s in statuses],
                   "datasets": [{"label": "#", "data": [by_status[s.value] for s in statuses]}],
                   "y": {"min": 0}},
        "ikm": {"type": "line", "labels": [row["period"] for row in found["trend"]],
                "datasets": [{"label": "IKM", "data": [float(row["ikm"]) if row["ikm"] is not None
                                                       else None for row in found["trend"]]}],
                "y": {"min": 25, "max": 100}},
    }


def _status_label(code: str) -> str:
    """The status's label (the model's choices), never its stored code."""
    try:
        return str(STATUS_LABELS[Status(code)])
    except ValueError:  # a code this release does not know: show it rather than fail
        return code


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    sight = dashboard_sight(actor)
    if sight is None:
        raise Http404
    today = timezone.localdate()
    start, end = _window(request, today)
    agencies = queries.agencies_in_sight(actor.instansi_id, sight)
    agency_id = _agency(request, agencies, sight)
    if agency_id is None and not sight.whole_government:
        # Several agencies, none chosen: the first one (never the whole government).
        agency_id = agencies[0].pk if agencies else None
        if agency_id is None:
            raise Http404
    found = queries.figures(actor.instansi_id, start=start, end=end, agency_id=agency_id, today=today)
    by_status = found["complaints"]["by_status"]
    context_charts = _charts(found)
    openable = queries.openable_case_ids(actor, [c["id"] for c in found["complaints"]["cases"]])
    overdue_cases = [{**c, "status_label": _status_label(c["status"]), "openable": c["id"] in openable}
                     for c in found["complaints"]["cases"]]
    context = {
        **found, "charts": context_charts, "start": start, "end": end, "today": today,
        "agencies": agencies, "agency_id": agency_id,
        "agency_name": next((a.name for a in agencies if a.pk == agency_id), ""),
        "whole": sight.whole_government, "overdue_cases": overdue_cases,
        "pages": {} if wants_fragment(request) else queries.pages_open_to(actor),
        "open_count": found["complaints"]["total"] - by_status.get(Status.SELESAI.value, 0)
        - by_status.get(Status.DITOLAK_ARSIP.value, 0),
        "status_rows": list(zip(context_charts["status"]["labels"],
                                context_charts["status"]["datasets"][0]["data"], strict=True)),
        "updated_at": timezone.localtime(),
    }
    template = f"{PAGE}#figures" if wants_fragment(request) else PAGE
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    response["Cache-Control"] = "no-store"
    return response
