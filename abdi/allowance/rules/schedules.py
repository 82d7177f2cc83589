"""A government's TPP rule set as data (allowance-and-discipline.md §1-§4).

Every TPP number is set by the pemda's own Perkada and changes yearly, so a ``TppSchedule`` is
versioned configuration (``effective_from``), never a code constant; ``presets`` holds examples.
Percentages are Decimal percent (``Decimal("0.5")`` is 0.5%); money is Decimal Rupiah.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .schedule_checks import ScheduleProblem

HUNDRED = Decimal(100)


class TppCriterion(StrEnum):
    # PP 12/2019 Pasal 58 ayat (2): the six bases of TPP; codes of the Provinsi Jambi payroll (§1.1).
    BEBAN_KERJA = "BK"
    PRESTASI_KERJA = "PK"
    TEMPAT_BERTUGAS = "TB"
    KONDISI_KERJA = "KK"
    KELANGKAAN_PROFESI = "KP"
    PERTIMBANGAN_OBJEKTIF = "PO"


class Share(StrEnum):
    """The part of the TPP a deduction is a percentage of."""

    DISIPLIN = "disiplin"  # attendance share of beban kerja (§2)
    PRODUKTIVITAS = "produktivitas"  # performance share of beban kerja (§2)
    TOTAL = "total"  # the whole TPP earned (the leave tables of the central models, §3.3)


@dataclass(frozen=True)
class ShareSplit:
    # §2: w_disiplin + w_produktivitas = 100%, fixed per pemda and year.
    disiplin: Decimal
    produktivitas: Decimal


class DeductionKind(StrEnum):
    LATE = "late"  # TL, terlambat masuk: minute bands
    EARLY_LEAVE = "early_leave"  # PSW, pulang sebelum waktunya: minute bands
    BREAK_LATE = "break_late"  # late back from istirahat (Schedule B): minute bands
    NO_CHECK_IN = "no_check_in"  # TMK, tidak presensi masuk: per day
    NO_CHECK_OUT = "no_check_out"  # TPP, tidak presensi pulang: per day
    NO_BREAK_RECORD = "no_break_record"  # no record on return from istirahat: per day
    ABSENT_WITHOUT_REASON = "absent_without_reason"  # TK, tanpa keterangan: per day
    ASSEMBLY_ABSENT = "assembly_absent"  # apel, upacara, senam: per event
    SPOT_CHECK_ABSENT = "spot_check_absent"  # sidak: per event
    REQUEST_REJECTED = "request_rejected"  # izin still pending after 3 days, auto-rejected: per request
    MISSING_DAILY_REPORT = "missing_daily_report"  # laporan kegiatan harian not written: per day
    LATE_SKP = "late_skp"  # SKP not submitted on time: per month
    ACCUMULATED_LATE = "accumulated_late"  # per block of late minutes summed over the month

    @property
    def banded(self) -> bool:
        return self in {DeductionKind.LATE, DeductionKind.EARLY_LEAVE, DeductionKind.BREAK_LATE}


@dataclass(frozen=True)
class DeductionRule:
    """One line of a Perkada's deduction table: ``percent`` of ``share`` per occurrence."""

    code: str
    kind: DeductionKind
    percent: Decimal
    label: str = ""
    share: Share = Share.DISIPLIN
    first_minute: int | None = None  # banded kinds: inclusive range in whole minutes
    last_minute: int | None = None  # None: open-ended (first_minute and more)
    per_minutes: int | None = None  # ACCUMULATED_LATE: one occurrence per this many minutes
    source: str = ""

    def covers(self, minutes: int) -> bool:
        if self.first_minute is None or minutes < self.first_minute:
            return False
        return self.last_minute is None or minutes <= self.last_minute


class LeaveKind(StrEnum):
    # Kinds of cuti of the central allowance models (§3.3); values as attendance.LeaveKind stores them.
    TAHUNAN = "tahunan"
    BESAR = "besar"
    SAKIT = "sakit"
    MELAHIRKAN = "melahirkan"  # first and second child
    MELAHIRKAN_ANAK_KETIGA = "melahirkan_anak_ketiga"  # third child on: Permentan 68/2012 pays less
    ALASAN_PENTING = "alasan_penting"
    CLTN = "cltn"  # cuti di luar tanggungan negara


class LeaveMeasure(StrEnum):
    DAYS = "days"  # length of the leave in days (sick-leave bands)
    MONTH = "month"  # which month of the leave this is (cuti besar: 1st, 2nd, 3rd month)


@dataclass(frozen=True)
class LeaveTier:
    first: int
    last: int | None  # None: open-ended
    paid_percent: Decimal  # share of the TPP still paid for the month


@dataclass(frozen=True)
class LeaveRule:
    kind: LeaveKind
    measure: LeaveMeasure
    tiers: tuple[LeaveTier, ...]
    label: str = ""
    share: Share = Share.TOTAL
    source: str = ""

    def tier_for(self, value: int) -> LeaveTier | None:
        return next((t for t in self.tiers if t.first <= value and (t.last is None or value <= t.last)),
                    None)


@dataclass(frozen=True)
class PenaltyRule:
    """A hukuman disiplin's cut of the TPP while it runs (§3.3; the Perkada's own table)."""

    code: str
    label: str
    percent: Decimal
    months: int | None  # None: from the decision on, without end
    source: str = ""


@dataclass(frozen=True)
class ComponentRule:
    # §1.1: whether attendance deductions also hit TB/KK/KP is pemda-specific (UNCONFIRMED): flags.
    criterion: TppCriterion
    attendance_applies: bool = False
    performance_applies: bool = False


@dataclass(frozen=True)
class DeductionCap:
    share: Share
    percent: Decimal


