"""Reading trainings: the catalogue, what is recommended, each viewer's records and the 20 JP
standing (one grouped query per view, whatever the number of employees)."""

import datetime

from django.db import connection
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from abdi.core.ids import positive_id

from . import policy
from .models import Institution, TrainingEvent, TrainingPolicy, TrainingRecord
from .rules import workflow
from .rules.jp import DEFAULT_REMINDER_FROM, PNS_MINIMUM_JP, Standing


def training_policy() -> TrainingPolicy:
    """The government's settings (unsaved defaults when it has none); call inside its scope."""
    found = TrainingPolicy.objects.first()
    return found or TrainingPolicy(minimum_jp=PNS_MINIMUM_JP, reminder_month=DEFAULT_REMINDER_FROM[0],
                                   reminder_day=DEFAULT_REMINDER_FROM[1])


def institutions():
    return Institution.objects.order_by("name")


def open_events(today: datetime.date | None = None):
    today = today or timezone.localdate()
    return (TrainingEvent.objects.filter(status=TrainingEvent.Status.OPEN, ends_on__gte=today)
            .select_related("institution").order_by("starts_on", "id"))


def events_for_hr():
    return TrainingEvent.objects.select_related("institution").annotate(
        seats=Count("records", filter=Q(records__status__in=workflow.HOLDS_A_SEAT | {"completed"})))


def recommended_events(instansi_id: int, employee_id: int | None) -> list[TrainingEvent]:
    """Open events whose competencies meet the employee's gaps (abdi.competency decides gaps)."""
    if not employee_id:
        return []
    try:
        from abdi.competency.queries import gap_codes_of
    except ImportError:  # the competency domain is optional
        return []
    gaps = set(gap_codes_of(instansi_id, employee_id) or [])
    if not gaps:
        return []
    return [event for event in open_events() if gaps & set(event_codes(event))]


def event_codes(event) -> list[str]:
    codes = event.competency_codes or []
    if isinstance(codes, str):
        codes = codes.split(",")
    return [str(code).strip() for code in codes if str(code).strip()]


def competency_names(instansi_id: int) -> dict[str, str]:
    try:
        from abdi.competency.queries import competency_choices
    except ImportError:
        return {}
    return dict(competency_choices(instansi_id) or [])


def get_event(event_id) -> TrainingEvent:
    pk = positive_id(event_id)
    event = TrainingEvent.objects.select_related("institution").filter(pk=pk).first() if pk else None
    if event is None:
        raise Http404
    return event


def get_record_for_user(actor, record_id) -> TrainingRecord:
    pk = positive_id(record_id)
    record = (TrainingRecord.objects.select_related("employee", "employee__unit", "event",
                                                    "event__institution").filter(pk=pk).first()
              if pk else None)
    if record is None or not policy.can_view_record(actor, record):
        raise Http404
    return record


def seats_taken(event) -> int:
    return event.records.filter(status__in=workflow.HOLDS_A_SEAT | {workflow.COMPLETED}).count()


def records_of(employee_id: int):
    return TrainingRecord.objects.filter(employee_id=employee_id).select_related("event") \
        .order_by("-starts_on", "-id")


def completed_records_of(employee_id: int):
    return records_of(employee_id).filter(status=workflow.COMPLETED)


def live_record(event, employee_id):
    return (TrainingRecord.objects.filter(event=event, employee_id=employee_id)
            .exclude(status__in=[workflow.CANCELLED, workflow.REFUSED]).first())


def participants(event):
    return (event.records.select_related("employee", "employee__unit")
            .order_by("employee__name", "id"))


def pending_approvals(actor):
    """Registrations waiting for this atasan (holder or Plt/Plh of the unit)."""
    from abdi.org.queries import direct_subordinates

    if not actor.employee_id or not actor.is_supervisor:
        return TrainingRecord.objects.none()
    subordinates = direct_subordinates(actor.employee_id, on=timezone.localdate())
    return (TrainingRecord.objects.filter(status=workflow.REGISTERED,
                                          employee_id__in=subordinates.values("pk"))
            .select_related("employee", "event").order_by("starts_on", "id"))


def reports_to_verify():
    return (TrainingRecord.objects.filter(status=workflow.REPORTED)
            .select_related("employee").order_by("created_at", "id"))


# --- the 20 JP -------------------------------------------------------------------------------


def _completed(year: int):
    return TrainingRecord.objects.filter(year=year, status=workflow.COMPLETED)


def jp_of(employee_id: int, year: int) -> int:
    return _completed(year).filter(employee_id=employee_id).aggregate(
        jp=Coalesce(Sum("jp"), 0))["jp"]


def planned_records(employee_id: int, year: int):
    """Trainings of the year the employee is registered for or approved for, not yet completed."""
    return TrainingRecord.objects.filter(
        employee_id=employee_id, year=year,
        status__in=[workflow.REGISTERED, workflow.APPROVED, workflow.ATTENDED])


def standing_of(employee_id: int, year: int) -> Standing:
    return Standing(jp_of(employee_id, year), training_policy().minimum_jp)


def _jp_subquery(year: int):
    return Coalesce(Subquery(
        _completed(year).filter(employee_id=OuterRef("pk")).order_by().values("employee_id")
        .annotate(total=Sum("jp")).values("total"), output_field=IntegerField()), 0)


