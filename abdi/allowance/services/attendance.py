"""Attendance days: derive each day's status from punches, approved leave and the calendar;
record leave and dinas luar; a month of stored days in counts (allowance-and-discipline.md §3, §5).

Stored AttendanceDay rows are derived data: `recompute_days` rewrites them whole for a range of
days (delete and insert in one transaction), so running it twice gives the same rows.
"""

import datetime
from collections import defaultdict

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org import queries as org_queries
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee
from abdi.tenancy import queries as tenancy_queries
from abdi.tenancy.models import Instansi

from ..models import AttendanceDay, AttendancePunch, LeaveRecord
from ..rules.attendance import (
    DayKind,
    DayStatus,
    Leave,
    LeaveKind,
    MonthSummary,
    OfficialDuty,
    day_status,
    summarise_month,
)
from ..rules.workhours import NATIONAL_DEFAULT, WorkScheme, expected_hours
from . import work_calendar

# Without a calendar at hand, the national five-day week (Perpres 21/2023 Pasal 3); the days
# themselves are computed under each government's calendar (services.work_calendar).
SCHEME = WorkScheme.FIVE_DAY
WORK_HOURS = NATIONAL_DEFAULT
MAX_RANGE_DAYS = 366  # one recompute covers at most a year
CHUNK = 500  # employees per round of queries
LEAVE_FIELDS = ["employee", "kind", "first_day", "last_day", "status", "reason"]
# Leave that blocks another for the same days; a rejected request frees them again.
BLOCKING = (LeaveRecord.Status.APPROVED, LeaveRecord.Status.PENDING)


# ---- who may do what -----------------------------------------------------------------------


def can_import_punches(actor, instansi_id) -> bool:
    """BKPSDM for the whole government; an agency admin for the employees of their agencies
    (checked row by row by the import)."""
    return bool(actor.is_authenticated and actor.instansi_id == instansi_id
                and (actor.is_hr_admin or actor.agency_ids))


def administers(actor, employee) -> bool:
    """Records and decides leave of `employee`: BKPSDM, or the admin of the employee's agency."""
    return bool(actor.is_authenticated and actor.instansi_id == employee.instansi_id
                and (actor.is_hr_admin or employee.agency_id in actor.agency_ids))


def is_atasan(actor, employee, *, on: datetime.date) -> bool:
    """The actor is the employee's atasan langsung on that day (acting heads included)."""
    if not actor.employee_id or actor.owns(employee.pk):
        return False
    supervisor = org_queries.supervisor_of(employee, on=on)
    return supervisor is not None and supervisor.pk == actor.employee_id


def may_decide(actor, employee, *, on: datetime.date) -> bool:
    """Approves the employee's requests: the atasan, the agency's admin or BKPSDM; never oneself."""
    if not actor.is_authenticated or actor.instansi_id != employee.instansi_id \
            or actor.owns(employee.pk):
        return False
    return administers(actor, employee) or is_atasan(actor, employee, on=on)


# ---- the calendar ----------------------------------------------------------------------------


def holidays_between(instansi: Instansi, first_day: datetime.date,
                     last_day: datetime.date) -> frozenset[datetime.date]:
    """The government's days off, as its admin keeps them in the government settings."""
    days = set()
    for year in range(first_day.year, last_day.year + 1):
        days.update(h.date for h in tenancy_queries.holidays(instansi, year=year)
                    if first_day <= h.date <= last_day)
    return frozenset(days)


def is_working_day(day: datetime.date, holidays, *, calendar=None, unit_path: str = "") -> bool:
    """Under the government's `calendar` (work_calendar.calendar_of) for an employee of the unit
    at `unit_path`; without a calendar, the national five-day week."""
    if calendar is None:
        return expected_hours(day, SCHEME, holidays, WORK_HOURS) is not None
    return calendar.expected(day, calendar.scheme_for(unit_path, day), holidays) is not None


def local_bounds(instansi: Instansi, first_day: datetime.date, last_day: datetime.date):
    """The first and the day after the last day as aware midnights of the government's zone."""
    zone = instansi.zone
    return (datetime.datetime.combine(first_day, datetime.time.min, tzinfo=zone),
            datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min,
                                      tzinfo=zone))


# ---- the stored day status -------------------------------------------------------------------


def _days(first_day, last_day):
    return [first_day + datetime.timedelta(days=n) for n in range((last_day - first_day).days + 1)]


def _excuses(leaves, day):
    """The leave or duty covering `day`; record_leave refuses overlaps, so at most one is expected,
    and should old data hold two, the one recorded first counts."""
    covering = next((leave for leave in leaves if leave.first_day <= day <= leave.last_day), None)
    if covering is None:
        return (), ()
    if covering.is_official_duty:
        return (), (OfficialDuty(covering.first_day, covering.last_day),)
    return (Leave(LeaveKind(covering.kind), covering.first_day, covering.last_day),), ()


