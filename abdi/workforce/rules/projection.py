"""The 5-year kebutuhan plan (PP 11/2017; Per BKN 9/2022) with the per-year rule R-ABK-5."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

HORIZON_YEARS = 5


def departure_year(retirement_tmt: date) -> int:
    """The year of the last day in service: the day before the pension TMT."""
    return (retirement_tmt - timedelta(days=1)).year


def departures_by_year(first_year: int, leave_dates: Iterable[date],
                       years: int = HORIZON_YEARS) -> list[int]:
    """How many holders leave in each of the years first_year … first_year + years - 1."""
    counts = [0] * years
    for tmt in leave_dates:
        offset = departure_year(tmt) - first_year
        if 0 <= offset < years:
            counts[offset] += 1
    return counts


@dataclass(frozen=True)
class Plan:
    departures: tuple[int, ...]  # per year
    available: tuple[int, ...]  # before adding, per year
    additions: tuple[int, ...]  # per year

    @property
    def total_additions(self) -> int:
        return sum(self.additions)

    @property
    def total_departures(self) -> int:
        return sum(self.departures)


def plan(needed: int | Iterable[int], bezetting: int, departures: Iterable[int]) -> Plan:
    """R-ABK-5: available_t = bezetting - departures ≤ t + additions < t;
    addition_t = max(0, kebutuhan_t - available_t)."""
    departures = tuple(int(d) for d in departures)
    if bezetting < 0 or any(d < 0 for d in departures):
        raise ValueError("Bezetting and departures cannot be negative.")
    needs = [needed] * len(departures) if isinstance(needed, int) else list(needed)
    if len(needs) != len(departures):
        raise ValueError("One kebutuhan per year of departures is needed.")
    left = added = 0
    available, additions = [], []
    for need, leaving in zip(needs, departures, strict=True):
        left += leaving
        now = bezetting - left + added
        addition = max(0, need - now)
        available.append(now)
        additions.append(addition)
        added += addition
    return Plan(departures, tuple(available), tuple(additions))


@dataclass(frozen=True)
class Totals:
    needed: int = 0
    bezetting: int = 0
    shortage: int = 0  # Σ kurang over positions (never netted against an excess elsewhere)
    excess: int = 0
    departures: int = 0
    proposed: int = 0


def totals(rows: Iterable[tuple[int, int, int, int]]) -> Totals:
    """Rows of (needed, bezetting, departures in 5 years, proposed) summed per unit/agency."""
    needed = bezetting = shortage = excess = departures = proposed = 0
    for need, held, leaving, addition in rows:
        needed += need
        bezetting += held
        gap = held - need
        shortage += max(0, -gap)
        excess += max(0, gap)
        departures += leaving
        proposed += addition
    return Totals(needed, bezetting, shortage, excess, departures, proposed)
