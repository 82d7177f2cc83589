"""The working calendar: hours versions with an effective date, Ramadan periods, units on the
six-day week; the day statuses computed under them; bad input refused; the page."""

import datetime
from datetime import time

import pytest
from django.urls import reverse
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceDay, AttendancePunch, RamadanPeriod, WorkHoursVersion
from abdi.allowance.rules import workhours_codec
from abdi.allowance.rules.workhours import FIVE_DAY_WEEK, SIX_DAY_WEEK, WorkScheme
from abdi.allowance.services import attendance, work_calendar
from abdi.core.errors import DomainError, Forbidden
from abdi.tenancy.scoping import within

D = datetime.date
PAGE = reverse("allowance:calendar")
MON, SAT = D(2025, 3, 3), D(2025, 3, 8)


def as_admin(world):
    return Actor.for_user(world.users.hr_admin)


def punch(world, employee, day, *times):
    zone = world.gov.zone
    with within(world.gov):
        for moment in times:
            AttendancePunch.objects.create(instansi=world.gov, employee=employee,
                                           punched_at=datetime.datetime.combine(day, moment, zone))


def day_of(world, employee, day):
    with within(world.gov):
        attendance.recompute_days(instansi_id=world.gov.pk, employee_ids=[employee.pk],
                                  first_day=day, last_day=day)
        return AttendanceDay.objects.get(employee=employee, date=day)


# ---- the codec ---------------------------------------------------------------------------------


def test_a_week_survives_the_trip_to_data_and_back():
    for week in (FIVE_DAY_WEEK, SIX_DAY_WEEK):
        assert workhours_codec.week_from_data(workhours_codec.week_to_data(week)) == week


@pytest.mark.parametrize("data", [
    [None] * 6, "senin", [{"start": "08:00"}] + [None] * 6,
    [{"start": "16:00", "end": "08:00", "break": 0}] + [None] * 6,
    [{"start": "08:00", "end": "16:00", "break": 999}] + [None] * 6,
    [{"start": "8 pagi", "end": "16:00", "break": 0}] + [None] * 6])
def test_a_week_that_cannot_be_read_is_refused(data):
    with pytest.raises(ValueError, match=r"."):
        workhours_codec.week_from_data(data)


def test_weeks_left_out_keep_the_national_default():
    weeks = workhours_codec.weeks_from_data({"six_day": workhours_codec.week_to_data(FIVE_DAY_WEEK)})
    assert weeks["five_day"] == FIVE_DAY_WEEK
    assert weeks["six_day"] == FIVE_DAY_WEEK
    assert weeks["ramadan_six_day"] is None


# ---- the days computed under the calendar ------------------------------------------------------


def test_without_a_calendar_saturday_is_not_a_working_day(world):
    assert day_of(world, world.own, SAT).kind == "non_working_day"


def test_a_unit_on_the_six_day_week_works_on_saturday(world):
    with within(world.gov):
        work_calendar.set_unit_scheme(actor=as_admin(world), instansi_id=world.gov.pk,
                                      unit_id=world.agency.pk, scheme=WorkScheme.SIX_DAY)
    assert day_of(world, world.own, SAT).kind == "absent"  # a unit below the agency follows it
    assert day_of(world, world.other_unit, SAT).kind == "non_working_day"


def test_ramadan_hours_move_the_start_to_eight(world):
    punch(world, world.own, MON, time(7, 55), time(15, 5))
    assert day_of(world, world.own, MON).minutes_late == 25  # 07.30 usually
    with within(world.gov):
        work_calendar.add_ramadan(actor=as_admin(world), instansi_id=world.gov.pk,
                                  first_day=D(2025, 3, 1), last_day=D(2025, 3, 30))
    ramadan = day_of(world, world.own, MON)
    assert ramadan.minutes_late == 0
    assert ramadan.kind == "present"


def test_a_new_version_applies_from_its_day_and_never_rewrites_the_days_before(world):
    later = workhours_codec.week_to_data(FIVE_DAY_WEEK)
    later[0] = {"start": "08:00", "end": "16:30", "break": 60}  # Mondays start at 08.00
    with within(world.gov):
        work_calendar.save_hours(actor=as_admin(world), instansi_id=world.gov.pk,
                                 effective_from=D(2025, 3, 10), default_scheme="five_day",
                                 weeks={"five_day": later})
    punch(world, world.own, MON, time(7, 50), time(16, 30))
    punch(world, world.own, D(2025, 3, 10), time(7, 50), time(16, 30))
    assert day_of(world, world.own, MON).minutes_late == 20
    assert day_of(world, world.own, D(2025, 3, 10)).minutes_late == 0


def test_the_usual_scheme_of_a_version_may_be_six_days(world):
    with within(world.gov):
        work_calendar.save_hours(actor=as_admin(world), instansi_id=world.gov.pk,
                                 effective_from=D(2025, 1, 1), default_scheme="six_day", weeks={})
    assert day_of(world, world.other_unit, SAT).kind == "absent"


