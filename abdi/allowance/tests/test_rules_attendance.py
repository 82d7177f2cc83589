"""Pure tests of one attendance day and a month of days (rules/attendance.py), §3 and §5."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from abdi.allowance.rules.attendance import (
    AttendancePolicy,
    DayKind,
    DayStatus,
    Leave,
    LeaveKind,
    MissingPunchRule,
    OfficialDuty,
    day_status,
    longest_absence_run,
    overlapping_periods,
    summarise_month,
)
from abdi.allowance.rules.workhours import (
    WorkHoursConfig,
    WorkScheme,
    expected_hours,
    ramadan_override,
    working_days_of_month,
)

TUESDAY = date(2025, 6, 10)
FRIDAY = date(2025, 6, 13)
SATURDAY = date(2025, 6, 14)
FIVE = WorkScheme.FIVE_DAY
NO_MINUTES = AttendancePolicy(missing_punch=MissingPunchRule.NO_MINUTES)


def status(day, *punches, scheme=FIVE, holidays=frozenset(), **kwargs):
    return day_status(day, expected_hours(day, scheme, holidays), punches, **kwargs)


def at(day, hour, minute, second=0):
    return datetime(day.year, day.month, day.day, hour, minute, second)


# --- lateness and early leave ------------------------------------------------------------


def test_example_h1_late_fifteen_minutes():
    # §5 H1: check-in 07:45:30 on a Tuesday -> floor(15.5) = 15 minutes late.
    result = status(TUESDAY, time(7, 45, 30), time(16, 0))
    assert result.kind is DayKind.LATE
    assert (result.minutes_late, result.minutes_early) == (15, 0)
    assert result.first_punch == at(TUESDAY, 7, 45, 30)
    assert result.last_punch == at(TUESDAY, 16, 0)


def test_example_h2_friday_early_leave_eighty_minutes():
    # §5 H2: check-out 15:10:00 on a Friday (end 16:30) -> 80 minutes early.
    result = status(FRIDAY, time(7, 20), time(15, 10))
    assert result.kind is DayKind.EARLY_LEAVE
    assert (result.minutes_late, result.minutes_early) == (0, 80)


@pytest.mark.parametrize(("clock_in", "minutes", "kind"), [
    pytest.param(time(7, 0), 0, DayKind.PRESENT, id="early-arrival"),
    pytest.param(time(7, 30), 0, DayKind.PRESENT, id="exactly-at-start"),
    pytest.param(time(7, 30, 59), 0, DayKind.PRESENT, id="07:30:59-not-late"),
    pytest.param(time(7, 31), 1, DayKind.LATE, id="07:31:00-one-minute"),
    pytest.param(time(8, 0), 30, DayKind.LATE, id="thirty"),
    pytest.param(time(8, 0, 59), 30, DayKind.LATE, id="thirty-floored"),
    pytest.param(time(8, 1), 31, DayKind.LATE, id="thirty-one"),
    pytest.param(time(9, 1), 91, DayKind.LATE, id="ninety-one"),
])
def test_late_minutes_are_whole_floored_minutes(clock_in, minutes, kind):
    result = status(TUESDAY, clock_in, time(16, 0))
    assert (result.kind, result.minutes_late) == (kind, minutes)


@pytest.mark.parametrize(("clock_out", "minutes", "kind"), [
    pytest.param(time(18, 0), 0, DayKind.PRESENT, id="overtime"),
    pytest.param(time(16, 0), 0, DayKind.PRESENT, id="exactly-at-end"),
    pytest.param(time(15, 59, 1), 0, DayKind.PRESENT, id="15:59:01-not-early"),
    pytest.param(time(15, 59), 1, DayKind.EARLY_LEAVE, id="15:59:00-one-minute"),
    pytest.param(time(15, 30), 30, DayKind.EARLY_LEAVE, id="thirty"),
    pytest.param(time(12, 0), 240, DayKind.EARLY_LEAVE, id="after-the-split"),
])
def test_early_minutes_are_whole_floored_minutes(clock_out, minutes, kind):
    result = status(TUESDAY, time(7, 30), clock_out)
    assert (result.kind, result.minutes_early) == (kind, minutes)


def test_late_and_early_on_the_same_day():
    result = status(TUESDAY, time(8, 10), time(15, 0))
    assert result.kind is DayKind.LATE_AND_EARLY_LEAVE
    assert (result.minutes_late, result.minutes_early) == (40, 60)
    assert result.is_present


def test_ramadan_hours_move_the_start():
    config = WorkHoursConfig(overrides=(ramadan_override(date(2025, 3, 1), date(2025, 3, 30)),))
    day = date(2025, 3, 4)
    expected = expected_hours(day, FIVE, config=config)
    on_time = day_status(day, expected, [time(8, 0, 30), time(15, 0)])
    late = day_status(day, expected, [time(8, 1), time(15, 0)])
    assert (on_time.kind, on_time.minutes_late) == (DayKind.PRESENT, 0)
    assert (late.kind, late.minutes_late) == (DayKind.LATE, 1)


def test_six_day_saturday_full_attendance():
    result = status(SATURDAY, time(7, 25), time(14, 30), scheme=WorkScheme.SIX_DAY)
    assert result.kind is DayKind.PRESENT
    assert (result.minutes_late, result.minutes_early) == (0, 0)


# --- punches: duplicated, unordered, single, foreign --------------------------------------


def test_duplicated_and_unordered_punches():
    punches = [time(16, 5), time(7, 40), time(7, 40), time(12, 30), time(7, 35), time(16, 5)]
    result = status(TUESDAY, *punches)
    assert result.first_punch == at(TUESDAY, 7, 35)
    assert result.last_punch == at(TUESDAY, 16, 5)
    assert (result.kind, result.minutes_late, result.minutes_early) == (DayKind.LATE, 5, 0)


def test_datetimes_and_times_mix_and_duplicates_collapse():
    result = status(TUESDAY, at(TUESDAY, 16, 0), time(7, 30), at(TUESDAY, 7, 30))
    assert (result.first_punch, result.last_punch) == (at(TUESDAY, 7, 30), at(TUESDAY, 16, 0))
    assert result.kind is DayKind.PRESENT


def test_morning_double_tap_is_not_an_early_leave_at_07_30():
    # Two morning punches are both clock-ins: the clock-out is missing, not made 07:30:02.
    result = status(TUESDAY, time(7, 29, 58), time(7, 30, 2))
    assert result.first_punch == at(TUESDAY, 7, 29, 58)
    assert result.last_punch is None
    assert result.missing_out is True
    assert result.minutes_early == 510  # FULL_SPAN: 07:30-16:00


def test_single_morning_punch_full_span_rule():
    result = status(TUESDAY, time(7, 20))
    assert result.kind is DayKind.EARLY_LEAVE
    assert (result.missing_in, result.missing_out) == (False, True)
    assert (result.minutes_late, result.minutes_early) == (0, 510)
    assert (result.first_punch, result.last_punch) == (at(TUESDAY, 7, 20), None)


def test_single_afternoon_punch_full_span_rule_on_friday():
    result = status(FRIDAY, time(16, 40))
    assert result.kind is DayKind.LATE
    assert (result.missing_in, result.missing_out) == (True, False)
    assert (result.minutes_late, result.minutes_early) == (540, 0)  # 07:30-16:30
    assert (result.first_punch, result.last_punch) == (None, at(FRIDAY, 16, 40))


def test_single_punch_no_minutes_rule_leaves_only_the_flag():
    morning = status(TUESDAY, time(7, 20), policy=NO_MINUTES)
    assert (morning.kind, morning.minutes_late, morning.minutes_early) == (DayKind.PRESENT, 0, 0)
    assert morning.missing_out is True
    late_morning = status(TUESDAY, time(8, 0), policy=NO_MINUTES)
    assert (late_morning.kind, late_morning.minutes_late, late_morning.minutes_early) == (DayKind.LATE, 30, 0)
    afternoon = status(TUESDAY, time(15, 0), policy=NO_MINUTES)
    assert (afternoon.kind, afternoon.minutes_early, afternoon.missing_in) == (DayKind.EARLY_LEAVE, 60, True)


def test_the_default_split_is_halfway_through_the_day():
    # Tuesday 07:30-16:00: halfway is 11:45; a punch at the split counts as a clock-out.
    before = status(TUESDAY, time(11, 44, 59))
    at_split = status(TUESDAY, time(11, 45))
    assert (before.first_punch, before.last_punch) == (at(TUESDAY, 11, 44, 59), None)
    assert (at_split.first_punch, at_split.last_punch) == (None, at(TUESDAY, 11, 45))


def test_a_configured_split_time():
    policy = AttendancePolicy(split=time(12, 0))
    result = status(TUESDAY, time(11, 50), time(16, 0), policy=policy)
    assert result.first_punch == at(TUESDAY, 11, 50)
    assert (result.kind, result.minutes_late) == (DayKind.LATE, 260)


def test_punches_of_other_days_are_ignored():
    result = status(TUESDAY, at(TUESDAY - timedelta(days=1), 7, 30), at(TUESDAY + timedelta(days=1), 16, 0))
    assert result.kind is DayKind.ABSENT
    assert (result.first_punch, result.last_punch) == (None, None)


def test_time_zone_aware_punches_are_refused():
    aware = datetime(2025, 6, 10, 0, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="time zone"):
        status(TUESDAY, aware)


def test_no_punch_is_absent_without_reason():
    result = status(TUESDAY)
    assert result.kind is DayKind.ABSENT
    assert (result.minutes_late, result.minutes_early) == (0, 0)
    assert (result.missing_in, result.missing_out) == (False, False)
    assert not result.is_present


# --- non-working days, leave, duty ---------------------------------------------------------


def test_punch_on_a_non_working_day():
    single = status(SATURDAY, time(9, 0))
    assert single.kind is DayKind.NON_WORKING_DAY
    assert (single.first_punch, single.last_punch) == (at(SATURDAY, 9, 0), None)
    assert (single.minutes_late, single.minutes_early) == (0, 0)
    double = status(SATURDAY, time(13, 0), time(9, 0))
    assert (double.first_punch, double.last_punch) == (at(SATURDAY, 9, 0), at(SATURDAY, 13, 0))


def test_holiday_without_punches_is_a_non_working_day():
    christmas = date(2025, 12, 25)
    result = status(christmas, holidays={christmas})
    assert result.kind is DayKind.NON_WORKING_DAY
    assert not result.is_present


def test_approved_leave_covers_the_day_whatever_the_punches():
    leave = Leave(LeaveKind.SAKIT, date(2025, 6, 9), TUESDAY)
    result = status(TUESDAY, time(9, 0), leaves=[leave])
    assert result.kind is DayKind.ON_LEAVE
    assert result.leave_kind is LeaveKind.SAKIT
    assert result.minutes_late == 0
    assert result.first_punch == at(TUESDAY, 9, 0)


@pytest.mark.parametrize(("day", "covered"), [
    pytest.param(date(2025, 6, 9), True, id="first-day"),
    pytest.param(date(2025, 6, 11), True, id="last-day"),
    pytest.param(date(2025, 6, 12), False, id="day-after"),
    pytest.param(date(2025, 6, 6), False, id="day-before"),
])
def test_leave_covers_its_first_and_last_day(day, covered):
    leave = Leave(LeaveKind.TAHUNAN, date(2025, 6, 9), date(2025, 6, 11))
    result = status(day, leaves=[leave])
    assert (result.kind is DayKind.ON_LEAVE) is covered
    assert (result.kind is DayKind.ABSENT) is not covered


def test_leave_over_a_weekend_leaves_the_weekend_a_non_working_day():
    leave = Leave(LeaveKind.BESAR, date(2025, 6, 9), date(2025, 6, 20))
    assert status(SATURDAY, leaves=[leave]).kind is DayKind.NON_WORKING_DAY
    assert status(FRIDAY, leaves=[leave]).kind is DayKind.ON_LEAVE


def test_official_duty():
    result = status(TUESDAY, duties=[OfficialDuty(TUESDAY, TUESDAY)])
    assert result.kind is DayKind.ON_DUTY
    assert result.leave_kind is None


def test_leave_and_duty_on_the_same_day_is_a_data_error():
    with pytest.raises(ValueError, match="cover"):
        status(TUESDAY, leaves=[Leave(LeaveKind.TAHUNAN, TUESDAY, TUESDAY)],
               duties=[OfficialDuty(TUESDAY, FRIDAY)])


def test_expected_hours_of_another_day_are_refused():
    with pytest.raises(ValueError, match="expected hours"):
        day_status(TUESDAY, expected_hours(FRIDAY, FIVE), [time(7, 30)])


def test_leave_must_run_forward():
    with pytest.raises(ValueError, match="before it starts"):
        Leave(LeaveKind.TAHUNAN, FRIDAY, TUESDAY)


# --- overlapping leave periods -------------------------------------------------------------


D = date(2025, 6, 1)


def span(first, last):
    return (D + timedelta(days=first - 1), D + timedelta(days=last - 1))


@pytest.mark.parametrize(("periods", "expected"), [
    pytest.param([], (), id="none"),
    pytest.param([span(1, 3)], (), id="one"),
    pytest.param([span(1, 3), span(4, 5)], (), id="adjacent"),
    pytest.param([span(1, 3), span(3, 5)], ((0, 1),), id="shared-last-day"),
    pytest.param([span(4, 5), span(1, 4)], ((0, 1),), id="unordered"),
    pytest.param([span(1, 10), span(3, 4), span(12, 12)], ((0, 1),), id="contained"),
    pytest.param([span(2, 2), span(2, 2)], ((0, 1),), id="identical-single-day"),
    pytest.param([span(1, 5), span(2, 3), span(4, 8)], ((0, 1), (0, 2)), id="chain"),
])
def test_overlapping_periods(periods, expected):
    assert overlapping_periods(periods) == expected


def test_overlapping_periods_refuses_a_backwards_range():
    with pytest.raises(ValueError, match="before it starts"):
        overlapping_periods([span(1, 3), span(5, 4)])


# --- a month in counts -----------------------------------------------------------------------


def june_2025():
    """June 2025 (five-day, 21 working days) with one of each kind of day."""
    june = [date(2025, 6, n) for n in range(1, 31)]
    punches = {
        date(2025, 6, 2): [time(7, 45, 30), time(16, 0)],  # 15 late
        date(2025, 6, 3): [time(7, 20), time(15, 30)],  # 30 early
        date(2025, 6, 4): [time(8, 0), time(15, 0)],  # 30 late, 60 early
        date(2025, 6, 5): [time(7, 20)],  # clock-out missing, 510 early
        date(2025, 6, 6): [],  # TK
        date(2025, 6, 9): [],  # TK
        date(2025, 6, 14): [time(9, 0)],  # Saturday
    }
    leaves = [Leave(LeaveKind.SAKIT, date(2025, 6, 10), date(2025, 6, 11)),
              Leave(LeaveKind.TAHUNAN, date(2025, 6, 12), date(2025, 6, 12))]
    duties = [OfficialDuty(date(2025, 6, 13), date(2025, 6, 16))]
    regular = [time(7, 30), time(16, 30)]
    return [day_status(day, expected_hours(day, FIVE), punches.get(day, regular),
                       leaves=leaves, duties=duties) for day in june]


def test_summarise_month():
    summary = summarise_month(2025, 6, june_2025())
    assert summary.working_days == len(working_days_of_month(2025, 6, FIVE)) == 21
    assert summary.non_working_days == 9
    assert summary.absent_days == 2
    assert summary.leave_days == 3
    assert summary.leave_days_of(LeaveKind.SAKIT) == 2
    assert summary.leave_days_of("tahunan") == 1
    assert summary.leave_days_of(LeaveKind.BESAR) == 0
    assert summary.duty_days == 2  # Friday 13 and Monday 16; the weekend stays non-working
    assert summary.present_days == 21 - 2 - 3 - 2
    assert (summary.late_days, summary.early_leave_days) == (2, 3)
    assert (summary.minutes_late, summary.minutes_early) == (15 + 30, 30 + 60 + 510)
    assert (summary.missing_in_days, summary.missing_out_days) == (0, 1)


def test_summarise_an_empty_month():
    summary = summarise_month(2025, 6, [])
    assert (summary.working_days, summary.absent_days, summary.leave_days_by_kind) == (0, 0, ())


def test_summarise_refuses_a_day_of_another_month_or_twice():
    with pytest.raises(ValueError, match="not in 2025-07"):
        summarise_month(2025, 7, june_2025())
    twice = [DayStatus(TUESDAY, DayKind.PRESENT), DayStatus(TUESDAY, DayKind.ABSENT)]
    with pytest.raises(ValueError, match="2 statuses"):
        summarise_month(2025, 6, twice)


def _days(kinds, start=date(2025, 6, 2)):
    return [DayStatus(start + timedelta(days=n), kind) for n, kind in enumerate(kinds)]


A, W, P, L = DayKind.ABSENT, DayKind.NON_WORKING_DAY, DayKind.PRESENT, DayKind.ON_LEAVE


@pytest.mark.parametrize(("kinds", "longest"), [
    pytest.param([], 0, id="nothing"),
    pytest.param([P, P, P], 0, id="never-absent"),
    pytest.param([A, A, P, A], 2, id="broken-by-presence"),
    pytest.param([A, A, L, A], 2, id="broken-by-leave"),
    pytest.param([P, P, P, P, A, W, W, A], 2, id="weekend-does-not-break"),
    pytest.param([A, A, A, A, A, W, W, A, A, A, A, A], 10, id="ten-over-a-weekend"),
])
def test_longest_absence_run(kinds, longest):
    assert longest_absence_run(_days(kinds)) == longest


def test_a_missing_date_breaks_the_run_and_order_does_not_matter():
    days = _days([A, A, A])
    assert longest_absence_run(reversed(days)) == 3
    assert longest_absence_run([days[0], days[2]]) == 1
