"""Pure rules about a government's calendar and periods (no Django)."""

from datetime import date, timedelta
from enum import StrEnum


class AppraisalPeriodPolicy(StrEnum):
    # PermenPANRB 6/2022: periodic evaluation monthly or quarterly, set by the instansi.
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMESTER = "semester"
    ANNUAL = "annual"


PERIOD_MONTHS = {
    AppraisalPeriodPolicy.MONTHLY: 1,
    AppraisalPeriodPolicy.QUARTERLY: 3,
    AppraisalPeriodPolicy.SEMESTER: 6,
    AppraisalPeriodPolicy.ANNUAL: 12,
}

# Indonesian legal time zones (Keppres 41/1987): WIB, WITA, WIT.
TIME_ZONES = {
    "Asia/Jakarta": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


def periods_of_year(year: int, policy: AppraisalPeriodPolicy) -> list[tuple[date, date]]:
    """The appraisal periods of a year as (first day, last day) pairs."""
    months = PERIOD_MONTHS[AppraisalPeriodPolicy(policy)]
    periods = []
    for start_month in range(1, 13, months):
        start = date(year, start_month, 1)
        end_month = start_month + months
        end = date(year + (end_month > 12), (end_month - 1) % 12 + 1, 1) - timedelta(days=1)
        periods.append((start, end))
    return periods


def is_working_day(day: date, work_weekdays: frozenset[int], holidays: frozenset[date]) -> bool:
    """Monday is 0. A holiday (libur nasional, cuti bersama, local) is never a working day."""
    return day.weekday() in work_weekdays and day not in holidays


def working_days_between(
    start: date, end: date, work_weekdays: frozenset[int], holidays: frozenset[date]
) -> int:
    days = 0
    day = start
    while day <= end:
        days += is_working_day(day, work_weekdays, holidays)
        day += timedelta(days=1)
    return days
