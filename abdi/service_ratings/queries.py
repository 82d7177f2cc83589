"""Reading ratings: the government's minimum, a counter's staff, one employee's summary for a
period and the team list. Every list reads a fixed number of queries whatever its length."""

from django.db.models import Count, Q
from django.http import Http404
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.frontdesk.models import Counter
from abdi.org.queries import direct_subordinates
from abdi.people.models import Employee

from . import policy
from .models import RatingSettings, ServiceContact, ServiceRating
from .rules import SCORES, Period, summary_from_counts

MAX_ID = 2**63 - 1
SERVING = ("aktif", "cuti", "tugas_belajar")  # employees still in service (people.choices)
MAX_COMMENTS = 50


def _id(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and 0 < len(raw) < 19 and 0 < int(raw) <= MAX_ID else None


def settings_of(instansi_id: int) -> RatingSettings:
    """The government's settings, or the defaults (unsaved) when none were stored."""
    return (RatingSettings.objects.filter(instansi_id=instansi_id).first()
            or RatingSettings(instansi_id=instansi_id))


def min_count(instansi_id: int) -> int:
    return settings_of(instansi_id).min_count


# ---- counters ----------------------------------------------------------------------------------


def counter_staff(counter) -> list[Employee]:
    """Who serves at the counter today, by name (the citizen picks who served them)."""
    return list(counter.staff.filter(status__in=SERVING).select_related("position")
                .only("id", "name", "front_title", "back_title", "position__name")
                .order_by("name", "id"))


def counter_staff_member(counter, raw_id) -> Employee | None:
    pk = _id(raw_id)
    if pk is None:
        return None
    return (counter.staff.filter(status__in=SERVING, pk=pk).select_related("position").first())


def counters_served_by(employee_id: int | None) -> list[Counter]:
    if employee_id is None:
        return []
    return list(Counter.objects.filter(staff=employee_id, is_active=True)
                .select_related("unit").order_by("unit__name", "name"))


def counter_served_by(employee_id: int | None, raw_id) -> Counter | None:
    pk = _id(raw_id)
    if employee_id is None or pk is None:
        return None
    return Counter.objects.filter(pk=pk, staff=employee_id, is_active=True).first()


def contact_by_token(token: str) -> ServiceContact | None:
    """The contact behind a one-time link, with its government; unscoped because the link is
    opened before the government is known (the token is unique across governments)."""
    if not (isinstance(token, str) and 6 <= len(token) <= 40 and token.isascii()):
        return None
    with scopes_disabled():
        return (ServiceContact.objects.select_related("instansi", "employee__position", "counter")
                .filter(token=token, instansi__is_active=True).first())


# ---- ratings -----------------------------------------------------------------------------------


def get_employee_for_ratings(actor, raw_id) -> Employee:
    """The employee whose ratings the actor may read, else 404 (never tell which)."""
    pk = _id(raw_id)
    employee = (Employee.objects.select_related("unit", "position").filter(pk=pk).first()
                if pk else None)
    if employee is None or not policy.can_view_ratings_of(actor, employee):
        raise Http404
    return employee


def get_rating_for_moderation(actor, raw_id) -> ServiceRating:
    pk = _id(raw_id)
    rating = ServiceRating.objects.filter(pk=pk).first() if pk else None
    if rating is None or not policy.can_moderate(actor, rating):
        raise Http404
    return rating


def _in_period(period: Period):
    return ServiceRating.objects.filter(rated_on__gte=period.start, rated_on__lte=period.end)


def employee_summary(employee_id: int, period: Period, *, minimum: int, moderator: bool = False):
    """Counts per score (one query); comments only past the minimum, never who wrote them."""
    counts = dict(_in_period(period).filter(employee_id=employee_id).values("score")
                  .annotate(n=Count("id")).values_list("score", "n"))
    summary = summary_from_counts(counts, minimum=minimum)
    comments = []
    if summary.enough:
        rows = _in_period(period).filter(employee_id=employee_id).exclude(comment="")
        if not moderator:
            rows = rows.filter(hidden=False)
        comments = list(rows.only("id", "comment", "rated_on", "hidden", "hidden_reason", "version",
                                  "instansi_id")[:MAX_COMMENTS])
    return summary, comments


def _team_employees(actor):
    if actor.is_hr_admin:
        return Employee.objects.filter(status__in=SERVING)
    if actor.employee_id is None or not actor.is_supervisor:
        return Employee.objects.none()
    return direct_subordinates(actor.employee_id, on=timezone.localdate())


def team_queryset(actor, period: Period):
    """Employees the actor may see ratings of: the atasan's direct staff, or for BKPSDM everyone
    rated in the period (listing all employees of a government would bury the few rated)."""
    employees = _team_employees(actor).exclude(pk=actor.employee_id or 0)
    if actor.is_hr_admin:
        rated = _in_period(period).values("employee_id")
        employees = employees.filter(pk__in=rated)
    return employees.select_related("position").order_by("name", "id")


def team_rows(employees, period: Period, *, minimum: int) -> list[dict]:
    """One row per employee of the page, aggregated in one grouped query."""
    employees = list(employees)
    ids = [e.pk for e in employees]
    per_score = {}
    for row in (_in_period(period).filter(employee_id__in=ids).values("employee_id")
                .annotate(**{f"s{s}": Count("id", filter=Q(score=s)) for s in SCORES})):
        per_score[row["employee_id"]] = {s: row[f"s{s}"] for s in SCORES}
    return [{"employee": e, "summary": summary_from_counts(per_score.get(e.pk, {}), minimum=minimum)}
            for e in employees]
