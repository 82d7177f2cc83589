"""A government's working hours as stored data and back (allowance-and-discipline.md §5).

A week is seven entries, Monday first: null for a day off, else {"start": "07:30", "end": "16:00",
"break": 60}. A stored calendar names the weeks it changes; a week it leaves out keeps the
national default of Perpres 21/2023 (workhours.FIVE_DAY_WEEK and friends).
"""

from collections.abc import Iterable, Mapping
from datetime import date, time

from .workhours import (
    FIVE_DAY_WEEK,
    RAMADAN_FIVE_DAY_WEEK,
    SIX_DAY_WEEK,
    DaySchedule,
    ScheduleOverride,
    WeekSchedule,
    WorkHoursConfig,
    WorkScheme,
)

# The four weeks a government may set, with the national default of each (None: the usual week
# of the scheme also in Ramadan; Perpres 21/2023 names Ramadan hours for the five-day week only).
WEEKS: dict[str, WeekSchedule | None] = {
    "five_day": FIVE_DAY_WEEK,
    "six_day": SIX_DAY_WEEK,
    "ramadan_five_day": RAMADAN_FIVE_DAY_WEEK,
    "ramadan_six_day": None,
}
MAX_BREAK_MINUTES = 180


def week_to_data(week: WeekSchedule) -> list[dict | None]:
    return [None if day is None else {"start": day.start.strftime("%H:%M"),
                                      "end": day.end.strftime("%H:%M"),
                                      "break": day.break_minutes} for day in week.days]


def _time(text) -> time:
    value = time.fromisoformat(str(text))
    return value.replace(second=0, microsecond=0)


def week_from_data(data) -> WeekSchedule:
    """The week stored as ``data``; ValueError names the first day that cannot be read."""
    if not isinstance(data, list | tuple) or len(data) != 7:
        raise ValueError("A week has seven days, Monday first.")
    days = []
    for index, entry in enumerate(data):
        if entry is None:
            days.append(None)
            continue
        try:
            start, end = _time(entry["start"]), _time(entry["end"])
            pause = int(entry.get("break", 0))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ValueError(f"day {index}: start, end and break cannot be read") from None
        if not 0 <= pause <= MAX_BREAK_MINUTES:
            raise ValueError(f"day {index}: a break of {pause} minutes")
        days.append(DaySchedule(start, end, pause))  # raises ValueError without working time
    return WeekSchedule(tuple(days))


def weeks_from_data(data: Mapping | None) -> dict[str, WeekSchedule | None]:
    """Every week of WEEKS: the stored one where given, else the national default."""
    stored = data or {}
    return {key: week_from_data(stored[key]) if stored.get(key) is not None else default
            for key, default in WEEKS.items()}


def config_from(weeks: Mapping[str, WeekSchedule | None],
                ramadan: Iterable[tuple[date, date]]) -> WorkHoursConfig:
    """The WorkHoursConfig of these weeks, with one override per Ramadan period."""
    ramadan_weeks = {WorkScheme.FIVE_DAY: weeks["ramadan_five_day"]}
    if weeks.get("ramadan_six_day") is not None:
        ramadan_weeks[WorkScheme.SIX_DAY] = weeks["ramadan_six_day"]
    overrides = tuple(ScheduleOverride(first, last, ramadan_weeks) for first, last in ramadan)
    return WorkHoursConfig({WorkScheme.FIVE_DAY: weeks["five_day"],
                            WorkScheme.SIX_DAY: weeks["six_day"]}, overrides)
