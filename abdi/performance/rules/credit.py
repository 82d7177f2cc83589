"""Angka kredit of a jabatan fungsional from its predikat, and the AK kumulatif needed (§10.1)."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from .ratings import Predikat


class JfLevel(StrEnum):
    """Jenjang of a jabatan fungsional; values match abdi.people's JfLevel."""

    PEMULA = "PEMULA"
    TERAMPIL = "TERAMPIL"
    MAHIR = "MAHIR"
    PENYELIA = "PENYELIA"
    AHLI_PERTAMA = "AHLI_PERTAMA"
    AHLI_MUDA = "AHLI_MUDA"
    AHLI_MADYA = "AHLI_MADYA"
    AHLI_UTAMA = "AHLI_UTAMA"


# PermenPANRB 1/2023 and PerBKN 3/2023: persentase of the koefisien earned per predikat.
AK_PERCENT: dict[Predikat, int] = {
    Predikat.SB: 150,
    Predikat.B: 100,
    Predikat.BP: 75,
    Predikat.K: 50,
    Predikat.SK: 25,
}

# PermenPANRB 1/2023 and PerBKN 3/2023: koefisien angka kredit per year by jenjang.
AK_COEFFICIENT: dict[JfLevel, Decimal] = {
    JfLevel.PEMULA: Decimal("3.75"),
    JfLevel.TERAMPIL: Decimal("5"),
    JfLevel.MAHIR: Decimal("12.5"),
    JfLevel.PENYELIA: Decimal("25"),
    JfLevel.AHLI_PERTAMA: Decimal("12.5"),
    JfLevel.AHLI_MUDA: Decimal("25"),
    JfLevel.AHLI_MADYA: Decimal("37.5"),
    JfLevel.AHLI_UTAMA: Decimal("50"),
}


def angka_kredit(predikat: Predikat | str, level: JfLevel | str, *, months: int = 12) -> Fraction:
    """The exact AK earned over ``months`` months of one year with ``predikat``."""
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 12:
        raise ValueError(f"An AK period is 1 to 12 whole months; got {months!r}.")
    # PerBKN 3/2023: AK = (bulan / 12) x persentase(predikat) x koefisien(jenjang).
    percent = Fraction(AK_PERCENT[Predikat(predikat)], 100)
    return Fraction(months, 12) * percent * Fraction(AK_COEFFICIENT[JfLevel(level)])


def round_ak(value: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """AK rounded half up: 4 places to store, 2 to show (design decision; official rounding UNCONFIRMED)."""
    exact = Fraction(value)
    scale = 10**places
    whole = (exact * scale * 2 + 1) // 2 if exact >= 0 else -((-exact * scale * 2 + 1) // 2)
    return Decimal(whole).scaleb(-places)


def total_angka_kredit(earned: Iterable[Fraction | Decimal | int]) -> Fraction:
    """AK kumulatif: the exact sum of the AK earned year by year."""
    return sum((Fraction(value) for value in earned), Fraction(0))


class AkPurpose(StrEnum):
    KENAIKAN_PANGKAT = "KENAIKAN_PANGKAT"
    KENAIKAN_JENJANG = "KENAIKAN_JENJANG"


@dataclass(frozen=True)
class AkRequirement:
    lowest_grade: str
    highest_grade: str
    for_rank: int  # AK kumulatif for each kenaikan pangkat within the jenjang
    for_level: int | None  # AK kumulatif for the next jenjang; None at the top of the ladder


# PerBKN 3/2023 (BKN slide "Perbandingan Kebutuhan AKK", kolom Integrasi/Konversi).
# The Mahir, Terampil and Pemula rows are reconstructed (UNCONFIRMED): pass ``table`` to override.
AK_REQUIREMENTS: dict[JfLevel, AkRequirement] = {
    JfLevel.AHLI_PERTAMA: AkRequirement("III/a", "III/b", 50, 100),
    JfLevel.AHLI_MUDA: AkRequirement("III/c", "III/d", 100, 200),
    JfLevel.AHLI_MADYA: AkRequirement("IV/a", "IV/c", 150, 450),
    JfLevel.AHLI_UTAMA: AkRequirement("IV/d", "IV/e", 200, None),
    JfLevel.PENYELIA: AkRequirement("III/c", "III/d", 100, None),
    JfLevel.MAHIR: AkRequirement("III/a", "III/b", 50, 100),
    JfLevel.TERAMPIL: AkRequirement("II/b", "II/d", 20, 60),
    JfLevel.PEMULA: AkRequirement("II/a", "II/a", 15, 15),
}


def ak_required(level: JfLevel | str, purpose: AkPurpose | str, *,
                table: Mapping[JfLevel, AkRequirement] = AK_REQUIREMENTS) -> int | None:
    """The AK kumulatif needed; None where the jenjang has no higher jenjang to reach."""
    requirement = table[JfLevel(level)]
    if AkPurpose(purpose) is AkPurpose.KENAIKAN_PANGKAT:
        return requirement.for_rank
    return requirement.for_level


def meets_ak_requirement(accumulated: Fraction | Decimal | int, level: JfLevel | str,
                         purpose: AkPurpose | str, *,
                         table: Mapping[JfLevel, AkRequirement] = AK_REQUIREMENTS) -> bool:
    """Whether the AK kumulatif suffices; masa kerja and uji kompetensi are checked elsewhere."""
    required = ak_required(level, purpose, table=table)
    if required is None:
        raise ValueError(f"{JfLevel(level).value} has no higher jenjang to reach.")
    return Fraction(accumulated) >= required
