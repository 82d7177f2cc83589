"""Numeric appraisal before PermenPANRB 6/2022, to display history only (performance.md §3, §10.2)."""

from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

# PP 30/2019 before PermenPANRB 8/2021: the aspects of perilaku kerja.
LEGACY_BEHAVIOUR_ASPECTS: tuple[str, ...] = (
    "Orientasi Pelayanan",
    "Komitmen",
    "Inisiatif Kerja",
    "Kerja Sama",
    "Kepemimpinan",
)


class LegacyCategory(StrEnum):
    SANGAT_BAIK = "SANGAT_BAIK"
    BAIK = "BAIK"
    CUKUP = "CUKUP"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT_KURANG"
    BURUK = "BURUK"


def pp30_score(skp: Decimal | int, behaviour: Decimal | int, *, with_360: bool = False) -> Fraction:
    """The PP 30/2019 nilai kinerja: SKP 70% + perilaku 30%, or 60% + 40% with a 360-degree assessment."""
    # PP 30/2019: bobot 70/30, or 60/40 where the instansi applies 360-degree behaviour assessment.
    skp_percent = 60 if with_360 else 70
    return (Fraction(skp) * skp_percent + Fraction(behaviour) * (100 - skp_percent)) / 100


def pp30_category(score: Decimal | int | Fraction, *, new_idea: bool = False) -> LegacyCategory:
    """The PP 30/2019 predikat of a nilai kinerja; each range includes its lower bound."""
    # PP 30/2019 (ranges UNCONFIRMED): SB 110-120 with a new idea, Baik 90-120, Cukup 70-90,
    # Kurang 50-70, Sangat Kurang below 50.
    score = Fraction(score)
    if score >= 110 and new_idea:
        return LegacyCategory.SANGAT_BAIK
    if score >= 90:
        return LegacyCategory.BAIK
    if score >= 70:
        return LegacyCategory.CUKUP
    if score >= 50:
        return LegacyCategory.KURANG
    return LegacyCategory.SANGAT_KURANG


def pp46_category(score: Decimal | int | Fraction) -> LegacyCategory:
    """The PP 46/2011 sebutan of a nilai prestasi kerja; a fraction between bands takes the upper one."""
    # PP 46/2011: >= 91 sangat baik, 76-90 baik, 61-75 cukup, 51-60 kurang, <= 50 buruk.
    score = Fraction(score)
    if score > 90:
        return LegacyCategory.SANGAT_BAIK
    if score > 75:
        return LegacyCategory.BAIK
    if score > 60:
        return LegacyCategory.CUKUP
    if score > 50:
        return LegacyCategory.KURANG
    return LegacyCategory.BURUK