def _stored_day(status: DayStatus, *, instansi_id, employee_id, zone, now) -> AttendanceDay:
    def aware(moment):
        return moment.replace(tzinfo=zone) if moment is not None else None

    return AttendanceDay(
        instansi_id=instansi_id, employee_id=employee_id, date=status.day, kind=status.kind.value,
        leave_kind=status.leave_kind.value if status.leave_kind else "",
        minutes_late=status.minutes_late, minutes_early=status.minutes_early,
        missing_in=status.missing_in, missing_out=status.missing_out,
        first_punch=aware(status.first_punch), last_punch=aware(status.last_punch), computed_at=now)


@transaction.atomic
def recompute_days(*, instansi_id: int, employee_ids=None, first_day: datetime.date,
                   last_day: datetime.date) -> int:
    """Rewrite the AttendanceDay rows of the range (both days included) from the punches, the
    approved leave and the calendar; days after today are left alone. Without `employee_ids`,
    every employee still serving the government. Returns how many days were written."""
    if last_day < first_day:
        raise DomainError(_("The period ends before it starts."), field="last_day")
    instansi = Instansi.objects.get(pk=instansi_id)
    zone = instansi.zone
    last_day = min(last_day, timezone.localdate(timezone=zone))  # a day to come has no status yet
    if last_day < first_day:
        return 0
    if (last_day - first_day).days >= MAX_RANGE_DAYS:
        raise DomainError(_("Recompute at most a year of days at a time."), field="first_day")
    employees = Employee.objects.filter(instansi_id=instansi_id)
    if employee_ids is None:
        employees = employees.filter(status__in=EmployeeStatus.serving())
    else:
        employees = employees.filter(pk__in=list(employee_ids))
    units = dict(employees.order_by("pk").values_list("pk", "unit__path"))
    ids = list(units)
    holidays = holidays_between(instansi, first_day, last_day)
    calendar = work_calendar.calendar_of(instansi_id)
    days = _days(first_day, last_day)
    expected = {scheme: {day: calendar.expected(day, scheme, holidays) for day in days}
                for scheme in WorkScheme}
    usual = {day: calendar.usual_scheme(day) for day in days}
    unit_schemes = {path: calendar.unit_scheme(path or "") for path in set(units.values())}
    start, end = local_bounds(instansi, first_day, last_day)
    now = timezone.now()
    written = 0
    for offset in range(0, len(ids), CHUNK):
        chunk = ids[offset:offset + CHUNK]
        punches = defaultdict(list)
        for employee_id, moment in (AttendancePunch.objects
                                    .filter(employee_id__in=chunk, punched_at__gte=start,
                                            punched_at__lt=end)
                                    .values_list("employee_id", "punched_at").iterator()):
            local = timezone.localtime(moment, zone).replace(tzinfo=None)
            punches[employee_id, local.date()].append(local)
        leaves = defaultdict(list)
        for leave in LeaveRecord.objects.filter(
                employee_id__in=chunk, status=LeaveRecord.Status.APPROVED,
                first_day__lte=last_day, last_day__gte=first_day).order_by("pk"):
            leaves[leave.employee_id].append(leave)
        rows = []
        for employee_id in chunk:
            own_scheme = unit_schemes[units[employee_id]]
            for day in days:
                hours = expected[own_scheme or usual[day]][day]
                on_leave, on_duty = _excuses(leaves[employee_id], day)
                status = day_status(day, hours, punches.get((employee_id, day), ()),
                                    leaves=on_leave, duties=on_duty)
                rows.append(_stored_day(status, instansi_id=instansi_id, employee_id=employee_id,
                                        zone=zone, now=now))
        AttendanceDay.objects.filter(instansi_id=instansi_id, employee_id__in=chunk,
                                     date__range=(first_day, last_day)).delete()
        AttendanceDay.objects.bulk_create(rows, batch_size=1000)
        written += len(rows)
    return written


def month_summary(employee_id: int, year: int, month: int) -> MonthSummary:
    """The month in counts, from the stored days (a day not computed yet is not counted).

    Clock-in and clock-out are read in the active time zone, the government's inside its scope.
    """
    first = datetime.date(year, month, 1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    rows = AttendanceDay.objects.filter(employee_id=employee_id, date__range=(first, last))

    def local(moment):
        return timezone.localtime(moment).replace(tzinfo=None) if moment is not None else None

    statuses = [
        DayStatus(row.date, DayKind(row.kind), row.minutes_late, row.minutes_early,
                  local(row.first_punch), local(row.last_punch), row.missing_in, row.missing_out,
                  LeaveKind(row.leave_kind) if row.leave_kind else None)
        for row in rows.order_by("date")
    ]
    return summarise_month(year, month, statuses)


# ---- leave and dinas luar ------------------------------------------------------------------


def _leave_date(value, field) -> datetime.date:
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value or ""))
    except ValueError:
        raise DomainError(_("Enter a date as YYYY-MM-DD."), field=field) from None


