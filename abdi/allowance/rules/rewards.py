"""Rewards: Satyalancana Karya Satya eligibility (§7.1) and the forms of penghargaan (§7.2)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .discipline import DisciplineLevel


class SlksClass(StrEnum):
    """Satyalancana Karya Satya classes, lowest first (UU 20/2009; PP 35/2010 Pasal 22)."""

    X = "X"
    XX = "XX"
    XXX = "XXX"

    @property
    def years(self) -> int:
        return SLKS_YEARS[self]

    @property
    def medal(self) -> str:
        return SLKS_MEDALS[self]


# PP 35/2010 Pasal 22: continuous service from TMT CPNS needed for each class.
SLKS_YEARS: dict[SlksClass, int] = {SlksClass.X: 10, SlksClass.XX: 20, SlksClass.XXX: 30}
SLKS_MEDALS: dict[SlksClass, str] = {SlksClass.X: "perunggu", SlksClass.XX: "perak", SlksClass.XXX: "emas"}

# §7.1 rule 2 (CONFIRMED): a hukuman disiplin sedang or berat during the service period disqualifies.
BLOCKING_LEVELS = frozenset({DisciplineLevel.SEDANG, DisciplineLevel.BERAT})


class CltnRule(StrEnum):
    # §7.1 rule 3 (BKPSDM Karimun, SECONDARY): any CLTN during service disqualifies. Default.
    DISQUALIFIES = "disqualifies"
    # Alternative (UNCONFIRMED for SLKS; the usual masa kerja rule): CLTN days are not counted as service.
    NOT_COUNTED = "not_counted"


class SlksObstacle(StrEnum):
    NOT_ENOUGH_SERVICE = "not_enough_service"
    ALREADY_RECEIVED = "already_received"
    PREVIOUS_CLASS_MISSING = "previous_class_missing"
    DISCIPLINE_PENALTY = "discipline_penalty"
    CLTN = "cltn"


@dataclass(frozen=True)
class SlksDecision:
    service_years: int
    slks_class: SlksClass | None  # the class to propose, or the class that would be due
    obstacles: tuple[SlksObstacle, ...]

    @property
    def eligible(self) -> bool:
        return self.slks_class is not None and not self.obstacles


def full_years_between(start: date, end: date) -> int:
    """Whole years from ``start`` to ``end``: the anniversary day itself completes a year."""
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return max(0, years)


def _days_within(periods: Iterable[tuple[date, date]], start: date, end: date) -> int:
    """Days of the periods (first and last day included) falling in start..end, overlaps once."""
    days: set[date] = set()
    for first, last in periods:
        first, last = max(first, start), min(last, end)
        days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    return len(days)


def slks_eligibility(tmt_cpns: date, reference_date: date, *, received: Iterable[SlksClass | str] = (),
                     penalties: Iterable[tuple[date, DisciplineLevel | str]] = (),
                     cltn_periods: Sequence[tuple[date, date]] = (),
                     cltn_rule: CltnRule | str = CltnRule.DISQUALIFIES,
                     require_previous_class: bool = False) -> SlksDecision:
    """Whether a PNS may be proposed for a Satyalancana Karya Satya on ``reference_date``.

    Service runs from TMT CPNS to the reference date (the month of the proposal), continuous, service
    outside PNS excluded (§7.1 rule 1). The class is the highest one reached; it is due only when not
    already received. ``penalties`` are (date imposed, tingkat); those after the reference date are
    ignored. ``require_previous_class`` (off: the document lists the earlier certificate only among
    the documents) demands holding the class below.
    """
    served_cltn = [(first, last) for first, last in cltn_periods if first <= reference_date]
    service_start = tmt_cpns
    if CltnRule(cltn_rule) is CltnRule.NOT_COUNTED:
        service_start += timedelta(days=_days_within(served_cltn, tmt_cpns, reference_date))
    years = full_years_between(service_start, reference_date)
    reached = [c for c in SlksClass if years >= c.years]
    due = reached[-1] if reached else None
    received = {SlksClass(c) for c in received}

    obstacles = []
    if due is None:
        obstacles.append(SlksObstacle.NOT_ENOUGH_SERVICE)
    elif due in received or any(c.years > due.years for c in received):
        obstacles.append(SlksObstacle.ALREADY_RECEIVED)
    elif require_previous_class and due is not SlksClass.X and reached[-2] not in received:
        obstacles.append(SlksObstacle.PREVIOUS_CLASS_MISSING)
    if any(tmt_cpns <= day <= reference_date and DisciplineLevel(level) in BLOCKING_LEVELS
           for day, level in penalties):
        obstacles.append(SlksObstacle.DISCIPLINE_PENALTY)
    if served_cltn and CltnRule(cltn_rule) is CltnRule.DISQUALIFIES:
        obstacles.append(SlksObstacle.CLTN)
    return SlksDecision(years, due, tuple(obstacles))


# --- §7.2: forms of penghargaan for PNS ---


class AwardForm(StrEnum):
    # PP 11/2017 Pasal 232 (UU 5/2014 Pasal 82-83, repealed, still applied): the four forms.
    TANDA_KEHORMATAN = "tanda_kehormatan"
    KENAIKAN_PANGKAT_ISTIMEWA = "kenaikan_pangkat_istimewa"  # Pasal 234; JF too (PermenPANRB 1/2023)
    PRIORITAS_PENGEMBANGAN_KOMPETENSI = "prioritas_pengembangan_kompetensi"  # Pasal 235
    ACARA_RESMI = "acara_resmi"  # kesempatan menghadiri acara resmi dan/atau acara kenegaraan


# PP 11/2017 Pasal 236: awards b and c are given after the Tim Penilai Kinerja PNS has considered them.
NEEDS_TIM_PENILAI_KINERJA = frozenset({AwardForm.KENAIKAN_PANGKAT_ISTIMEWA,
                                       AwardForm.PRIORITAS_PENGEMBANGAN_KOMPETENSI})

# §7.2 software link (thresholds instansi-specific): Sangat Baik in the last year for priority development.
AWARD_PREDIKAT_MINIMUM = "SB"
AWARD_PREDIKAT_YEARS = 1
_PREDIKAT_ORDER = ("SB", "B", "BP", "K", "SK")  # the codes of abdi.performance Predikat, best first


def award_candidate(yearly_predikat: Sequence[str], *, has_penalty: bool,
                    minimum: str = AWARD_PREDIKAT_MINIMUM, years: int = AWARD_PREDIKAT_YEARS) -> bool:
    """Pre-filter for an award proposal: the last ``years`` annual predikat (oldest first) are all at
    least ``minimum`` and the discipline register holds no penalty for the period."""
    if has_penalty or len(yearly_predikat) < years:
        return False
    bar = _PREDIKAT_ORDER.index(minimum)
    return all(_PREDIKAT_ORDER.index(p) <= bar for p in yearly_predikat[len(yearly_predikat) - years:])
