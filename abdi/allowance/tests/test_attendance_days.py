"""Stored day statuses from punches, approved leave and the calendar (Perpres 21/2023 five-day
week, 07:30-16:00, Friday 16:30), a month of them in counts, and leave that may not overlap."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceDay, AttendancePunch, LeaveRecord
from abdi.allowance.rules.attendance import DayKind, LeaveKind
from abdi.allowance.services.attendance import (
    decide_leave,
    month_summary,
    recompute_days,
    record_leave,
)
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.models import Holiday
from abdi.tenancy.scoping import within

D = datetime.date
WIB = ZoneInfo("Asia/Jakarta")
MON, TUE, WED, THU, FRI, SAT, SUN = (D(2025, 3, day) for day in range(3, 10))


def punch(world, employee, *moments):
    with within(world.gov):
        for moment in moments:
            AttendancePunch.objects.create(
                instansi=world.gov, employee=employee,
                punched_at=datetime.datetime.fromisoformat(moment).replace(tzinfo=WIB))


def recompute(world, first=MON, last=SUN, employees=None):
    with within(world.gov):
        return recompute_days(instansi_id=world.gov.pk, first_day=first, last_day=last,
                              employee_ids=None if employees is None else [e.pk for e in employees])


def days(world, employee):
    with within(world.gov):
        return {row.date: row for row in AttendanceDay.objects.filter(employee=employee)}


def leave(world, employee, kind, first, last, user=None, reason="Surat cuti 800/12"):
    actor = Actor.for_user(user or world.users.hr_admin)
    with within(world.gov):
        return record_leave(actor=actor, employee=employee, kind=kind, first_day=first,
                            last_day=last, reason=reason)


def leaves(world):
    with within(world.gov):
        return list(LeaveRecord.objects.values_list("employee_id", "kind", "first_day", "last_day",
                                                    "status"))


@pytest.mark.parametrize(("clock_in", "late"), [
    ("07:29:59", 0), ("07:30:00", 0), ("07:30:59", 0), ("07:31:00", 1), ("07:45:30", 15),
])
def test_minutes_late_are_whole_minutes_floored(world, clock_in, late):
    # allowance-and-discipline.md §3 (Peraturan ANRI 18/2016): after 07:30:59 is late.
    punch(world, world.own, f"2025-03-04 {clock_in}", "2025-03-04 16:00:00")
    recompute(world, TUE, TUE)
    day = days(world, world.own)[TUE]
    assert (day.minutes_late, day.minutes_early) == (late, 0)
    assert day.kind == (DayKind.LATE if late else DayKind.PRESENT)


@pytest.mark.parametrize(("clock_out", "early"), [
    ("15:59:01", 0), ("15:59:00", 1), ("16:00:00", 0), ("15:10:00", 50),
])
def test_minutes_early_mirror_the_same_convention(world, clock_out, early):
    punch(world, world.own, "2025-03-04 07:10", f"2025-03-04 {clock_out}")
    recompute(world, TUE, TUE)
    day = days(world, world.own)[TUE]
    assert (day.minutes_late, day.minutes_early) == (0, early)


def test_a_week_of_days_present_absent_missing_weekend_and_holidays(world):
    with within(world.gov):
        Holiday.objects.create(instansi=world.gov, date=THU, name="Hari Raya Nyepi")
        Holiday.objects.create(instansi=world.gov, date=FRI, name="Libur daerah")
    punch(world, world.own,
          "2025-03-03 07:25", "2025-03-03 16:05",  # Monday: present
          "2025-03-05 07:20",                      # Wednesday: no clock-out
          "2025-03-06 08:00",                      # Thursday: a holiday, punch kept
          "2025-03-08 09:00", "2025-03-08 12:00")  # Saturday: no working day
    assert recompute(world, employees=[world.own]) == 7
    week = days(world, world.own)
    assert {day: row.kind for day, row in week.items()} == {
        MON: DayKind.PRESENT, TUE: DayKind.ABSENT, WED: DayKind.EARLY_LEAVE,
        THU: DayKind.NON_WORKING_DAY, FRI: DayKind.NON_WORKING_DAY,
        SAT: DayKind.NON_WORKING_DAY, SUN: DayKind.NON_WORKING_DAY}
    assert week[WED].missing_out
    assert not week[WED].missing_in
    assert week[MON].first_punch == datetime.datetime(2025, 3, 3, 7, 25, tzinfo=WIB)
    assert week[MON].last_punch == datetime.datetime(2025, 3, 3, 16, 5, tzinfo=WIB)
    assert week[SAT].first_punch == datetime.datetime(2025, 3, 8, 9, 0, tzinfo=WIB)


def test_punches_are_read_as_local_days_not_utc_days(world):
    # 06:50 WIB on Tuesday is 23:50 UTC on Monday: still Tuesday's clock-in.
    with within(world.gov):
        AttendancePunch.objects.create(instansi=world.gov, employee=world.own,
                                       punched_at=datetime.datetime(2025, 3, 3, 23, 50, tzinfo=datetime.UTC))
    punch(world, world.own, "2025-03-04 16:00")
    recompute(world, MON, TUE, employees=[world.own])
    week = days(world, world.own)
    assert (week[MON].kind, week[TUE].kind) == (DayKind.ABSENT, DayKind.PRESENT)


def test_approved_leave_and_dinas_luar_make_leave_and_duty_days(world):
    leave(world, world.own, LeaveRecord.Kind.SAKIT, TUE, WED)
    leave(world, world.own, LeaveRecord.Kind.DINAS_LUAR, THU, SUN)
    punch(world, world.own, "2025-03-04 07:50")  # dropped by on the sick day: leave wins
    recompute(world, employees=[world.own])
    week = days(world, world.own)
    assert [(week[day].kind, week[day].leave_kind) for day in (MON, TUE, WED, THU, FRI, SAT)] == [
        (DayKind.ABSENT, ""), (DayKind.ON_LEAVE, "sakit"), (DayKind.ON_LEAVE, "sakit"),
        (DayKind.ON_DUTY, ""), (DayKind.ON_DUTY, ""), (DayKind.NON_WORKING_DAY, "")]
    assert week[TUE].minutes_late == 0


def test_recording_approved_leave_recomputes_its_days_at_once(world):
    recompute(world, employees=[world.own])
    assert days(world, world.own)[WED].kind == DayKind.ABSENT
    leave(world, world.own, LeaveRecord.Kind.TAHUNAN, WED, WED)
    assert days(world, world.own)[WED].kind == DayKind.ON_LEAVE


def test_pending_and_rejected_leave_excuse_nothing(world):
    request = leave(world, world.own, LeaveRecord.Kind.TAHUNAN, WED, WED, user=world.users.own)
    assert request.status == LeaveRecord.Status.PENDING
    assert request.approved_by is None
    recompute(world, employees=[world.own])
    assert days(world, world.own)[WED].kind == DayKind.ABSENT
    with within(world.gov):
        decide_leave(actor=Actor.for_user(world.users.agency_admin), leave=request, approve=True)
    assert days(world, world.own)[WED].kind == DayKind.ON_LEAVE


def test_recompute_is_idempotent_and_touches_only_its_employees_and_days(world):
    punch(world, world.peer, "2025-03-03 07:35")
    recompute(world)
    with within(world.gov):
        before = sorted(AttendanceDay.objects.values_list("employee_id", "date", "kind", "minutes_late"))
        count = AttendanceDay.objects.count()
    assert recompute(world) == count
    recompute(world, TUE, TUE, employees=[world.own])
    with within(world.gov):
        after = sorted(AttendanceDay.objects.values_list("employee_id", "date", "kind", "minutes_late"))
        assert AttendanceDay.objects.count() == count
    assert after == before
    assert days(world, world.peer)[MON].minutes_late == 5


def test_days_to_come_get_no_status_and_backwards_ranges_are_refused(world):
    today = datetime.datetime.now(WIB).date()
    assert recompute(world, today + datetime.timedelta(days=1), today + datetime.timedelta(days=5)) == 0
    with pytest.raises(DomainError):
        recompute(world, TUE, MON)
    with pytest.raises(DomainError):
        recompute(world, D(2023, 1, 1), D(2024, 6, 30))


def test_the_other_government_is_never_touched(world):
    recompute(world)
    with within(world.other_gov):
        assert not AttendanceDay.objects.exists()
    with within(world.gov):
        recompute_days(instansi_id=world.gov.pk, employee_ids=[world.other_gov_employee.pk],
                       first_day=MON, last_day=SUN)
    with within(world.other_gov):
        assert not AttendanceDay.objects.exists()


def test_month_summary_counts_the_stored_days(world):
    punch(world, world.own, "2025-03-03 07:40", "2025-03-03 16:00",  # 10 minutes late
          "2025-03-04 07:00", "2025-03-04 15:30")                   # 30 minutes early
    leave(world, world.own, LeaveRecord.Kind.SAKIT, D(2025, 3, 10), D(2025, 3, 11))
    recompute(world, D(2025, 3, 1), D(2025, 3, 31), employees=[world.own])
    with within(world.gov):
        summary = month_summary(world.own.pk, 2025, 3)
    # March 2025: 21 weekdays, 10 weekend days.
    assert (summary.working_days, summary.non_working_days) == (21, 10)
    assert (summary.present_days, summary.late_days, summary.early_leave_days) == (2, 1, 1)
    assert (summary.minutes_late, summary.minutes_early) == (10, 30)
    assert (summary.leave_days, summary.leave_days_of(LeaveKind.SAKIT)) == (2, 2)
    assert summary.absent_days == 17


# ---- recording leave -------------------------------------------------------------------------


def test_leave_recorded_by_bkpsdm_is_approved_and_audited(world):
    record = leave(world, world.own, LeaveRecord.Kind.TAHUNAN, MON, WED)
    assert record.status == LeaveRecord.Status.APPROVED
    assert record.approved_by == world.users.hr_admin
    assert record.approved_at is not None
    with within(world.gov):
        entry = AuditEntry.objects.get(object_type="allowance.leaverecord")
    assert entry.employee_id == world.own.pk
    assert entry.changes["kind"] == [None, "tahunan"]


@pytest.mark.parametrize(("first", "last"), [
    (TUE, WED),   # inside
    (SUN, D(2025, 3, 12)),  # starts on the last day
    (D(2025, 3, 1), MON),   # ends on the first day
    (D(2025, 2, 1), D(2025, 3, 31)),  # around
])
def test_overlapping_leave_is_refused(world, first, last):
    leave(world, world.own, LeaveRecord.Kind.TAHUNAN, MON, SUN)
    before = leaves(world)
    with pytest.raises(DomainError) as refused:
        leave(world, world.own, LeaveRecord.Kind.DINAS_LUAR, first, last)
    assert refused.value.field == "first_day"
    assert "2025-03-03" in str(refused.value.message)
    assert leaves(world) == before


def test_leave_of_another_employee_and_after_a_rejection_may_share_days(world):
    request = leave(world, world.own, LeaveRecord.Kind.TAHUNAN, MON, WED, user=world.users.own)
    with pytest.raises(DomainError):  # a waiting request holds its days too
        leave(world, world.own, LeaveRecord.Kind.SAKIT, TUE, TUE)
    leave(world, world.peer, LeaveRecord.Kind.TAHUNAN, MON, WED)
    with within(world.gov):
        decide_leave(actor=Actor.for_user(world.users.hr_admin), leave=request, approve=False)
        with pytest.raises(Conflict):
            decide_leave(actor=Actor.for_user(world.users.hr_admin), leave=request, approve=True)
    assert leave(world, world.own, LeaveRecord.Kind.SAKIT, TUE, TUE).status == "approved"


@pytest.mark.parametrize(("kind", "first", "last", "field"), [
    ("tahunan", WED, TUE, "last_day"),
    ("liburan", MON, TUE, "kind"),
    ("tahunan", "2025-13-01", TUE, "first_day"),
])
def test_bad_leave_is_refused(world, kind, first, last, field):
    with pytest.raises(DomainError) as refused:
        leave(world, world.own, kind, first, last)
    assert refused.value.field == field
    assert leaves(world) == []


def test_the_agency_admin_records_leave_for_their_agency_only(world):
    assert leave(world, world.sibling, "sakit", MON, MON,
                 user=world.users.agency_admin).status == LeaveRecord.Status.APPROVED
    with pytest.raises(Forbidden):
        leave(world, world.other_unit, "sakit", MON, MON, user=world.users.agency_admin)


@pytest.mark.parametrize("persona", ["peer", "supervisor", "leader", "other_unit", "other_gov"])
def test_others_may_not_record_someone_elses_leave(world, persona):
    user = world.users.own if persona == "peer" else getattr(world.users, persona)
    employee = world.peer if persona == "peer" else world.own
    with pytest.raises(Forbidden):
        leave(world, employee, "tahunan", MON, TUE, user=user)
    assert leaves(world) == []


def test_no_one_decides_their_own_request(world):
    request = leave(world, world.hr_admin_employee, "tahunan", MON, TUE, user=world.users.hr_admin)
    assert request.status == LeaveRecord.Status.PENDING  # BKPSDM's own leave waits like anyone's
    with within(world.gov), pytest.raises(Forbidden):
        decide_leave(actor=Actor.for_user(world.users.hr_admin), leave=request, approve=True)
    with within(world.gov), pytest.raises(Forbidden):
        decide_leave(actor=Actor.for_user(world.users.own), leave=request, approve=True)


def test_the_number_of_queries_does_not_grow_with_employees_or_days(world):
    punch(world, world.peer, "2025-03-03 07:35")
    leave(world, world.sibling, LeaveRecord.Kind.SAKIT, TUE, WED)

    def queries(employees, last):
        with within(world.gov), CaptureQueriesContext(connection) as captured:
            recompute_days(instansi_id=world.gov.pk, employee_ids=[e.pk for e in employees],
                           first_day=MON, last_day=last)
        return len(captured)

    assert queries([world.own], MON) == queries([world.own, world.peer, world.sibling], SUN)
