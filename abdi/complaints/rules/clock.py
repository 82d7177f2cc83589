"""Working-day deadlines and SLA flags (public-service.md §2.5, R-CMP-3 and R-CMP-4)."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from abdi.tenancy.rules import is_working_day, working_days_between

from .workflow import Status


class Stage(StrEnum):
    VERIFICATION = "verification"  # 3 HK from receipt (S-CMP-2, S-CMP-20)
    FIRST_REPLY = "first_reply"  # 5 HK from disposition (S-CMP-20)
    COMPLETION = "completion"  # by class, from disposition (S-CMP-16..18)
    REPORTER_WINDOW = "reporter_window"  # 10 HK from the answer (S-CMP-20; working days by default)


class Flag(StrEnum):
    OK = "ok"
    AMBER = "amber"
    RED = "red"
    LATE = "late"


# National defaults; each government may change them (ComplaintSettings).
VERIFICATION_DAYS = 3
FIRST_REPLY_DAYS = 5
REPORTER_WINDOW_DAYS = 10
AMBER_PERCENT = 75  # R-CMP-4, an implementation's choice (S-CMP-18)
RED_PERCENT = 90

# Which clock runs while a case sits in a status; DITUNDA waits for the citizen (no clock),
# DIBUKA_KEMBALI keeps the completion clock of the disposition (T-CMP-6: it never resets).
STAGE_OF_STATUS = {
    Status.DITERIMA: Stage.VERIFICATION,
    Status.BUKAN_WEWENANG: Stage.VERIFICATION,
    Status.TERDISPOSISI: Stage.FIRST_REPLY,
    Status.DITINDAKLANJUTI: Stage.COMPLETION,
    Status.DIBUKA_KEMBALI: Stage.COMPLETION,
    Status.DITANGGAPI: Stage.REPORTER_WINDOW,
}


def add_working_days(event: date, days: int, work_weekdays: frozenset[int],
                     holidays: frozenset[date]) -> date:
    """The day on which `days` hari kerja are used up, counting from the day after `event`.

    R-CMP-3: Saturdays, Sundays, national holidays and cuti bersama are skipped.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    if not work_weekdays:
        raise ValueError("a government needs at least one working weekday")
    day, counted = event, 0
    while counted < days:
        day += timedelta(days=1)
        counted += is_working_day(day, work_weekdays, holidays)
    return day


@dataclass(frozen=True)
class Clock:
    stage: Stage
    start: date
    due: date
    limit: int

    def used(self, today: date, work_weekdays, holidays) -> int:
        if today <= self.start:
            return 0
        return working_days_between(self.start + timedelta(days=1), today, work_weekdays, holidays)

    def flag(self, today: date, work_weekdays, holidays, *, amber=AMBER_PERCENT,
             red=RED_PERCENT) -> Flag:
        """R-CMP-4: amber from 75% of the limit, red from 90%, late after the deadline."""
        if today > self.due:
            return Flag.LATE
        percent = 100 * self.used(today, work_weekdays, holidays) / self.limit
        if percent >= red:
            return Flag.RED
        if percent >= amber:
            return Flag.AMBER
        return Flag.OK


def clock_for(stage: Stage, start: date, limit: int, work_weekdays, holidays) -> Clock:
    return Clock(stage, start, add_working_days(start, limit, work_weekdays, holidays), limit)
