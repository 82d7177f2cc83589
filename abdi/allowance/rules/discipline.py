"""Hukuman disiplin under PP 94/2021 (allowance-and-discipline.md §6.1-§6.3 and §6.5).

Who may impose a penalty (§6.4) lives in discipline_authority.
"""

import calendar
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class DisciplineLevel(StrEnum):
    # PP 94/2021 Pasal 8 ayat (1): the three tingkat hukuman disiplin.
    RINGAN = "ringan"
    SEDANG = "sedang"
    BERAT = "berat"


class Penalty(StrEnum):
    """The jenis hukuman disiplin, declared lightest first."""

    R1 = "R1"
    R2 = "R2"
    R3 = "R3"
    S1 = "S1"
    S2 = "S2"
    S3 = "S3"
    B1 = "B1"
    B2 = "B2"
    B3 = "B3"

    @property
    def level(self) -> DisciplineLevel:
        return PENALTIES[self].level

    @property
    def label(self) -> str:
        return PENALTIES[self].label

    @property
    def months(self) -> int | None:
        return PENALTIES[self].months

    @property
    def severity(self) -> int:
        """1 for teguran lisan up to 9 for PDHTAPS."""
        return tuple(Penalty).index(self) + 1


@dataclass(frozen=True)
class PenaltyType:
    level: DisciplineLevel
    label: str
    months: int | None = None
    tukin_cut_percent: int = 0


_R, _S, _B = DisciplineLevel.RINGAN, DisciplineLevel.SEDANG, DisciplineLevel.BERAT
_TUKIN_CUT = "Pemotongan tunjangan kinerja 25%"

# PP 94/2021 Pasal 8 ayat (2) ringan, ayat (3) sedang, ayat (4) berat.
PENALTIES: dict[Penalty, PenaltyType] = {
    Penalty.R1: PenaltyType(_R, "Teguran lisan"),
    Penalty.R2: PenaltyType(_R, "Teguran tertulis"),
    Penalty.R3: PenaltyType(_R, "Pernyataan tidak puas secara tertulis"),
    Penalty.S1: PenaltyType(_S, _TUKIN_CUT, 6, 25),
    Penalty.S2: PenaltyType(_S, _TUKIN_CUT, 9, 25),
    Penalty.S3: PenaltyType(_S, _TUKIN_CUT, 12, 25),
    Penalty.B1: PenaltyType(_B, "Penurunan jabatan setingkat lebih rendah", 12),
    Penalty.B2: PenaltyType(_B, "Pembebasan dari jabatannya menjadi jabatan pelaksana", 12),
    Penalty.B3: PenaltyType(_B, "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS"),
}


def penalties_of(level: DisciplineLevel | str) -> frozenset[Penalty]:
    return frozenset(p for p in Penalty if p.level is DisciplineLevel(level))


def heaviest_penalty(penalties: Iterable[Penalty | str]) -> Penalty:
    """Several violations found in one examination lead to one penalty, the heaviest (§6.5)."""
    return max((Penalty(p) for p in penalties), key=lambda p: p.severity)


class DismissalCategory(StrEnum):
    # §6.1 conflict: PP 94/2021 imposes PDHTAPS, UU 20/2023 Pasal 52(4) calls it PTDH. Stored as the
    # SK decides, never derived from the penalty; needs a legal ruling for the pemda.
    PDHTAPS = "PDHTAPS"
    PTDH = "PTDH"


class InterimMeasure(StrEnum):
    PENUNDAAN_KGB = "penundaan_kgb"
    PENUNDAAN_KENAIKAN_PANGKAT = "penundaan_kenaikan_pangkat"
    PENURUNAN_PANGKAT = "penurunan_pangkat"


