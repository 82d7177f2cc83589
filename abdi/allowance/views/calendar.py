"""The working calendar page: the hours of each scheme (versions with an effective date), the
Ramadan periods and the units on another scheme. Every member reads it; BKPSDM changes it.
Thin: parse the form into the services' terms, read through queries_calendar."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.org import queries as org_queries
from abdi.tenancy.access import member_required

from .. import policy, queries_calendar
from ..models.calendar import SCHEME_CHOICES
from ..rules import workhours_codec
from ..services import work_calendar

PAGE = "allowance/calendar.html"
MAX_UNITS = 1000
WEEK_LABELS = {
    "five_day": gettext_lazy("Five-day week"),
    "six_day": gettext_lazy("Six-day week"),
    "ramadan_five_day": gettext_lazy("Ramadan, five-day week"),
    "ramadan_six_day": gettext_lazy("Ramadan, six-day week"),
}
DAY_NAMES = (gettext_lazy("Monday"), gettext_lazy("Tuesday"), gettext_lazy("Wednesday"),
             gettext_lazy("Thursday"), gettext_lazy("Friday"), gettext_lazy("Saturday"),
             gettext_lazy("Sunday"))


def _weeks_from_post(post) -> dict:
    """The four weeks of the form as codec data; a day without a start is a day off, and a
    Ramadan six-day week left wholly empty keeps the usual six-day hours."""
    weeks = {}
    for key in workhours_codec.WEEKS:
        days = []
        for index in range(7):
            start = post.get(f"{key}-{index}-start", "").strip()
            end = post.get(f"{key}-{index}-end", "").strip()
            pause = post.get(f"{key}-{index}-break", "").strip() or "0"
            days.append({"start": start, "end": end, "break": pause} if start or end else None)
        weeks[key] = None if key == "ramadan_six_day" and not any(days) else days
    return weeks


def _table(weeks: dict) -> list[dict]:
    rows = []
    for key, label in WEEK_LABELS.items():
        days = weeks.get(key)
        rows.append({"key": key, "label": label, "days": [
            {"name": DAY_NAMES[i], "index": i, "hours": days[i] if days else None}
            for i in range(7)], "inherits": days is None})
    return rows


def _page(request, actor, *, status=200, error=None, posted=None):
    today = timezone.localdate()
    version, weeks = queries_calendar.weeks_in_force(today)
    manage = policy.can_manage_rules(actor, actor.instansi_id)
    return render(request, PAGE, {
        "version": version, "weeks": _table(_weeks_from_post(posted) if posted else weeks),
        "versions": queries_calendar.versions(), "ramadan": queries_calendar.ramadan_periods(),
        "scheme_units": queries_calendar.scheme_units(), "schemes": SCHEME_CHOICES,
        "manage": manage, "error": error, "values": posted or {},
        "units": org_queries.unit_list(active=True)[:MAX_UNITS] if manage else [],
    }, status=status)


def _hours(request, actor):
    work_calendar.save_hours(actor=actor, instansi_id=actor.instansi_id,
                             effective_from=request.POST.get("effective_from"),
                             default_scheme=request.POST.get("default_scheme", ""),
                             weeks=_weeks_from_post(request.POST),
                             legal_basis=request.POST.get("legal_basis", ""))
    return _("The working hours are saved; the past days they touch are being computed again.")


def _ramadan(request, actor):
    work_calendar.add_ramadan(actor=actor, instansi_id=actor.instansi_id,
                              first_day=request.POST.get("first_day"),
                              last_day=request.POST.get("last_day"), note=request.POST.get("note", ""))
    return _("The Ramadan period is saved.")


def _remove_ramadan(request, actor):
    work_calendar.remove_ramadan(actor=actor, period=queries_calendar.get_ramadan(
        request.POST.get("period")))
    return _("The Ramadan period is removed.")


def _unit(request, actor):
    work_calendar.set_unit_scheme(actor=actor, instansi_id=actor.instansi_id,
                                  unit_id=request.POST.get("unit"),
                                  scheme=request.POST.get("scheme", ""))
    return _("The unit's scheme is saved.")


ACTIONS = {"hours": _hours, "ramadan": _ramadan, "remove_ramadan": _remove_ramadan, "unit": _unit}


@member_required
@require_http_methods(["GET", "POST"])
def calendar(request):
    actor = Actor.from_request(request)
    if not policy.can_view_rules(actor, actor.instansi_id):
        raise PermissionDenied
    if request.method == "GET":
        return _page(request, actor)
    if not policy.can_manage_rules(actor, actor.instansi_id):
        raise PermissionDenied
    handler = ACTIONS.get(request.POST.get("action", ""))
    if handler is None:
        return _page(request, actor, status=400, error=_("Choose what to do."))
    try:
        done = handler(request, actor)
    except DomainError as error:
        posted = request.POST if request.POST.get("action") == "hours" else None
        return _page(request, actor, status=error.status, error=error.message, posted=posted)
    messages.success(request, done)
    return redirect("allowance:calendar")