# ---- bad input and permissions -----------------------------------------------------------------


@pytest.mark.parametrize(("fields", "field"), [
    ({"effective_from": "besok"}, "effective_from"),
    ({"default_scheme": "seven_day"}, "default_scheme"),
    ({"weeks": {"five_day": [None] * 3}}, "five_day"),
    ({"weeks": {"fortnight": [None] * 7}}, "weeks")])
def test_bad_hours_are_refused_and_nothing_is_saved(world, fields, field):
    values = {"effective_from": "2025-01-01", "default_scheme": "five_day", "weeks": {}} | fields
    with within(world.gov), pytest.raises(DomainError) as refused:
        work_calendar.save_hours(actor=as_admin(world), instansi_id=world.gov.pk, **values)
    assert refused.value.field == field
    with within(world.gov):
        assert not WorkHoursVersion.objects.exists()


@pytest.mark.parametrize(("first", "last", "message"), [
    ("2025-03-30", "2025-03-01", "ends before"), ("2025-03-01", "2025-04-15", "at most"),
    ("2025-13-01", "2025-03-30", "YYYY-MM-DD")])
def test_bad_ramadan_periods_are_refused(world, first, last, message):
    with within(world.gov), pytest.raises(DomainError, match=message):
        work_calendar.add_ramadan(actor=as_admin(world), instansi_id=world.gov.pk, first_day=first,
                                  last_day=last)


def test_overlapping_ramadan_periods_are_refused(world):
    with within(world.gov):
        work_calendar.add_ramadan(actor=as_admin(world), instansi_id=world.gov.pk,
                                  first_day="2025-03-01", last_day="2025-03-30")
        with pytest.raises(DomainError, match="overlaps"):
            work_calendar.add_ramadan(actor=as_admin(world), instansi_id=world.gov.pk,
                                      first_day="2025-03-30", last_day="2025-04-05")
        assert RamadanPeriod.objects.count() == 1


@pytest.mark.parametrize("persona", ["agency_admin", "supervisor", "own", "leader"])
def test_only_bkpsdm_changes_the_calendar(world, persona):
    actor = Actor.for_user(getattr(world.users, persona))
    with within(world.gov), pytest.raises(Forbidden):
        work_calendar.add_ramadan(actor=actor, instansi_id=world.gov.pk, first_day="2025-03-01",
                                  last_day="2025-03-30")


def test_a_unit_of_another_government_is_refused(world):
    with within(world.gov), pytest.raises(DomainError):
        work_calendar.set_unit_scheme(actor=as_admin(world), instansi_id=world.gov.pk,
                                      unit_id=world.other_gov_agency.pk, scheme="six_day")


# ---- the page ------------------------------------------------------------------------------------


def test_every_member_reads_the_hours_and_only_bkpsdm_sees_the_forms(world, login):
    body = login(world.users.own).get(PAGE).content.decode()
    assert 'data-testid="week-five_day"' in body
    assert 'data-testid="hours-form"' in body
    assert 'name="effective_from"' not in body
    assert login(world.users.own).post(PAGE, {"action": "ramadan"}).status_code == 403
    assert 'name="effective_from"' in login(world.users.hr_admin).get(PAGE).content.decode()


def test_the_page_saves_a_version_from_the_table(world, login):
    client = login(world.users.hr_admin)
    data = {"action": "hours", "effective_from": "2025-01-01", "default_scheme": "five_day"}
    for index in range(5):
        data |= {f"five_day-{index}-start": "07:30", f"five_day-{index}-end": "16:00",
                 f"five_day-{index}-break": "60"}
    assert client.post(PAGE, data).status_code == 302
    with within(world.gov):
        version = WorkHoursVersion.objects.get()
    assert version.weeks["five_day"][4] == {"start": "07:30", "end": "16:00", "break": 60}
    assert version.weeks["five_day"][5] is None


@pytest.mark.parametrize("data", [
    {"action": "hours", "effective_from": "2025-01-01", "default_scheme": "five_day",
     "five_day-0-start": "16:00", "five_day-0-end": "07:00"},
    {"action": "hours", "effective_from": "", "default_scheme": "five_day"},
    {"action": "ramadan", "first_day": "x", "last_day": "y"},
    {"action": "remove_ramadan", "period": "abc"},
    {"action": "unit", "unit": "99999999999999999999"},
    {"action": "nothing"}])
def test_malformed_posts_answer_4xx(world, login, data):
    response = login(world.users.hr_admin).post(PAGE, data)
    assert 400 <= response.status_code < 500
    with within(world.gov):
        assert not WorkHoursVersion.objects.exists()


def test_a_day_to_come_is_not_recomputed_by_a_change(world, django_capture_on_commit_callbacks):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks() as callbacks, within(world.gov):
        work_calendar.add_ramadan(actor=as_admin(world), instansi_id=world.gov.pk,
                                  first_day=tomorrow, last_day=tomorrow + datetime.timedelta(days=20))
    assert callbacks == []