@dataclass(frozen=True)
class StatusFactor:
    # §1.1: CPNS 80% in Kab. Seruyan (SECONDARY); kind is an EmployeeKind value (CPNS, PNS, PPPK).
    employee_kind: str
    percent: Decimal


@dataclass(frozen=True)
class PayrollDeduction:
    # §4.1 / §8 doubt 7: employee BPJS share, IWP and the like are pemda practice (UNCONFIRMED).
    code: str
    label: str
    percent: Decimal


@dataclass(frozen=True)
class PredikatFactor:
    predikat: str  # a Predikat code of abdi.performance (SB, B, BP, K, SK)
    percent: Decimal


class RoundingMode(StrEnum):
    HALF_UP = ROUND_HALF_UP
    DOWN = ROUND_DOWN
    UP = ROUND_UP


@dataclass(frozen=True)
class Rounding:
    # §4.1: round half-up to whole rupiah at the end is a design decision (UNCONFIRMED): settings.
    unit: Decimal = Decimal(1)
    mode: RoundingMode = RoundingMode.HALF_UP
    each_line: bool = False  # True: every breakdown amount is rounded, not only the end result

    def apply(self, amount: Decimal) -> Decimal:
        return (amount / self.unit).quantize(Decimal(1), rounding=self.mode.value) * self.unit


DEFAULT_CAPS = (DeductionCap(Share.DISIPLIN, HUNDRED), DeductionCap(Share.PRODUKTIVITAS, HUNDRED),
                DeductionCap(Share.TOTAL, HUNDRED))


@dataclass(frozen=True)
class TppSchedule:
    """The TPP rules of one pemda from one date on."""

    name: str
    source: str
    split: ShareSplit
    deductions: tuple[DeductionRule, ...] = ()
    leave_rules: tuple[LeaveRule, ...] = ()
    penalties: tuple[PenaltyRule, ...] = ()
    components: tuple[ComponentRule, ...] = ()
    # §4.1 pot_pct = min(100, Σ rates): the cap per share, lowered by a Perkada if it says so.
    caps: tuple[DeductionCap, ...] = DEFAULT_CAPS
    # §4.1 cap_prod = min(100, capaian produktivitas %).
    achievement_cap: Decimal = HUNDRED
    status_factors: tuple[StatusFactor, ...] = ()
    payroll_deductions: tuple[PayrollDeduction, ...] = ()
    predikat_factors: tuple[PredikatFactor, ...] = ()
    rounding: Rounding = field(default_factory=Rounding)
    effective_from: date | None = None

    def validate(self) -> list["ScheduleProblem"]:
        """Overlapping or gapped bands, percentages outside 0..100, shares not adding up to 100."""
        from .schedule_checks import validate_schedule  # lazy: schedule_checks imports this module

        return validate_schedule(self)

    def rule(self, code: str) -> DeductionRule:
        for rule in self.deductions:
            if rule.code == code:
                return rule
        raise ValueError(f"{self.name} has no deduction {code!r}.")

    def flat_rule(self, kind: DeductionKind) -> DeductionRule | None:
        return next((r for r in self.deductions if r.kind == kind), None)

    def leave_rule(self, kind: LeaveKind) -> LeaveRule | None:
        return next((r for r in self.leave_rules if r.kind == kind), None)

    def penalty(self, code: str) -> PenaltyRule:
        for penalty in self.penalties:
            if penalty.code == code:
                return penalty
        raise ValueError(f"{self.name} has no hukuman disiplin rule {code!r}.")

    def component(self, criterion: TppCriterion) -> ComponentRule:
        for component in self.components:
            if component.criterion == criterion:
                return component
        raise ValueError(f"{self.name} pays no TPP component {criterion}.")

    def cap(self, share: Share) -> Decimal:
        return min([HUNDRED, *(c.percent for c in self.caps if c.share == share)])

    def status_factor(self, employee_kind: str) -> Decimal:
        # §4.1: 100% unless the Perkada names a factor for the employee's kind.
        return next((f.percent for f in self.status_factors if f.employee_kind == employee_kind), HUNDRED)


def classify_minutes(schedule: TppSchedule, kind: DeductionKind, minutes: int) -> DeductionRule | None:
    """The band of ``kind`` holding ``minutes`` (whole minutes); None when on time or not charged."""
    if not kind.banded:
        raise ValueError(f"{kind} is not counted in minutes.")
    return next((r for r in schedule.deductions if r.kind == kind and r.covers(minutes)), None)


def late_category(schedule: TppSchedule, minutes_late: int) -> DeductionRule | None:
    """TL1..TLn for ``minutes_late`` (§3: late only from 1 whole minute, Peraturan ANRI 18/2016)."""
    return classify_minutes(schedule, DeductionKind.LATE, minutes_late)


def early_leave_category(schedule: TppSchedule, minutes_early: int) -> DeductionRule | None:
    """PSW1..PSWn for ``minutes_early``."""
    return classify_minutes(schedule, DeductionKind.EARLY_LEAVE, minutes_early)


def percent_of_total(schedule: TppSchedule, rule: DeductionRule) -> Decimal:
    """The rule's rate as a percentage of the whole TPP (how SIAPTUBA codes it, §2 and §4.2)."""
    weight = {Share.DISIPLIN: schedule.split.disiplin, Share.PRODUKTIVITAS: schedule.split.produktivitas,
              Share.TOTAL: HUNDRED}[rule.share]
    return rule.percent * weight / HUNDRED


def schedule_in_force(schedules: Iterable[TppSchedule], on: date) -> TppSchedule | None:
    """The schedule with the latest ``effective_from`` not after ``on`` (undated counts as oldest)."""
    started = [s for s in schedules if s.effective_from is None or s.effective_from <= on]
    return max(started, key=lambda s: s.effective_from or date.min, default=None)

