"""Corrections of a day's clock-in or clock-out: the employee asks with a reason, the atasan
(or the agency's admin, or BKPSDM) approves; an approved correction becomes punches of source
"correction" and the day is recomputed. Every step leaves an audit entry (issue "Attendance":
corrections need approval and leave an audit entry)."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.models import Employee
from abdi.tenancy.models import Instansi

from ..models import AttendanceCorrection, AttendancePunch
from . import work_calendar
from .attendance import administers, holidays_between, is_working_day, may_decide, recompute_days

FIELDS = ["employee", "date", "clock_in", "clock_out", "reason", "status", "decision_note"]
# An employee corrects the last month at most; older days are the admin's, from a signed letter.
EMPLOYEE_WINDOW_DAYS = 31
ADMIN_WINDOW_DAYS = 366
MAX_REASON = 500


def _date(value) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise DomainError(_("Enter a date as YYYY-MM-DD."), field="date") from None


def _time(value, field) -> datetime.time | None:
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return datetime.time.fromisoformat(text).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        raise DomainError(_("Enter a time as HH:MM."), field=field) from None


def _check(employee, day, clock_in, clock_out, reason, *, window_days) -> str:
    instansi = Instansi.objects.get(pk=employee.instansi_id)
    today = timezone.localdate(timezone=instansi.zone)
    if day > today:
        raise DomainError(_("A day that has not come yet cannot be corrected."), field="date")
    if (today - day).days > window_days:
        raise DomainError(_("Only the last %(days)s days can be corrected here.")
                          % {"days": window_days}, field="date")
    unit_path = employee.unit.path if employee.unit_id else ""
    if not is_working_day(day, holidays_between(instansi, day, day),
                          calendar=work_calendar.calendar_of(instansi.pk), unit_path=unit_path):
        raise DomainError(_("%(date)s is not a working day; there is nothing to correct.")
                          % {"date": day.isoformat()}, field="date")
    if clock_in is None and clock_out is None:
        raise DomainError(_("Enter the clock-in, the clock-out or both."), field="clock_in")
    if clock_in is not None and clock_out is not None and clock_out <= clock_in:
        raise DomainError(_("The clock-out must be later than the clock-in."), field="clock_out")
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise DomainError(_("Say why the punch is missing or wrong."), field="reason")
    if len(reason) > MAX_REASON:
        raise DomainError(_("Keep the reason under 500 characters."), field="reason")
    return reason


def _audit(actor, action, correction, before=None):
    record(actor=actor, action=action, obj=correction, before=before,
           after=snapshot(correction, FIELDS), employee_id=correction.employee_id,
           unit_id=correction.employee.unit_id, agency_id=correction.employee.agency_id)


@transaction.atomic
def request_correction(*, actor, employee, date, clock_in=None, clock_out=None,
                       reason: str = "") -> AttendanceCorrection:
    """Asked by the employee, it waits for the atasan; entered by an admin for someone they
    administer (from a signed statement), it is approved at once."""
    own = actor.is_authenticated and actor.instansi_id == employee.instansi_id \
        and actor.owns(employee.pk)
    by_admin = not own and administers(actor, employee)
    if not own and not by_admin:
        raise Forbidden(_("Only the employee or their admin ask for a correction."))
    day = _date(date)
    start, end = _time(clock_in, "clock_in"), _time(clock_out, "clock_out")
    reason = _check(employee, day, start, end, reason,
                    window_days=EMPLOYEE_WINDOW_DAYS if own else ADMIN_WINDOW_DAYS)
    employee = Employee.objects.select_for_update().get(pk=employee.pk)
    if AttendanceCorrection.objects.filter(employee=employee, date=day,
                                           status=AttendanceCorrection.Status.PENDING).exists():
        raise DomainError(_("A correction of %(date)s is already waiting for a decision.")
                          % {"date": day.isoformat()}, field="date")
    try:
        with transaction.atomic():
            correction = AttendanceCorrection.objects.create(
                instansi_id=employee.instansi_id, employee=employee, date=day, clock_in=start,
                clock_out=end, reason=reason, requested_by=actor.user)
    except IntegrityError:  # the same request sent twice at the same moment
        raise Conflict(_("A correction of %(date)s is already waiting for a decision.")
                       % {"date": day.isoformat()}) from None
    _audit(actor, AuditEntry.Action.CREATE, correction)
    if by_admin:
        _approve(actor, correction, note="")
    return correction


@transaction.atomic
def decide_correction(*, actor, correction: AttendanceCorrection, approve: bool,
                      note: str = "") -> AttendanceCorrection:
    employee = Employee.objects.select_for_update().get(pk=correction.employee_id)
    instansi = Instansi.objects.get(pk=employee.instansi_id)
    if not may_decide(actor, employee, on=timezone.localdate(timezone=instansi.zone)):
        raise Forbidden(_("Only the atasan, the agency's admin or BKPSDM decide on a correction."))
    correction = AttendanceCorrection.objects.select_for_update().get(pk=correction.pk)
    if correction.status != AttendanceCorrection.Status.PENDING:
        raise Conflict(_("This correction has already been decided."))
    note = " ".join(str(note or "").split())
    if len(note) > MAX_REASON:
        raise DomainError(_("Keep the note under 500 characters."), field="note")
    if approve:
        return _approve(actor, correction, note=note)
    if not note:
        raise DomainError(_("Say why the correction is rejected."), field="note")
    before = snapshot(correction, FIELDS)
    correction.status = AttendanceCorrection.Status.REJECTED
    correction.decided_by, correction.decided_at = actor.user, timezone.now()
    correction.decision_note = note
    correction.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    _audit(actor, AuditEntry.Action.UPDATE, correction, before=before)
    return correction


def _approve(actor, correction, *, note) -> AttendanceCorrection:
    before = snapshot(correction, FIELDS)
    zone = Instansi.objects.get(pk=correction.instansi_id).zone
    for moment in (correction.clock_in, correction.clock_out):
        if moment is not None:
            AttendancePunch.objects.get_or_create(
                instansi_id=correction.instansi_id, employee_id=correction.employee_id,
                punched_at=datetime.datetime.combine(correction.date, moment, tzinfo=zone),
                defaults={"source": AttendancePunch.Source.CORRECTION,
                          "device": f"correction #{correction.pk}"})
    correction.status = AttendanceCorrection.Status.APPROVED
    correction.decided_by, correction.decided_at = actor.user, timezone.now()
    correction.decision_note = note
    correction.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    _audit(actor, AuditEntry.Action.UPDATE, correction, before=before)
    recompute_days(instansi_id=correction.instansi_id, employee_ids=[correction.employee_id],
                   first_day=correction.date, last_day=correction.date)
    return correction
