"""Pure tests of working days and hours (rules/workhours.py) against allowance-and-discipline.md §5."""

from datetime import date, datetime, time

import pytest

from abdi.allowance.rules.workhours import (
    FIVE_DAY_WEEK,
    NATIONAL_DEFAULT,
    RAMADAN_FIVE_DAY_WEEK,
    RAMADAN_WEEKLY_MINUTES,
    SIX_DAY_WEEK,
    WEEKLY_MINUTES,
    DaySchedule,
    ScheduleOverride,
    Weekday,
    WeekSchedule,
    WorkHoursConfig,
    WorkScheme,
    expected_hours,
    is_working_day,
    ramadan_override,
    target_minutes_of_month,
    week_schedule,
    working_days_of_month,
)

TUESDAY = date(2025, 6, 10)
FRIDAY = date(2025, 6, 13)
SATURDAY = date(2025, 6, 14)
SUNDAY = date(2025, 6, 15)
CHRISTMAS = date(2025, 12, 25)  # a Thursday
CUTI_BERSAMA = date(2025, 12, 26)  # a Friday
HOLIDAYS = frozenset({CHRISTMAS, CUTI_BERSAMA})
# 1 Ramadan 1446 H fell on 1 March 2025; Idul Fitri on 31 March.
RAMADAN_2025 = ramadan_override(date(2025, 3, 1), date(2025, 3, 30))


def test_weekday_numbers_match_date_weekday():
    assert Weekday(TUESDAY.weekday()) is Weekday.TUESDAY
    assert Weekday(SUNDAY.weekday()) is Weekday.SUNDAY


def test_weekly_hours_are_those_of_perpres_21_2023():
    assert WEEKLY_MINUTES == 2250  # 37 h 30 min
    assert RAMADAN_WEEKLY_MINUTES == 1950  # 32 h 30 min
    assert FIVE_DAY_WEEK.weekly_minutes == WEEKLY_MINUTES
    assert SIX_DAY_WEEK.weekly_minutes == WEEKLY_MINUTES
    assert RAMADAN_FIVE_DAY_WEEK.weekly_minutes == RAMADAN_WEEKLY_MINUTES


# §5 derived standard schedule: (week, weekday) -> start, break, end, net minutes.
@pytest.mark.parametrize(("week", "weekday", "start", "break_minutes", "end", "net"), [
    *[pytest.param(FIVE_DAY_WEEK, wd, time(7, 30), 60, time(16, 0), 450, id=f"five-{wd.name}")
      for wd in (Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY)],
    pytest.param(FIVE_DAY_WEEK, Weekday.FRIDAY, time(7, 30), 90, time(16, 30), 450, id="five-FRIDAY"),
    *[pytest.param(RAMADAN_FIVE_DAY_WEEK, wd, time(8, 0), 30, time(15, 0), 390, id=f"ramadan-{wd.name}")
      for wd in (Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY)],
    pytest.param(RAMADAN_FIVE_DAY_WEEK, Weekday.FRIDAY, time(8, 0), 60, time(15, 30), 390,
                 id="ramadan-FRIDAY"),
])
def test_standard_schedule_rows(week, weekday, start, break_minutes, end, net):
    day = week.on(weekday)
    assert (day.start, day.break_minutes, day.end, day.net_minutes) == (start, break_minutes, end, net)


@pytest.mark.parametrize(("weekday", "net"), [
    (Weekday.MONDAY, 390), (Weekday.TUESDAY, 390), (Weekday.WEDNESDAY, 390), (Weekday.THURSDAY, 390),
    (Weekday.FRIDAY, 270), (Weekday.SATURDAY, 420),
])
def test_six_day_scheme_net_minutes(weekday, net):
    assert SIX_DAY_WEEK.on(weekday).net_minutes == net


@pytest.mark.parametrize("week", [FIVE_DAY_WEEK, SIX_DAY_WEEK, RAMADAN_FIVE_DAY_WEEK])
def test_sunday_is_off_in_every_default_week(week):
    assert week.on(Weekday.SUNDAY) is None


def test_saturday_is_off_only_in_the_five_day_week():
    assert FIVE_DAY_WEEK.on(Weekday.SATURDAY) is None
    assert RAMADAN_FIVE_DAY_WEEK.on(Weekday.SATURDAY) is None
    assert SIX_DAY_WEEK.on(Weekday.SATURDAY) is not None