def _refuse_overlap(employee, first_day, last_day, *, statuses, exclude=None) -> None:
    others = LeaveRecord.objects.filter(employee_id=employee.pk, status__in=statuses,
                                        first_day__lte=last_day, last_day__gte=first_day)
    if exclude is not None:
        others = others.exclude(pk=exclude.pk)
    clash = others.order_by("first_day").first()
    if clash is not None:
        raise DomainError(
            _("%(name)s already has %(kind)s from %(first)s to %(last)s on some of these days.")
            % {"name": employee.name, "kind": clash.get_kind_display(),
               "first": clash.first_day.isoformat(), "last": clash.last_day.isoformat()},
            field="first_day")


def _recompute_leave_days(leave: LeaveRecord) -> None:
    """The leave's days up to today; of leave recorded long after, the last year of them."""
    today = timezone.localdate(timezone=Instansi.objects.get(pk=leave.instansi_id).zone)
    last = min(leave.last_day, today)
    first = max(leave.first_day, last - datetime.timedelta(days=MAX_RANGE_DAYS - 1))
    if first <= last:
        recompute_days(instansi_id=leave.instansi_id, employee_ids=[leave.employee_id],
                       first_day=first, last_day=last)


def _audit_leave(actor, action, leave, before=None):
    record(actor=actor, action=action, obj=leave, before=before,
           after=snapshot(leave, LEAVE_FIELDS), employee_id=leave.employee_id,
           unit_id=leave.employee.unit_id, agency_id=leave.employee.agency_id)


@transaction.atomic
def record_leave(*, actor, employee, kind: str, first_day, last_day, reason: str = "") -> LeaveRecord:
    """Cuti or dinas luar of whole days. Recorded by BKPSDM or the agency's admin from the signed
    letter, it is approved at once and the days are recomputed; asked by the employee themself, it
    waits for an admin (decide_leave). Leave overlapping another (approved or waiting) is refused."""
    if administers(actor, employee) and not actor.owns(employee.pk):
        status = LeaveRecord.Status.APPROVED
    elif actor.is_authenticated and actor.instansi_id == employee.instansi_id \
            and actor.owns(employee.pk):
        status = LeaveRecord.Status.PENDING
    else:
        raise Forbidden(_("Only the employee, their agency's admin or BKPSDM record leave."))
    if kind not in LeaveRecord.Kind.values:
        raise DomainError(_("Choose the kind of leave."), field="kind")
    first_day = _leave_date(first_day, "first_day")
    last_day = _leave_date(last_day, "last_day")
    if last_day < first_day:
        raise DomainError(_("The leave ends before it starts."), field="last_day")
    reason = " ".join(str(reason or "").split())
    if len(reason) > 500:
        raise DomainError(_("Keep the reason under 500 characters."), field="reason")
    # One change of this employee's leave at a time, so two overlapping requests cannot both pass.
    employee = Employee.objects.select_for_update().get(pk=employee.pk)
    _refuse_overlap(employee, first_day, last_day, statuses=BLOCKING)
    approved = status == LeaveRecord.Status.APPROVED
    leave = LeaveRecord.objects.create(
        instansi_id=employee.instansi_id, employee=employee, kind=kind, first_day=first_day,
        last_day=last_day, status=status, reason=reason, created_by=actor.user,
        approved_by=actor.user if approved else None, approved_at=timezone.now() if approved else None)
    _audit_leave(actor, AuditEntry.Action.CREATE, leave)
    if approved:
        _recompute_leave_days(leave)
    return leave


@transaction.atomic
def decide_leave(*, actor, leave: LeaveRecord, approve: bool) -> LeaveRecord:
    """The atasan, the agency's admin or BKPSDM approves or rejects a waiting request; never
    their own (issue "Attendance": leave and dinas luar requests approved by the atasan)."""
    employee = Employee.objects.select_for_update().get(pk=leave.employee_id)
    if not may_decide(actor, employee, on=timezone.localdate()):
        raise Forbidden(_("Only the atasan, the agency's admin or BKPSDM decide on leave."))
    leave = LeaveRecord.objects.select_for_update().get(pk=leave.pk)
    if leave.status != LeaveRecord.Status.PENDING:
        raise Conflict(_("This leave has already been decided."))
    before = snapshot(leave, LEAVE_FIELDS)
    if approve:
        _refuse_overlap(employee, leave.first_day, leave.last_day,
                        statuses=[LeaveRecord.Status.APPROVED], exclude=leave)
        leave.status = LeaveRecord.Status.APPROVED
        leave.approved_by, leave.approved_at = actor.user, timezone.now()
    else:
        leave.status = LeaveRecord.Status.REJECTED
    leave.save(update_fields=["status", "approved_by", "approved_at"])
    _audit_leave(actor, AuditEntry.Action.UPDATE, leave, before=before)
    if approve:
        _recompute_leave_days(leave)
    return leave
