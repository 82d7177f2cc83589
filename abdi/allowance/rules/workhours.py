"""Working days and working hours under Perpres 21/2023 (allowance-and-discipline.md §5).

Times are local wall-clock times of the office (WIB/WITA/WIT); converting from UTC is the caller's job.
Holidays are an input: one set holding the libur nasional, the cuti bersama and any local holiday.
"""

import calendar
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import IntEnum, StrEnum
from types import MappingProxyType


class Weekday(IntEnum):
    """Numbered as ``date.weekday()`` numbers them."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


class WorkScheme(StrEnum):
    # Perpres 21/2023 Pasal 3: five working days, Monday to Friday.
    FIVE_DAY = "five_day"
    # Perpres 21/2023 Pasal 13: units giving operational support or direct public service may keep six days.
    SIX_DAY = "six_day"


def _minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


@dataclass(frozen=True)
class DaySchedule:
    """The hours of one kind of working day; the break lies somewhere inside start..end."""

    start: time
    end: time
    break_minutes: int = 0

    def __post_init__(self) -> None:
        if self.break_minutes < 0 or self.net_minutes <= 0:
            raise ValueError(f"{self.start}-{self.end} with a {self.break_minutes}-minute break "
                             "leaves no working time.")

    @property
    def span_minutes(self) -> int:
        return _minutes(self.start, self.end)

    @property
    def net_minutes(self) -> int:
        """Working minutes, the break excluded (Perpres 21/2023 Pasal 4: jam kerja excludes breaks)."""
        return self.span_minutes - self.break_minutes


@dataclass(frozen=True)
class WeekSchedule:
    """The hours of each weekday, Monday first; ``None`` is a day off."""

    days: tuple[DaySchedule | None, ...]

    def __post_init__(self) -> None:
        if len(self.days) != len(Weekday):
            raise ValueError("A week schedule has seven days, Monday first.")

    @classmethod
    def of(cls, days: Mapping[Weekday, DaySchedule]) -> "WeekSchedule":
        return cls(tuple(days.get(weekday) for weekday in Weekday))

    def on(self, weekday: int) -> DaySchedule | None:
        return self.days[weekday]

    @property
    def weekly_minutes(self) -> int:
        return sum(day.net_minutes for day in self.days if day is not None)


def _same(schedule: DaySchedule, *weekdays: Weekday) -> dict[Weekday, DaySchedule]:
    return dict.fromkeys(weekdays, schedule)


MON_THU = (Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY)

# Perpres 21/2023 Pasal 4: 37 h 30 min a week, breaks excluded; 32 h 30 min in Ramadan.
WEEKLY_MINUTES = 37 * 60 + 30
RAMADAN_WEEKLY_MINUTES = 32 * 60 + 30

# Perpres 21/2023 Pasal 4 ayat (3) and setneg.go.id: start 07.30, break 60 min Mon-Thu and 90 min Friday.
FIVE_DAY_WEEK = WeekSchedule.of({
    **_same(DaySchedule(time(7, 30), time(16, 0), 60), *MON_THU),
    Weekday.FRIDAY: DaySchedule(time(7, 30), time(16, 30), 90),
})

# Public "pola SENIN_SABTU" implementation (SECONDARY): 390/270/420 net minutes Mon-Thu/Fri/Sat = 37.5 h.
# Only the net minutes are known; the 07.30 start without a break is an assumption (UNCONFIRMED).
SIX_DAY_WEEK = WeekSchedule.of({
    **_same(DaySchedule(time(7, 30), time(14, 0)), *MON_THU),
    Weekday.FRIDAY: DaySchedule(time(7, 30), time(12, 0)),
    Weekday.SATURDAY: DaySchedule(time(7, 30), time(14, 30)),
})

# Perpres 21/2023 Pasal 4 (Ramadan): start 08.00, Friday break 60 min; the 30-minute Mon-Thu break is
# assumed by the document (UNCONFIRMED), a per-government setting.
RAMADAN_FIVE_DAY_WEEK = WeekSchedule.of({
    **_same(DaySchedule(time(8, 0), time(15, 0), 30), *MON_THU),
    Weekday.FRIDAY: DaySchedule(time(8, 0), time(15, 30), 60),
})


@dataclass(frozen=True)
class ScheduleOverride:
    """Other hours for a date range (first and last day included), e.g. Ramadan.

    A scheme missing from ``schedules`` keeps its usual hours during the range: the document gives no
    Ramadan hours for the six-day scheme, so a government using it must configure them.
    """

    first_day: date
    last_day: date
    schedules: Mapping[WorkScheme, WeekSchedule]

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError(f"The override ends ({self.last_day}) before it starts ({self.first_day}).")
        object.__setattr__(self, "schedules", MappingProxyType(dict(self.schedules)))

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def ramadan_override(first_day: date, last_day: date, *,
                     five_day: WeekSchedule = RAMADAN_FIVE_DAY_WEEK,
                     six_day: WeekSchedule | None = None) -> ScheduleOverride:
    """Ramadan hours for the dates the government announces for the year."""
    schedules = {WorkScheme.FIVE_DAY: five_day}
    if six_day is not None:
        schedules[WorkScheme.SIX_DAY] = six_day
    return ScheduleOverride(first_day, last_day, schedules)


@dataclass(frozen=True)
class WorkHoursConfig:
    """One government's working hours: the week of each scheme and dated overrides (first match wins).

    Perpres 21/2023 (news quoting it): the PPK (Bupati/Wali Kota) fixes the daily hours and breaks.
    """

    schedules: Mapping[WorkScheme, WeekSchedule] = field(default_factory=lambda: {
        WorkScheme.FIVE_DAY: FIVE_DAY_WEEK, WorkScheme.SIX_DAY: SIX_DAY_WEEK})
    overrides: tuple[ScheduleOverride, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "schedules", MappingProxyType(dict(self.schedules)))
        object.__setattr__(self, "overrides", tuple(self.overrides))


NATIONAL_DEFAULT = WorkHoursConfig()


def week_schedule(day: date, scheme: WorkScheme | str,
                  config: WorkHoursConfig = NATIONAL_DEFAULT) -> WeekSchedule:
    """The week in force on ``day`` for ``scheme``: an override covering the day, else the usual week."""
    scheme = WorkScheme(scheme)
    for override in config.overrides:
        if override.covers(day) and scheme in override.schedules:
            return override.schedules[scheme]
    return config.schedules[scheme]


@dataclass(frozen=True)
class ExpectedHours:
    """When an employee is expected at work on one working day."""

    day: date
    start: datetime
    end: datetime
    break_minutes: int

    @property
    def span_minutes(self) -> int:
        return int((self.end - self.start).total_seconds()) // 60

    @property
    def net_minutes(self) -> int:
        return self.span_minutes - self.break_minutes


def expected_hours(day: date, scheme: WorkScheme | str, holidays: Collection[date] = frozenset(),
                   config: WorkHoursConfig = NATIONAL_DEFAULT) -> ExpectedHours | None:
    """The expected start and end of ``day``, or ``None`` when it is not a working day."""
    if day in holidays:
        return None
    hours = week_schedule(day, scheme, config).on(day.weekday())
    if hours is None:
        return None
    return ExpectedHours(day, datetime.combine(day, hours.start), datetime.combine(day, hours.end),
                         hours.break_minutes)


def is_working_day(day: date, scheme: WorkScheme | str, holidays: Collection[date] = frozenset(),
                   config: WorkHoursConfig = NATIONAL_DEFAULT) -> bool:
    return expected_hours(day, scheme, holidays, config) is not None


def _days_of_month(year: int, month: int) -> tuple[date, ...]:
    first = date(year, month, 1)
    return tuple(first + timedelta(days=n) for n in range(calendar.monthrange(year, month)[1]))


def working_days_of_month(year: int, month: int, scheme: WorkScheme | str,
                          holidays: Collection[date] = frozenset(),
                          config: WorkHoursConfig = NATIONAL_DEFAULT) -> tuple[date, ...]:
    return tuple(day for day in _days_of_month(year, month)
                 if is_working_day(day, scheme, holidays, config))


def target_minutes_of_month(year: int, month: int, scheme: WorkScheme | str,
                            holidays: Collection[date] = frozenset(),
                            config: WorkHoursConfig = NATIONAL_DEFAULT) -> int:
    """Net working minutes expected in a month, summed day by day (§5: never working days times 7.5 h)."""
    expected = (expected_hours(day, scheme, holidays, config) for day in _days_of_month(year, month))
    return sum(hours.net_minutes for hours in expected if hours is not None)
