"""Effective periods of versioned rules: no overlap, no gap, and which one is in force.

allowance-and-discipline.md, key design principle: TPP rules are versioned per government with
effective-from dates; a month is computed under the version in force then.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise


class PeriodProblem(StrEnum):
    BACKWARDS = "backwards"  # ends before it starts
    OVERLAP = "overlap"  # two versions in force on the same day
    GAP = "gap"  # a day between two versions with none in force
    OPEN_BEFORE_LATER = "open_before_later"  # an open end followed by a later version


@dataclass(frozen=True)
class Period:
    key: object  # whatever identifies the version (an id, a name)
    start: date
    end: date | None  # inclusive; None = until further notice


@dataclass(frozen=True)
class Finding:
    problem: PeriodProblem
    first: Period
    second: Period | None = None


def period_findings(periods) -> list[Finding]:
    """Everything wrong with a set of periods, in date order (empty = a clean sequence)."""
    ordered = sorted(periods, key=lambda p: p.start)
    findings = [Finding(PeriodProblem.BACKWARDS, p) for p in ordered
                if p.end is not None and p.end < p.start]
    for earlier, later in pairwise(ordered):
        if earlier.end is None:
            findings.append(Finding(PeriodProblem.OPEN_BEFORE_LATER, earlier, later))
        elif later.start <= earlier.end:
            findings.append(Finding(PeriodProblem.OVERLAP, earlier, later))
        elif later.start > earlier.end + timedelta(days=1):
            findings.append(Finding(PeriodProblem.GAP, earlier, later))
    return findings


def in_force(periods, day: date) -> Period | None:
    """The period covering `day`, or None (before the first or after a closed last one)."""
    for period in periods:
        if period.start <= day and (period.end is None or day <= period.end):
            return period
    return None