# PP 94/2021 Pasal 42; PerBKN 6/2022 Pasal 62 (principle CONFIRMED, one-to-one mapping SECONDARY):
# until the PP on gaji and tunjangan exists, each tukin cut is replaced by a one-year measure.
TRANSITIONAL_SEDANG: dict[Penalty, InterimMeasure] = {
    Penalty.S1: InterimMeasure.PENUNDAAN_KGB,
    Penalty.S2: InterimMeasure.PENUNDAAN_KENAIKAN_PANGKAT,
    Penalty.S3: InterimMeasure.PENURUNAN_PANGKAT,
}
INTERIM_MONTHS = 12


@dataclass(frozen=True)
class ImposedPenalty:
    """What an SK actually imposes, the transitional rule applied."""

    penalty: Penalty
    months: int | None
    tukin_cut_percent: int
    interim: InterimMeasure | None = None


def imposed_penalty(penalty: Penalty | str, *, tunjangan_pp_in_force: bool = False) -> ImposedPenalty:
    """The penalty as imposed; the sedang tukin cuts wait for the PP on gaji and tunjangan (§6.2)."""
    penalty = Penalty(penalty)
    if penalty in TRANSITIONAL_SEDANG and not tunjangan_pp_in_force:
        return ImposedPenalty(penalty, INTERIM_MONTHS, 0, TRANSITIONAL_SEDANG[penalty])
    return ImposedPenalty(penalty, penalty.months, PENALTIES[penalty].tukin_cut_percent)


