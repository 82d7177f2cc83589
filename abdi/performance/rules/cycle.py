"""The performance cycle: its stages, evaluation periods, the annual predikat and deadlines (§1, §4, §8)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .problems import Problem, problem
from .ratings import Predikat


class CycleStage(StrEnum):
    # PermenPANRB 6/2022 Pasal 5: the four stages of pengelolaan kinerja.
    PERENCANAAN = "PERENCANAAN"
    PELAKSANAAN = "PELAKSANAAN"
    PENILAIAN = "PENILAIAN"
    TINDAK_LANJUT = "TINDAK_LANJUT"


class PeriodKind(StrEnum):
    """Periodic evaluation frequency; values match abdi.tenancy's appraisal period policy."""

    # Practice of e-kinerja tools (Permen article UNCONFIRMED): the instansi chooses the frequency.
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMESTER = "semester"
    ANNUAL = "annual"

    @property
    def label(self) -> str:
        return PERIOD_LABELS[self]

    @property
    def months(self) -> int:
        return PERIOD_MONTHS[self]


PERIOD_LABELS: dict[PeriodKind, str] = {
    PeriodKind.MONTHLY: "Bulanan",
    PeriodKind.QUARTERLY: "Triwulan",
    PeriodKind.SEMESTER: "Semester",
    PeriodKind.ANNUAL: "Tahunan",
}

PERIOD_MONTHS: dict[PeriodKind, int] = {
    PeriodKind.MONTHLY: 1,
    PeriodKind.QUARTERLY: 3,
    PeriodKind.SEMESTER: 6,
    PeriodKind.ANNUAL: 12,
}


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    year: int
    number: int  # 1-based within the year: month 1..12, triwulan 1..4, semester 1..2, year 1
    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def period_of(day: date, kind: PeriodKind | str) -> Period:
    """The calendar period of ``kind`` that holds ``day``."""
    kind = PeriodKind(kind)
    number = (day.month - 1) // kind.months + 1
    first_month = (number - 1) * kind.months + 1
    return Period(kind, day.year, number, date(day.year, first_month, 1),
                  _month_end(day.year, first_month + kind.months - 1))


def periods_of_year(year: int, kind: PeriodKind | str, *, start: date | None = None,
                    end: date | None = None) -> tuple[Period, ...]:
    """The periods of a year, or of the part ``start``..``end`` of it (a position held mid-year).

    Periods wholly outside that part are dropped; the first and last are clipped to it.
    """
    kind = PeriodKind(kind)
    first = max(date(year, 1, 1), start or date.min)
    last = min(date(year, 12, 31), end or date.max)
    periods = []
    for month in range(1, 13, kind.months):
        period = period_of(date(year, month, 1), kind)
        if period.end < first or period.start > last:
            continue
        periods.append(Period(kind, year, period.number, max(period.start, first), min(period.end, last)))
    return tuple(periods)


class AnnualRule(StrEnum):
    # performance.md §4 (UNCONFIRMED, both seen in practice): how the annual predikat follows the periods.
    LAST_PERIOD = "last_period"
    PENILAI_JUDGEMENT = "penilai_judgement"


def annual_predikat(periodic: Sequence[Predikat | str], *, rule: AnnualRule | str,
                    penilai_choice: Predikat | str | None = None) -> Predikat:
    """The annual predikat from the periodic ones in order, under the government's rule."""
    if AnnualRule(rule) is AnnualRule.LAST_PERIOD:
        if not periodic:
            raise ValueError("The annual predikat needs at least one periodic predikat.")
        return Predikat(periodic[-1])
    if penilai_choice is None:
        raise ValueError("Under the penilai-judgement rule the pejabat penilai chooses the annual predikat.")
    return Predikat(penilai_choice)


# performance.md §4 (UNCONFIRMED, common practice): the SKP is set by the end of January.
SKP_DEADLINE_MONTH_DAY: tuple[int, int] = (1, 31)


def valid_deadline(month: int, day: int) -> bool:
    """A day that exists every year (29 February does not)."""
    try:
        date(2025, month, day)
    except (TypeError, ValueError):
        return False
    return True


def skp_deadline(year: int, *, month_day: tuple[int, int] = SKP_DEADLINE_MONTH_DAY) -> date:
    """The last day to set the SKP of ``year``, a per-government setting."""
    month, day = month_day
    return date(year, month, day)


# performance.md §8 (minimum UNCONFIRMED, recommended): feedback entries per row before a period closes.
MIN_FEEDBACK_PER_ROW = 1


def feedback_problems(counts: Mapping[str, int], *, minimum: int = MIN_FEEDBACK_PER_ROW
                      ) -> tuple[Problem, ...]:
    """Rows (RHK rows and BerAKHLAK values, keyed by a display name) with too little feedback."""
    return tuple(problem("feedback_missing", target=target, count=count, minimum=minimum)
                 for target, count in counts.items() if count < minimum)
