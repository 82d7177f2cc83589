"""Pure rules of citizens' ratings of a person's service: the scale, the minimum count before
anything is shown, the summary of a set of scores and the calendar periods they are read in.

No regulation fixes these numbers; they follow the practice of the SKM (PermenPANRB 14/2017
counts answers on a 1-4 scale and publishes only aggregates) and are settings where a
government may differ.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

SCORES = (1, 2, 3, 4, 5)  # 1 = very poor … 5 = very good
MAX_COMMENT = 1000
# Fewer ratings say more about who gave them than about the service; the appraisal page uses
# the same number (abdi.performance MIN_CITIZEN_RATINGS).
DEFAULT_MIN_COUNT = 5
MIN_COUNT_RANGE = (1, 100)


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


MONTHS_OF = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}
NUMBERS_OF = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.YEAR: 1}


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    year: int
    number: int
    start: date
    end: date


def period(kind: PeriodKind | str, year: int, number: int = 1) -> Period:
    """The calendar month, quarter or year ``number`` (1-based) of ``year``."""
    kind = PeriodKind(kind)
    if not 1 <= number <= NUMBERS_OF[kind]:
        raise ValueError(f"{kind} {number} does not exist")
    months = MONTHS_OF[kind]
    first_month = (number - 1) * months + 1
    last_month = first_month + months - 1
    end = date(year + last_month // 12, last_month % 12 + 1, 1) - timedelta(days=1)
    return Period(kind, year, number, date(year, first_month, 1), end)


def period_holding(day: date, kind: PeriodKind | str) -> Period:
    kind = PeriodKind(kind)
    return period(kind, day.year, (day.month - 1) // MONTHS_OF[kind] + 1)


def valid_score(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in SCORES


@dataclass(frozen=True)
class Summary:
    count: int
    enough: bool
    average: float | None  # None below the minimum: nothing is shown then
    distribution: tuple[tuple[int, int], ...]  # (score, how many), empty below the minimum


def summarise(scores: Iterable[int], *, minimum: int = DEFAULT_MIN_COUNT) -> Summary:
    """Count, average (one decimal, half up) and distribution, withheld below ``minimum``."""
    scores = list(scores)
    return summary_from_counts({s: scores.count(s) for s in SCORES}, minimum=minimum)


def summary_from_counts(counts: dict[int, int], *, minimum: int = DEFAULT_MIN_COUNT) -> Summary:
    total = sum(counts.get(s, 0) for s in SCORES)
    if total < max(1, minimum):
        return Summary(total, False, None, ())
    points = sum(s * counts.get(s, 0) for s in SCORES)
    # Half up on tenths with integers only: 4.25 -> 4.3, never 4.2 from binary floats.
    tenths = (points * 20 + total) // (2 * total)
    return Summary(total, True, tenths / 10, tuple((s, counts.get(s, 0)) for s in SCORES))