@pytest.mark.parametrize(("day", "scheme", "holidays", "expected"), [
    pytest.param(TUESDAY, WorkScheme.FIVE_DAY, frozenset(), True, id="tuesday-five"),
    pytest.param(FRIDAY, WorkScheme.FIVE_DAY, frozenset(), True, id="friday-five"),
    pytest.param(SATURDAY, WorkScheme.FIVE_DAY, frozenset(), False, id="saturday-five"),
    pytest.param(SATURDAY, WorkScheme.SIX_DAY, frozenset(), True, id="saturday-six"),
    pytest.param(SUNDAY, WorkScheme.FIVE_DAY, frozenset(), False, id="sunday-five"),
    pytest.param(SUNDAY, WorkScheme.SIX_DAY, frozenset(), False, id="sunday-six"),
    pytest.param(CHRISTMAS, WorkScheme.FIVE_DAY, HOLIDAYS, False, id="holiday"),
    pytest.param(CUTI_BERSAMA, WorkScheme.SIX_DAY, HOLIDAYS, False, id="cuti-bersama"),
    pytest.param(CHRISTMAS, WorkScheme.FIVE_DAY, frozenset(), True, id="holiday-not-given"),
    pytest.param(TUESDAY, "six_day", HOLIDAYS, True, id="scheme-as-string"),
])
def test_is_working_day(day, scheme, holidays, expected):
    assert is_working_day(day, scheme, holidays) is expected


def test_expected_hours_of_a_tuesday():
    hours = expected_hours(TUESDAY, WorkScheme.FIVE_DAY)
    assert hours.day == TUESDAY
    assert hours.start == datetime(2025, 6, 10, 7, 30)
    assert hours.end == datetime(2025, 6, 10, 16, 0)
    assert (hours.span_minutes, hours.break_minutes, hours.net_minutes) == (510, 60, 450)


def test_expected_hours_of_a_friday_and_a_six_day_saturday():
    friday = expected_hours(FRIDAY, WorkScheme.FIVE_DAY)
    assert (friday.end, friday.net_minutes) == (datetime(2025, 6, 13, 16, 30), 450)
    saturday = expected_hours(SATURDAY, WorkScheme.SIX_DAY)
    assert (saturday.start, saturday.end, saturday.net_minutes) == (
        datetime(2025, 6, 14, 7, 30), datetime(2025, 6, 14, 14, 30), 420)


def test_no_expected_hours_on_a_day_off_or_a_holiday():
    assert expected_hours(SUNDAY, WorkScheme.FIVE_DAY) is None
    assert expected_hours(CHRISTMAS, WorkScheme.FIVE_DAY, HOLIDAYS) is None


@pytest.mark.parametrize(("day", "start", "end"), [
    pytest.param(date(2025, 2, 28), time(7, 30), time(16, 30), id="friday-before-ramadan"),
    pytest.param(date(2025, 3, 3), time(8, 0), time(15, 0), id="first-monday-of-ramadan"),
    pytest.param(date(2025, 3, 28), time(8, 0), time(15, 30), id="last-friday-of-ramadan"),
    pytest.param(date(2025, 4, 8), time(7, 30), time(16, 0), id="tuesday-after-lebaran"),
])
def test_ramadan_override_applies_only_inside_its_range(day, start, end):
    config = WorkHoursConfig(overrides=(RAMADAN_2025,))
    hours = expected_hours(day, WorkScheme.FIVE_DAY, config=config)
    assert (hours.start.time(), hours.end.time()) == (start, end)


def test_override_first_and_last_days_are_included():
    config = WorkHoursConfig(overrides=(ramadan_override(date(2025, 3, 3), date(2025, 3, 5)),))
    assert expected_hours(date(2025, 3, 3), WorkScheme.FIVE_DAY, config=config).start.time() == time(8, 0)
    assert expected_hours(date(2025, 3, 5), WorkScheme.FIVE_DAY, config=config).start.time() == time(8, 0)
    assert expected_hours(date(2025, 3, 6), WorkScheme.FIVE_DAY, config=config).start.time() == time(7, 30)


def test_six_day_scheme_keeps_its_hours_in_ramadan_unless_configured():
    saturday = date(2025, 3, 8)
    plain = WorkHoursConfig(overrides=(RAMADAN_2025,))
    assert week_schedule(saturday, WorkScheme.SIX_DAY, plain) == SIX_DAY_WEEK
    ramadan_six = WeekSchedule.of({Weekday.SATURDAY: DaySchedule(time(8, 0), time(13, 0))})
    configured = WorkHoursConfig(overrides=(
        ramadan_override(date(2025, 3, 1), date(2025, 3, 30), six_day=ramadan_six),))
    assert expected_hours(saturday, WorkScheme.SIX_DAY, config=configured).end == datetime(2025, 3, 8, 13, 0)
    assert is_working_day(date(2025, 3, 10), WorkScheme.SIX_DAY, config=configured) is False