def _months_later(day: date, months: int) -> date:
    """The same day ``months`` later; a day the month lacks (31 Feb) rolls over to the next 1st."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if day.day > calendar.monthrange(year, month)[1]:
        return _months_later(date(year, month, 1), 1)
    return date(year, month, day.day)


def penalty_last_day(effective: date, penalty: Penalty | str, *,
                     tunjangan_pp_in_force: bool = False) -> date | None:
    """The last day a penalty with a duration runs; None for one without (teguran, PDHTAPS)."""
    months = imposed_penalty(penalty, tunjangan_pp_in_force=tunjangan_pp_in_force).months
    return None if months is None else _months_later(effective, months) - timedelta(days=1)


def blocks_kgb_and_promotion(penalty: Penalty | str) -> bool:
    """Whether serving the penalty withholds KGB and kenaikan pangkat."""
    # PerBKN 6/2022 Pasal 55(1) (SECONDARY): not while serving a sedang or berat penalty.
    return Penalty(penalty).level is not DisciplineLevel.RINGAN


# PP 94/2021 Pasal 9-11 (Pasal 11 ayat (2) huruf d): cumulative TK working days in one calendar year,
# lowest day count of each band first.
ABSENCE_THRESHOLDS: tuple[tuple[int, Penalty], ...] = (
    (3, Penalty.R1),
    (4, Penalty.R2),
    (7, Penalty.R3),
    (11, Penalty.S1),
    (14, Penalty.S2),
    (17, Penalty.S3),
    (21, Penalty.B1),
    (25, Penalty.B2),
    (28, Penalty.B3),
)
# PP 94/2021 Pasal 11 ayat (2) huruf d (§6.3): 10 TK working days in a row lead to PDHTAPS, and the
# salary stops from the following month without waiting for the decision.
CONSECUTIVE_ABSENCE_DAYS = 10
# Commonly attributed to PerBKN 6/2022 (UNCONFIRMED): late plus early minutes of 7.5 h count as one TK
# day. Off unless a government passes minutes_per_absence_day.
MINUTES_PER_ABSENCE_DAY = 450


@dataclass(frozen=True)
class AbsenceFinding:
    counted_days: int
    penalty: Penalty | None
    stops_salary: bool = False


def absence_penalty(absent_days: int, *, consecutive_days: int = 0, late_early_minutes: int = 0,
                    minutes_per_absence_day: int | None = None,
                    thresholds: tuple[tuple[int, Penalty], ...] = ABSENCE_THRESHOLDS) -> AbsenceFinding:
    """The penalty due for one calendar year's TK days; years never carry over (§6.3 K7).

    ``consecutive_days`` is the longest run of TK working days; ``late_early_minutes`` the year's late
    and early minutes, converted into whole TK days only when ``minutes_per_absence_day`` is given.
    """
    if min(absent_days, consecutive_days, late_early_minutes) < 0:
        raise ValueError("Absence counts cannot be negative.")
    counted = absent_days
    if minutes_per_absence_day:
        counted += late_early_minutes // minutes_per_absence_day
    if consecutive_days >= CONSECUTIVE_ABSENCE_DAYS:
        return AbsenceFinding(counted, Penalty.B3, stops_salary=True)
    due = None
    for days, penalty in thresholds:
        if counted >= days:
            due = penalty
    return AbsenceFinding(counted, due)


def absent_days_by_year(days: Iterable[date]) -> dict[int, int]:
    """TK dates counted per calendar year, each date once."""
    return dict(Counter(day.year for day in set(days)))


def salary_stops_from(last_day_of_run: date) -> date:
    """After 10 TK days in a row, salary stops from the following month without waiting for the SK."""
    return _months_later(last_day_of_run.replace(day=1), 1)


# --- procedure (§6.5; public PP 94 workflow catalogue, author-flagged "perlu verifikasi": SECONDARY) ---


class Examiner(StrEnum):
    ATASAN_LANGSUNG = "atasan_langsung"
    TIM_PEMERIKSA = "tim_pemeriksa"  # direct superior + supervision unit + personnel unit


# PP 94/2021 Pasal 27: ringan is examined by the direct superior, sedang and berat by a Tim Pemeriksa.
EXAMINER_BY_LEVEL: dict[DisciplineLevel, Examiner] = {
    DisciplineLevel.RINGAN: Examiner.ATASAN_LANGSUNG,
    DisciplineLevel.SEDANG: Examiner.TIM_PEMERIKSA,
    DisciplineLevel.BERAT: Examiner.TIM_PEMERIKSA,
}

# Deadlines in working days. The day of the act is never counted: PerBKN 6/2022 Pasal 50(1) says so for
# the effective date; applying it to the other deadlines too is a design decision.
SUMMONS_NOTICE_DAYS = 7  # PP 94/2021 Pasal 26(2): first summons at least 7 working days before
SECOND_SUMMONS_DAYS = 7  # PP 94/2021 Pasal 26(3): second summons within 7 working days
DECISION_DELIVERY_DAYS = 14  # PP 94/2021 Pasal 37(3): SK handed over within 14 working days of signing
DECISION_MAILING_DAYS = 3  # PerBKN 6/2022 Pasal 49(8): if absent, sent within 3 working days
EFFECTIVE_ON_WORKING_DAY = 15  # PerBKN 6/2022 Pasal 50(1): in force on the 15th working day after receipt


def shift_working_days(day: date, count: int, is_working_day: Callable[[date], bool]) -> date:
    """The ``count``-th working day after ``day`` (before it when negative), ``day`` not counted.

    ``is_working_day`` is usually ``lambda d: workhours.is_working_day(d, scheme, holidays)``.
    """
    step = timedelta(days=1 if count >= 0 else -1)
    remaining = abs(count)
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day


def latest_first_summons(examination_day: date, is_working_day: Callable[[date], bool]) -> date:
    return shift_working_days(examination_day, -SUMMONS_NOTICE_DAYS, is_working_day)


def second_summons_due(missed_examination_day: date, is_working_day: Callable[[date], bool]) -> date:
    return shift_working_days(missed_examination_day, SECOND_SUMMONS_DAYS, is_working_day)


def decision_delivery_due(signed_on: date, is_working_day: Callable[[date], bool]) -> date:
    return shift_working_days(signed_on, DECISION_DELIVERY_DAYS, is_working_day)


def decision_mailing_due(missed_delivery_day: date, is_working_day: Callable[[date], bool]) -> date:
    return shift_working_days(missed_delivery_day, DECISION_MAILING_DAYS, is_working_day)


def penalty_effective_date(received_on: date, is_working_day: Callable[[date], bool]) -> date:
    return shift_working_days(received_on, EFFECTIVE_ON_WORKING_DAY, is_working_day)
