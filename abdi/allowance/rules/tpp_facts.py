"""The month's facts of one employee turned into the inputs of ``tpp.compute_tpp`` (§3-§4).

Minutes are whole minutes as §3 counts them: floor((t_checkin - t_start) / 60 s), late only from 1
(Peraturan ANRI 18/2016 convention); ``attendance.day_status`` produces them.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .schedules import (
    HUNDRED,
    DeductionKind,
    LeaveKind,
    PenaltyRule,
    TppSchedule,
    classify_minutes,
)


@dataclass(frozen=True)
class DayFacts:
    """What happened on one working day."""

    late_minutes: int = 0  # TL: after the start of work
    early_leave_minutes: int = 0  # PSW: before the end of work
    break_late_minutes: int = 0  # back late from istirahat (Schedule B)
    checked_in: bool = True
    checked_out: bool = True
    break_recorded: bool = True
    absent_without_reason: bool = False  # TK
    leave: LeaveKind | None = None
    assemblies_missed: int = 0  # apel, upacara, senam
    spot_checks_missed: int = 0  # sidak
    requests_rejected: int = 0  # izin auto-rejected (Schedule A)
    daily_report_missing: bool = False  # laporan kegiatan harian


@dataclass(frozen=True)
class LeaveFact:
    kind: LeaveKind
    days: int = 0  # length of the leave in days (DAYS-measured rules)
    month_of_leave: int = 1  # 1 for the leave's first month (MONTH-measured rules: cuti besar)


@dataclass(frozen=True)
class MonthFacts:
    days: tuple[DayFacts, ...] = ()
    skp_late: bool = False
    penalty: str | None = None  # code of the hukuman disiplin running this month (penalty_running)
    leaves: tuple[LeaveFact, ...] = ()  # replaces, per kind, the leave days counted from ``days``


def tally_events(schedule: TppSchedule, month: MonthFacts) -> dict[str, int]:
    """How many times each of the schedule's deduction rules was triggered (rule code → count).

    A TK or leave day counts only as that: its clock records, apel and daily report are not charged
    again (a design decision; no schedule of §3 charges both). A missing record replaces the minutes.
    """
    counts: Counter[str] = Counter()
    # A month repeats the same kinds and minutes: each rule is looked up once (the monthly run
    # counts ~2 million days).
    flat_rules: dict = {}
    banded_rules: dict = {}

    def charge(kind: DeductionKind, times: int = 1) -> None:
        if times <= 0:
            return
        if kind not in flat_rules:
            flat_rules[kind] = schedule.flat_rule(kind)
        rule = flat_rules[kind]
        if rule is not None:
            counts[rule.code] += times

    def charge_minutes(kind: DeductionKind, minutes: int) -> None:
        key = (kind, minutes)
        if key not in banded_rules:
            banded_rules[key] = classify_minutes(schedule, kind, minutes)
        rule = banded_rules[key]
        if rule is not None:
            counts[rule.code] += 1

    late_total = 0
    for day in month.days:
        if day.absent_without_reason:
            charge(DeductionKind.ABSENT_WITHOUT_REASON)
            continue
        if day.leave is not None:
            continue
        if day.checked_in:
            charge_minutes(DeductionKind.LATE, day.late_minutes)
            late_total += max(day.late_minutes, 0)
        else:
            charge(DeductionKind.NO_CHECK_IN)
        if day.break_recorded:
            charge_minutes(DeductionKind.BREAK_LATE, day.break_late_minutes)
        else:
            charge(DeductionKind.NO_BREAK_RECORD)
        if day.checked_out:
            charge_minutes(DeductionKind.EARLY_LEAVE, day.early_leave_minutes)
        else:
            charge(DeductionKind.NO_CHECK_OUT)
        charge(DeductionKind.ASSEMBLY_ABSENT, day.assemblies_missed)
        charge(DeductionKind.SPOT_CHECK_ABSENT, day.spot_checks_missed)
        charge(DeductionKind.REQUEST_REJECTED, day.requests_rejected)
        charge(DeductionKind.MISSING_DAILY_REPORT, int(day.daily_report_missing))
    charge(DeductionKind.LATE_SKP, int(month.skp_late))
    # §3.3 (Purbalingga 2022, SECONDARY): late minutes summed over the month, one charge per block.
    for rule in schedule.deductions:
        if rule.kind == DeductionKind.ACCUMULATED_LATE and rule.per_minutes:
            counts[rule.code] += late_total // rule.per_minutes
    return {code: count for code, count in counts.items() if count}


def leave_facts(month: MonthFacts) -> tuple[LeaveFact, ...]:
    """The explicit leave facts, plus one per other kind with its days counted from the day facts."""
    given = {fact.kind for fact in month.leaves}
    counted = Counter(day.leave for day in month.days
                      if day.leave is not None and not day.absent_without_reason)
    return month.leaves + tuple(LeaveFact(kind, days=days) for kind, days in counted.items()
                                if kind not in given)


def penalty_running(rule: PenaltyRule, *, first_month: date, month: date) -> bool:
    """Whether the cut of ``rule``, first applied in ``first_month``, still applies in ``month``."""
    elapsed = (month.year - first_month.year) * 12 + month.month - first_month.month
    return elapsed >= 0 and (rule.months is None or elapsed < rule.months)


def achievement_for_predikat(schedule: TppSchedule, predikat: str) -> Decimal:
    """The capaian produktivitas a Perkada gives for a predikat (§4.1 "predikat factor")."""
    for factor in schedule.predikat_factors:
        if factor.predikat == predikat:
            return factor.percent
    raise ValueError(f"{schedule.name} gives no factor for predikat {predikat!r}.")


# Pergub DKI 19/2020 jo. 64/2020 (BKD DKI e-book, SECONDARY): 300 effective minutes per working day.
DKI_MINUTES_PER_DAY = 300


def activity_achievement_percent(*, working_days: int, activity_minutes: int, absence_minutes: int = 0,
                                 minutes_per_day: int = DKI_MINUTES_PER_DAY) -> Decimal:
    """Aktivitas kerja = min(capaian, batas max) / waktu efektif bulan, in percent (§3.3, DKI).

    waktu efektif = hari kerja x 300 menit; batas max = waktu efektif - pengurang absensi.
    """
    effective = working_days * minutes_per_day
    if effective <= 0:
        raise ValueError("A month needs working days to measure activity against.")
    ceiling = max(effective - absence_minutes, 0)
    return Decimal(min(activity_minutes, ceiling)) * HUNDRED / Decimal(effective)