def test_first_covering_override_wins():
    early = WeekSchedule.of({Weekday.MONDAY: DaySchedule(time(6, 0), time(12, 0))})
    first = ScheduleOverride(date(2025, 3, 1), date(2025, 3, 31), {WorkScheme.FIVE_DAY: early})
    config = WorkHoursConfig(overrides=(first, RAMADAN_2025))
    assert expected_hours(date(2025, 3, 3), WorkScheme.FIVE_DAY, config=config).start.time() == time(6, 0)


def test_a_government_sets_its_own_daily_hours():
    eight_oclock = WeekSchedule.of(dict.fromkeys(
        (Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY),
        DaySchedule(time(8, 0), time(16, 30), 60)))
    config = WorkHoursConfig(schedules={WorkScheme.FIVE_DAY: eight_oclock})
    assert expected_hours(FRIDAY, WorkScheme.FIVE_DAY, config=config).start == datetime(2025, 6, 13, 8, 0)
    assert expected_hours(FRIDAY, WorkScheme.FIVE_DAY).start == datetime(2025, 6, 13, 7, 30)


def test_configuration_is_read_only():
    with pytest.raises(TypeError):
        NATIONAL_DEFAULT.schedules[WorkScheme.FIVE_DAY] = SIX_DAY_WEEK
    with pytest.raises(TypeError):
        RAMADAN_2025.schedules[WorkScheme.SIX_DAY] = SIX_DAY_WEEK


def test_september_2025_five_day_working_days():
    days = working_days_of_month(2025, 9, WorkScheme.FIVE_DAY)
    assert len(days) == 22
    assert (days[0], days[-1]) == (date(2025, 9, 1), date(2025, 9, 30))
    assert all(day.weekday() < Weekday.SATURDAY for day in days)


def test_holidays_are_removed_from_the_month():
    maulid = date(2025, 9, 5)
    days = working_days_of_month(2025, 9, WorkScheme.FIVE_DAY, {maulid})
    assert len(days) == 21
    assert maulid not in days


def test_leap_february():
    assert len(working_days_of_month(2024, 2, WorkScheme.FIVE_DAY)) == 21
    assert working_days_of_month(2024, 2, WorkScheme.FIVE_DAY)[-1] == date(2024, 2, 29)


def test_example_h3_six_day_month_target():
    # §5 Example H3: 26 working days (18 Mon-Thu, 4 Fri, 4 Sat) -> 9,780 minutes = 163 h.
    days = working_days_of_month(2025, 9, WorkScheme.SIX_DAY)
    weekdays = [Weekday(day.weekday()) for day in days]
    assert len(days) == 26
    assert sum(wd <= Weekday.THURSDAY for wd in weekdays) == 18
    assert weekdays.count(Weekday.FRIDAY) == 4
    assert weekdays.count(Weekday.SATURDAY) == 4
    target = target_minutes_of_month(2025, 9, WorkScheme.SIX_DAY)
    assert target == 18 * 390 + 4 * 270 + 4 * 420 == 9780
    assert target / 60 == 163
    assert target != len(days) * 450  # never working days times 7.5 h


def test_five_day_month_target_and_holidays():
    assert target_minutes_of_month(2025, 9, WorkScheme.FIVE_DAY) == 22 * 450
    assert target_minutes_of_month(2025, 9, WorkScheme.FIVE_DAY, {date(2025, 9, 5)}) == 21 * 450


def test_ramadan_month_target_sums_each_day():
    # March 2025, five-day scheme, Ramadan 1-30 March, 31 March Idul Fitri: 20 Ramadan days of 390 minutes.
    config = WorkHoursConfig(overrides=(RAMADAN_2025,))
    target = target_minutes_of_month(2025, 3, WorkScheme.FIVE_DAY, {date(2025, 3, 31)}, config)
    assert len(working_days_of_month(2025, 3, WorkScheme.FIVE_DAY, {date(2025, 3, 31)}, config)) == 20
    assert target == 20 * 390


@pytest.mark.parametrize(("start", "end", "break_minutes"), [
    pytest.param(time(16, 0), time(7, 30), 0, id="backwards"),
    pytest.param(time(7, 30), time(7, 30), 0, id="empty"),
    pytest.param(time(7, 30), time(8, 30), 60, id="all-break"),
    pytest.param(time(7, 30), time(16, 0), -5, id="negative-break"),
])
def test_day_schedule_must_leave_working_time(start, end, break_minutes):
    with pytest.raises(ValueError, match="no working time"):
        DaySchedule(start, end, break_minutes)


def test_week_needs_seven_days_and_override_a_forward_range():
    with pytest.raises(ValueError, match="seven days"):
        WeekSchedule((None,) * 6)
    with pytest.raises(ValueError, match="before it starts"):
        ramadan_override(date(2025, 3, 30), date(2025, 3, 1))
