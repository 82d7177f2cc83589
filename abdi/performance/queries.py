"""Reading SKPs and activities for a user: every getter answers 404 for what is not theirs."""

from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone

from abdi.org.queries import direct_subordinates

from . import policy
from .models import Activity, Feedback, PerformanceSettings, Skp, SkpIndicator, SkpResult
from .rules import activity as activity_rules
from .rules.workflow import ActivityStatus, SkpStatus


def backdate_days() -> int:
    """The government's window for writing activities (the scope names the government)."""
    found = PerformanceSettings.objects.values_list("backdate_days", flat=True).first()
    return activity_rules.DEFAULT_BACKDATE_DAYS if found is None else found


def _skps():
    return Skp.objects.select_related("employee", "employee__unit", "unit", "appraiser")


def get_skp_for_user(actor, pk) -> Skp:
    skp = _skps().filter(pk=pk).first()
    if skp is None or not policy.can_view_skp(actor, skp):
        raise Http404
    return skp


def skp_of(employee_id: int, year: int) -> Skp | None:
    return _skps().filter(employee_id=employee_id, year=year).first()


def skps_of(employee_id: int):
    return _skps().filter(employee_id=employee_id).order_by("-year")


def results_with_indicators(skp: Skp) -> list[SkpResult]:
    """The plan's results, each with its indicators and its atasan's result, in two queries."""
    return list(
        skp.results.select_related("parent")
        .prefetch_related(Prefetch("indicators", queryset=SkpIndicator.objects.order_by("order", "id")))
        .order_by("category", "order", "id")
    )


def parent_result_choices(skp: Skp) -> list[SkpResult]:
    """Results of the current atasan's SKP of the same year, which this plan may support."""
    atasan_id = policy.current_atasan_id(skp.employee)
    if atasan_id is None:
        return []
    return list(SkpResult.objects.filter(skp__employee_id=atasan_id, skp__year=skp.year)
                .order_by("category", "order", "id"))


def get_result_for_user(actor, skp: Skp, pk) -> SkpResult:
    result = SkpResult.objects.filter(pk=pk, skp=skp).first()
    if result is None:
        raise Http404
    return result


def get_indicator_for_user(actor, pk) -> SkpIndicator:
    indicator = SkpIndicator.objects.select_related("result__skp__employee__unit").filter(pk=pk).first()
    if indicator is None or not policy.can_view_skp(actor, indicator.result.skp):
        raise Http404
    return indicator


def reportable_indicators(employee_id: int, year: int) -> list[SkpIndicator]:
    """Output indicators of the employee's approved plan of that year, for the activity form."""
    return list(
        SkpIndicator.objects.select_related("result")
        .filter(result__skp__employee_id=employee_id, result__skp__year=year,
                result__skp__approved_at__isnull=False, kind=SkpIndicator.Kind.OUTPUT)
        .order_by("result__category", "result__order", "result_id", "order", "id")
    )


def _activities():
    return Activity.objects.select_related("indicator", "employee")


def get_activity_for_user(actor, pk) -> Activity:
    activity = _activities().select_related("skp", "employee__unit").filter(pk=pk).first()
    if activity is None or not policy.can_view_activity(actor, activity):
        raise Http404
    return activity


def recent_activities(employee_id: int, *, limit: int = 30):
    return _activities().filter(employee_id=employee_id).order_by("-date", "-id")[:limit]


def subordinates_today(actor):
    if not actor.employee_id:
        return []
    return direct_subordinates(actor.employee_id, on=timezone.localdate())


def validation_queue(actor):
    """Entries of the actor's direct subordinates waiting for validation, oldest first."""
    subordinate_ids = list(subordinates_today(actor).values_list("pk", flat=True)) \
        if actor.employee_id else []
    return (_activities().filter(employee_id__in=subordinate_ids, status=ActivityStatus.SUBMITTED)
            .order_by("date", "id"))


def subordinate_skps(actor, year: int):
    """Each direct subordinate with their SKP of the year (None where they have none)."""
    subordinates = list(subordinates_today(actor).select_related("unit").order_by("name")) \
        if actor.employee_id else []
    plans = {s.employee_id: s for s in Skp.objects.filter(
        employee_id__in=[e.pk for e in subordinates], year=year)}
    return [(employee, plans.get(employee.pk)) for employee in subordinates]


def awaiting_approval_count(actor, year: int) -> int:
    return sum(1 for _e, skp in subordinate_skps(actor, year)
               if skp is not None and skp.status == SkpStatus.SUBMITTED)


def feedback_on(skp: Skp) -> dict[tuple[str, int], list[Feedback]]:
    grouped: dict[tuple[str, int], list[Feedback]] = {}
    for entry in skp.feedback.select_related("author").order_by("created_at", "id"):
        grouped.setdefault((entry.target, entry.target_id), []).append(entry)
    return grouped