def _serving():
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    return Employee.objects.filter(status__in=EmployeeStatus.serving())


def with_jp(employees, year: int):
    """Employees annotated with ``jp`` of the year (one correlated sum, no N+1)."""
    return employees.annotate(jp=_jp_subquery(year))


def subordinates_standing(actor, year: int):
    from abdi.org.queries import direct_subordinates

    if not actor.employee_id or not actor.is_supervisor:
        return []
    subordinates = direct_subordinates(actor.employee_id, on=timezone.localdate())
    return list(with_jp(_serving().filter(pk__in=subordinates.values("pk")), year)
                .select_related("unit").order_by("jp", "name"))


def agency_standing(actor, year: int, minimum: int) -> list[dict]:
    """Per perangkat daerah: head count, how many met the minimum, how many are behind.

    One grouped query: the serving employees left-joined to their summed completed JP of the
    year (one hash aggregate over the year's records), grouped by agency; ~35 ms for 15,000.
    """
    from abdi.org.models import Unit
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    quote = connection.ops.quote_name
    params = [minimum, actor.instansi_id, year, workflow.COMPLETED, actor.instansi_id,
              list(EmployeeStatus.serving())]
    only_agencies = ""
    if not actor.sees_whole_government:
        if not actor.agency_ids:
            return []
        only_agencies = "AND e.agency_id = ANY(%s)"
        params.append(sorted(actor.agency_ids))
    sql = f"""
        SELECT e.agency_id, u.name, COUNT(*) AS total,
               SUM(CASE WHEN s.total >= %s THEN 1 ELSE 0 END) AS met
        FROM {quote(Employee._meta.db_table)} e
        JOIN {quote(Unit._meta.db_table)} u ON u.id = e.agency_id
        LEFT JOIN (SELECT employee_id, SUM(jp) AS total FROM {quote(TrainingRecord._meta.db_table)}
                   WHERE instansi_id = %s AND year = %s AND status = %s
                   GROUP BY employee_id) s ON s.employee_id = e.id
        WHERE e.instansi_id = %s AND e.status IN %s {only_agencies}
        GROUP BY e.agency_id, u.name ORDER BY u.name, e.agency_id
    """  # noqa: S608 - table names from model meta, values are parameters
    if connection.vendor == "postgresql":
        sql = sql.replace("e.status IN %s", "e.status = ANY(%s)")
    else:  # SQLite: expand the lists into placeholders
        statuses = params[5]
        sql = sql.replace("e.status IN %s", f"e.status IN ({', '.join(['%s'] * len(statuses))})")
        params = params[:5] + statuses + params[6:]
        if only_agencies:
            agencies = params[-1]
            sql = sql.replace("e.agency_id = ANY(%s)",
                              f"e.agency_id IN ({', '.join(['%s'] * len(agencies))})")
            params = params[:-1] + agencies
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    rows = []
    for agency_id, name, total, met in found:
        met = int(met or 0)
        rows.append({"agency_id": agency_id, "name": name, "total": total, "met": met,
                     "behind": total - met, "percent": met * 100 // total if total else 100})
    return rows


def _reached(year: int, minimum: int):
    """Ids of the employees whose completed JP of the year reach the minimum (a HAVING subquery)."""
    return (_completed(year).order_by().values("employee_id").annotate(total=Sum("jp"))
            .filter(total__gte=minimum).values("employee_id"))


def behind_in_agency(actor, agency_id: int, year: int, minimum: int):
    """Who is behind in one agency, by name: an anti-join on those who reached the minimum, so
    a 10,000-person agency pages fast; their JP come from ``jp_by_employee`` for the page."""
    if not actor.sees_whole_government and agency_id not in actor.agency_ids:
        return _serving().none()
    return (_serving().filter(agency_id=agency_id).exclude(pk__in=_reached(year, minimum))
            .select_related("unit").order_by("name", "id"))


def jp_by_employee(employee_ids, year: int) -> dict[int, int]:
    return dict(_completed(year).filter(employee_id__in=list(employee_ids)).order_by()
                .values("employee_id").annotate(total=Sum("jp"))
                .values_list("employee_id", "total"))


def behind_everywhere(year: int, minimum: int):
    """Every serving employee still below the minimum (for the reminder)."""
    return with_jp(_serving(), year).filter(jp__lt=minimum)


def history_rows(actor, year: int | None = None):
    """Completed trainings for the export, limited to what the actor may see."""
    rows = TrainingRecord.objects.filter(status=workflow.COMPLETED)
    if year:
        rows = rows.filter(year=year)
    if not actor.sees_whole_government:
        rows = rows.filter(employee__agency_id__in=actor.agency_ids)
    return rows.select_related("employee", "employee__agency").order_by(
        "employee__agency__name", "employee__name", "starts_on", "id")


def has_evaluation(record) -> bool:
    from .models import Evaluation

    return Evaluation.objects.filter(record=record).exists()


def evaluation_summary(event) -> dict:
    from django.db.models import Avg

    from .models import Evaluation

    return Evaluation.objects.filter(event=event).aggregate(
        n=Count("id"), content=Avg("content"), teaching=Avg("teaching"),
        organisation=Avg("organisation"), usefulness=Avg("usefulness"))
