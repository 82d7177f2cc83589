"""The leaders' real-time performance dashboard: per perangkat daerah, then per unit, down to
the employee. Thin: the figures come from queries_dashboard; the numbers refresh themselves
every minute through htmx asking for the `figures` fragment of the same page."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.org.queries import ancestors
from abdi.tenancy.access import member_required
from abdi.web.fragments import wants_fragment as _wants_fragment
from abdi.web.paging import paginate

from .. import queries_dashboard as board
from .. import queries_notifications

INDEX = "performance/dashboard/index.html"
UNIT = "performance/dashboard/unit.html"


def _actor(request) -> Actor:
    actor = Actor.from_request(request)
    if not board.can_view_dashboard(actor):
        raise PermissionDenied
    return actor


def _render(request, template, context):
    fragment = _wants_fragment(request)
    response = render(request, f"{template}#figures" if fragment else template, context)
    patch_vary_headers(response, ["HX-Request"])
    response["Cache-Control"] = "no-store"  # real-time figures: never from a cache
    return response


def _common(actor, window, found) -> dict:
    total = found["total"]
    return {
        "window": window, "total": total, "chart": board.predikat_chart(total),
        "total_pending_days": (window.today - total.oldest_pending).days
        if total.oldest_pending else None,
        "unread": queries_notifications.unread_count(actor.employee_id),
        "updated_at": found["as_of"],  # when the figures were computed, not when shown
    }


@member_required
@require_GET
def index(request):
    actor = _actor(request)
    window = board.Window(today=timezone.localdate())
    found = board.overview(actor, window)
    context = {**_common(actor, window, found), "rows": found["rows"],
               "backlog": found["backlog"]}
    return _render(request, INDEX, context)


@member_required
@require_GET
def unit(request, unit_id):
    actor = _actor(request)
    unit = board.get_unit_for_dashboard(actor, unit_id)
    window = board.Window(today=timezone.localdate())
    found = board.unit_overview(unit, window)
    people = paginate(board.unit_employees(unit, window), request.GET.get("page"),
                      board.EMPLOYEES_PER_PAGE)
    trail = [u for u in ancestors(unit) if board.can_view_unit(actor, u)]
    context = {**_common(actor, window, found), "unit": unit, "trail": trail,
               "rows": found["rows"], "direct": found["direct"], "backlog": found["backlog"],
               "people": people}
    return _render(request, UNIT, context)
