"""Ratings, the predikat matrix and the organisation's predikat (performance.md §4-§7)."""

from collections.abc import Mapping
from enum import StrEnum


class Rating(StrEnum):
    # PermenPANRB 6/2022: hasil kerja and perilaku kerja share one three-level scale.
    ATAS = "ATAS"
    SESUAI = "SESUAI"
    BAWAH = "BAWAH"

    @property
    def label(self) -> str:
        return RATING_LABELS[self]


RATING_LABELS: dict[Rating, str] = {
    Rating.ATAS: "Di Atas Ekspektasi",
    Rating.SESUAI: "Sesuai Ekspektasi",
    Rating.BAWAH: "Di Bawah Ekspektasi",
}


class Predikat(StrEnum):
    """The employee's predikat kinerja, declared best first."""

    SB = "SB"
    B = "B"
    BP = "BP"
    K = "K"
    SK = "SK"

    @property
    def label(self) -> str:
        return PREDIKAT_LABELS[self]

    @property
    def rank(self) -> int:
        """1 for Sangat Baik down to 5 for Sangat Kurang."""
        return PREDIKAT_ORDER.index(self) + 1

    def is_at_least(self, other: "Predikat | str") -> bool:
        return self.rank <= Predikat(other).rank


PREDIKAT_ORDER: tuple[Predikat, ...] = tuple(Predikat)

PREDIKAT_LABELS: dict[Predikat, str] = {
    Predikat.SB: "Sangat Baik",
    Predikat.B: "Baik",
    Predikat.BP: "Butuh Perbaikan",
    Predikat.K: "Kurang/Misconduct",
    Predikat.SK: "Sangat Kurang",
}

# PermenPANRB 6/2022 lampiran: kuadran predikat, keyed (rating hasil kerja, rating perilaku kerja).
PREDIKAT_MATRIX: dict[tuple[Rating, Rating], Predikat] = {
    (Rating.ATAS, Rating.BAWAH): Predikat.K,
    (Rating.ATAS, Rating.SESUAI): Predikat.B,
    (Rating.ATAS, Rating.ATAS): Predikat.SB,
    (Rating.SESUAI, Rating.BAWAH): Predikat.K,
    (Rating.SESUAI, Rating.SESUAI): Predikat.B,
    (Rating.SESUAI, Rating.ATAS): Predikat.B,
    (Rating.BAWAH, Rating.BAWAH): Predikat.SK,
    (Rating.BAWAH, Rating.SESUAI): Predikat.BP,
    (Rating.BAWAH, Rating.ATAS): Predikat.BP,
}


def predikat_for(hasil_kerja: Rating | str, perilaku: Rating | str) -> Predikat:
    """The predikat of the matrix cell for the two ratings (codes or Rating members)."""
    return PREDIKAT_MATRIX[Rating(hasil_kerja), Rating(perilaku)]


class OrgPredikat(StrEnum):
    """The organisation's predikat (capaian kinerja organisasi), declared best first."""

    # SE MenPANRB 3/2023: five predikat of the organisation, fixed one level up.
    IST = "IST"
    B = "B"
    BP = "BP"
    K = "K"
    SK = "SK"

    @property
    def label(self) -> str:
        return ORG_PREDIKAT_LABELS[self]


ORG_PREDIKAT_LABELS: dict[OrgPredikat, str] = {
    OrgPredikat.IST: "Istimewa",
    OrgPredikat.B: "Baik",
    OrgPredikat.BP: "Butuh Perbaikan",
    OrgPredikat.K: "Kurang",
    OrgPredikat.SK: "Sangat Kurang",
}

# SE MenPANRB 3/2023 (SECONDARY): a unit head's rating hasil kerja is the unit's capaian; the
# five-to-three translation is UNCONFIRMED, so this default is a parameter of unit_head_rating.
UNIT_HEAD_RATING: dict[OrgPredikat, Rating] = {
    OrgPredikat.IST: Rating.ATAS,
    OrgPredikat.B: Rating.SESUAI,
    OrgPredikat.BP: Rating.BAWAH,
    OrgPredikat.K: Rating.BAWAH,
    OrgPredikat.SK: Rating.BAWAH,
}


def unit_head_rating(org_predikat: OrgPredikat | str, *,
                     mapping: Mapping[OrgPredikat, Rating] = UNIT_HEAD_RATING) -> Rating:
    """The rating hasil kerja of the head of a unit, taken from the unit's own predikat."""
    return Rating(mapping[OrgPredikat(org_predikat)])
