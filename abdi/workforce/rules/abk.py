"""Analisis Beban Kerja by the tugas-per-tugas method (PermenPANRB 1/2020), with the rounding
R-ABK-3 of the domain spec. Exact arithmetic (Fraction) so that 2.5 is never 2.4999…"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from math import floor

# PermenPANRB 1/2020 (restated by BKN): WKE = 1,250 jam = 75,000 minutes a year (R-ABK-1).
WKE_MINUTES_PER_YEAR = 75_000
# A government may configure another WKE (some apps use 72,000 or 74,760); refuse absurd ones.
WKE_MIN, WKE_MAX = 50_000, 100_000
# Refused as impossible input: more than this many units a year, or this many minutes per unit.
MAX_ANNUAL_VOLUME = 10_000_000
MAX_NORMA_MINUTES = 75_000


class Period(StrEnum):
    TAHUN = "tahun"
    BULAN = "bulan"
    MINGGU = "minggu"
    HARI = "hari"


# PermenPANRB 1/2020 WKE table: 12 months, 50 weeks, 250 days a year (all give 75,000 minutes).
PERIODS_PER_YEAR: dict[Period, int] = {
    Period.TAHUN: 1, Period.BULAN: 12, Period.MINGGU: 50, Period.HARI: 250,
}


def annual_volume(volume: int, period: Period | str = Period.TAHUN) -> int:
    """A beban kerja given per day/week/month as the yearly volume (R-ABK-1)."""
    return int(volume) * PERIODS_PER_YEAR[Period(period)]


def check_wke(wke_minutes: int) -> int:
    if isinstance(wke_minutes, bool) or not isinstance(wke_minutes, int) \
            or not WKE_MIN <= wke_minutes <= WKE_MAX:
        raise ValueError(f"WKE must be {WKE_MIN}..{WKE_MAX} minutes a year; got {wke_minutes!r}.")
    return wke_minutes


def task_minutes(annual: int, norma_minutes: int) -> int:
    """Minutes a year one task takes: beban kerja x norma waktu."""
    if annual < 0 or norma_minutes <= 0:
        raise ValueError("The volume must be 0 or more and the norma waktu above 0.")
    return annual * norma_minutes


def task_fte(annual: int, norma_minutes: int, wke_minutes: int = WKE_MINUTES_PER_YEAR) -> Fraction:
    """One task's full-time equivalents, unrounded (R-ABK-3 rule 1)."""
    return Fraction(task_minutes(annual, norma_minutes), check_wke(wke_minutes))


def round_half_up(value: Fraction) -> int:
    """1.5 → 2, 1.49 → 1, 2.5 → 3 (R-ABK-3 rule 2)."""
    return floor(Fraction(value) + Fraction(1, 2))


# Peralatan kerja method inputs that are refused as impossible (design limits, not regulation).
MAX_SHIFTS = 4  # four shifts of six hours fill a day
MAX_RPK = 10
MAX_EQUIPMENT = 10_000


@dataclass(frozen=True)
class Need:
    minutes: int  # Σ beban kerja x norma waktu, minutes a year
    fte: Fraction  # unrounded kebutuhan (tasks + equipment)
    needed: int  # whole persons
    low_load: bool  # "beban rendah": raised to 1 by R-ABK-3 rule 4
    equipment_fte: Fraction = Fraction(0)  # the part from the peralatan kerja method


def equipment_need(equipment: int, staff_per_equipment: Fraction | int, shifts: int) -> Fraction:
    """Peralatan kerja method (PermenPANRB 1/2020): jumlah alat x RPK x jumlah shift, unrounded
    (the exact printed form is UNCONFIRMED; R-ABK-2)."""
    if equipment < 0 or staff_per_equipment < 0 or shifts < 0:
        raise ValueError("Equipment, staff per equipment and shifts cannot be negative.")
    return Fraction(equipment) * Fraction(staff_per_equipment) * shifts


def equipment_fte(equipment: Iterable[tuple[int, Fraction | int, int]]) -> Fraction:
    """Σ jumlah alat x RPK x shift over a jabatan's equipment, unrounded (R-ABK-3 rule 1)."""
    return sum((equipment_need(count, rpk, shifts) for count, rpk, shifts in equipment),
               Fraction(0))


def staff_needed(tasks: Iterable[tuple[int, int]], wke_minutes: int = WKE_MINUTES_PER_YEAR,
                 equipment: Iterable[tuple[int, Fraction | int, int]] = ()) -> Need:
    """Tasks as (annual volume, norma minutes), equipment as (jumlah alat, RPK, shifts): the
    tasks' FTE and the equipment's FTE are summed unrounded, then rounded once (R-ABK-3)."""
    minutes = sum(task_minutes(annual, norma) for annual, norma in tasks)
    from_equipment = equipment_fte(equipment)
    fte = Fraction(minutes, check_wke(wke_minutes)) + from_equipment
    needed = round_half_up(fte)
    low_load = bool(fte > 0 and needed == 0)
    # R-ABK-3 rule 4 (design rule): a jabatan in the peta jabatan with any load needs 1 person.
    return Need(minutes, fte, 1 if low_load else needed, low_load, from_equipment)


def selisih(bezetting: int, needed: int) -> int:
    """bezetting - kebutuhan: negative is kurang (shortage), positive lebih (excess)."""
    return bezetting - needed


def fte_display(fte: Fraction) -> str:
    """Two decimals half-up, for screens and reports (R-ABK-3 rule 5)."""
    hundredths = round_half_up(Fraction(fte) * 100)
    return f"{hundredths // 100}.{hundredths % 100:02d}"
