"""The 9-box: potensial and kinerja levels, box numbers, actions per box (PermenPANRB 3/2020;
competency-and-talent.md §6.2-6.4, R-TAL-1)."""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Potensial(StrEnum):
    RENDAH = "rendah"
    MENENGAH = "menengah"
    TINGGI = "tinggi"


class Kinerja(StrEnum):
    BAWAH = "bawah"
    SESUAI = "sesuai"
    ATAS = "atas"


class KinerjaMode(StrEnum):
    # R-TAL-1 default: Sangat Baik = atas, Baik = sesuai, the rest = bawah.
    PREDIKAT = "predikat"
    # S-TAL-3 alternative: predikat as a score 100/80/60/40/20, then the potensial cut-offs.
    SCORE = "score"


@dataclass(frozen=True)
class Thresholds:
    """R-TAL-1 cut-offs, lower bound inclusive; configurable per instansi and year."""

    middle: Decimal = Decimal("60")
    high: Decimal = Decimal("80")
    mode: KinerjaMode = KinerjaMode.PREDIKAT

    def __post_init__(self):
        if not (Decimal(0) <= Decimal(self.middle) < Decimal(self.high) <= Decimal(100)):
            raise ValueError("cut-offs must satisfy 0 <= middle < high <= 100")


DEFAULT = Thresholds()

# R-TAL-1 default mapping of the PermenPANRB 6/2022 predikat.
PREDIKAT_KINERJA = {"SB": Kinerja.ATAS, "B": Kinerja.SESUAI, "BP": Kinerja.BAWAH,
                    "K": Kinerja.BAWAH, "SK": Kinerja.BAWAH}
# S-TAL-3 score mapping.
PREDIKAT_SCORE = {"SB": 100, "B": 80, "BP": 60, "K": 40, "SK": 20}

# §6.3: M[potensial][kinerja], kinerja index bawah, sesuai, atas.
M = {Potensial.RENDAH: (1, 2, 4), Potensial.MENENGAH: (3, 5, 7), Potensial.TINGGI: (6, 8, 9)}
KINERJA_INDEX = {Kinerja.BAWAH: 0, Kinerja.SESUAI: 1, Kinerja.ATAS: 2}
# Display order: top row Tinggi, bottom row Rendah (T-TAL-4).
BOX_GRID: tuple[tuple[int, int, int], ...] = (M[Potensial.TINGGI], M[Potensial.MENENGAH],
                                              M[Potensial.RENDAH])
BOX_LEVELS = {box: (pot, kin) for pot, row in M.items()
              for kin, box in zip((Kinerja.BAWAH, Kinerja.SESUAI, Kinerja.ATAS), row, strict=True)}

# §6.4: Kelompok Rencana Suksesi Instansi = 9, 8, 7; Nasional = 9.
INSTANSI_POOL_BOXES = frozenset({7, 8, 9})
NASIONAL_POOL_BOXES = frozenset({9})

# §6.3 recommended follow-up per box (paraphrased, English msgids; translated centrally).
BOX_ACTIONS: dict[int, tuple[str, ...]] = {
    9: ("Promote (siap dipromosikan)", "Retain", "Succession plan of the instansi and national",
        "Award (penghargaan)"),
    8: ("Retain", "Succession plan of the instansi", "Rotation or job enlargement",
        "Performance guidance"),
    7: ("Retain", "Succession plan of the instansi", "Rotation or job enrichment",
        "Competency development", "Study assignment (tugas belajar)"),
    6: ("Suitable placement", "Performance guidance", "Performance counselling"),
    5: ("Suitable placement", "Performance guidance", "Competency development"),
    4: ("Rotation", "Competency development"),
    3: ("Performance guidance", "Performance counselling", "Competency development",
        "Suitable placement"),
    2: ("Performance guidance", "Competency development", "Suitable placement"),
    1: ("Handled under the applicable rules (e.g. PP 30/2019 performance sanctions)",),
}


def potensial_level(score, thresholds: Thresholds = DEFAULT) -> Potensial:
    """R-TAL-1: Rendah X < 60; Menengah 60 <= X < 80; Tinggi X >= 80."""
    x = Decimal(str(score))
    if not Decimal(0) <= x <= Decimal(100):
        raise ValueError("potential score must be within 0..100")
    if x >= Decimal(thresholds.high):
        return Potensial.TINGGI
    if x >= Decimal(thresholds.middle):
        return Potensial.MENENGAH
    return Potensial.RENDAH


def kinerja_level(predikat: str, thresholds: Thresholds = DEFAULT) -> Kinerja:
    if predikat not in PREDIKAT_KINERJA:
        raise ValueError(f"unknown predikat {predikat!r}")
    if thresholds.mode == KinerjaMode.SCORE:
        score = Decimal(PREDIKAT_SCORE[predikat])
        if score >= Decimal(thresholds.high):
            return Kinerja.ATAS
        if score >= Decimal(thresholds.middle):
            return Kinerja.SESUAI
        return Kinerja.BAWAH
    return PREDIKAT_KINERJA[predikat]


def box_of(potensial: Potensial, kinerja: Kinerja) -> int:
    return M[Potensial(potensial)][KINERJA_INDEX[Kinerja(kinerja)]]


def place(score, predikat: str, thresholds: Thresholds = DEFAULT) -> tuple[int, Potensial, Kinerja]:
    pot, kin = potensial_level(score, thresholds), kinerja_level(predikat, thresholds)
    return box_of(pot, kin), pot, kin


def succession_group(box: int) -> str:
    """'nasional' (box 9, also instansi), 'instansi' (7, 8) or '' (§6.3 last column)."""
    if box in NASIONAL_POOL_BOXES:
        return "nasional"
    return "instansi" if box in INSTANSI_POOL_BOXES else ""


def composite(potensi, jpm, *, weight_potensi=Decimal("0.6")) -> Decimal:
    """Example configuration (not a regulation): 0.6 x potensi + 0.4 x JPM (T-TAL-6)."""
    w = Decimal(str(weight_potensi))
    return w * Decimal(str(potensi)) + (1 - w) * Decimal(str(jpm))
