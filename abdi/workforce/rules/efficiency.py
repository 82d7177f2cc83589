"""Efisiensi Jabatan (EJ) and Prestasi Jabatan (PJ), Permendagri 12/2008, with R-ABK-4."""

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from .abk import round_half_up


class Pj(StrEnum):
    A = "A"  # Sangat Baik (EJ > 1.00: the holders are overloaded)
    B = "B"  # Baik
    C = "C"  # Cukup
    D = "D"  # Sedang
    E = "E"  # Kurang


PJ_LABELS = {Pj.A: "Sangat Baik", Pj.B: "Baik", Pj.C: "Cukup", Pj.D: "Sedang", Pj.E: "Kurang"}


@dataclass(frozen=True)
class Efficiency:
    ej: Fraction | None  # exact; None when nobody holds the jabatan ("jabatan kosong")
    ej_2dp: Fraction | None
    pj: Pj | None

    @property
    def vacant(self) -> bool:
        return self.ej is None


def two_decimals(value: Fraction) -> Fraction:
    return Fraction(round_half_up(Fraction(value) * 100), 100)


def classify(ej_2dp: Fraction) -> Pj:
    """Permendagri 12/2008 bands, applied to EJ rounded to 2 decimals (R-ABK-4)."""
    if ej_2dp > 1:
        return Pj.A
    if ej_2dp >= Fraction(90, 100):
        return Pj.B
    if ej_2dp >= Fraction(70, 100):
        return Pj.C
    if ej_2dp >= Fraction(50, 100):
        return Pj.D
    return Pj.E


def efficiency(fte: Fraction, bezetting: int) -> Efficiency:
    """EJ = Σ beban kerja / (jumlah pegawai x WKE) = kebutuhan unrounded / bezetting."""
    if bezetting < 0:
        raise ValueError("Bezetting cannot be negative.")
    if bezetting == 0:
        return Efficiency(None, None, None)
    exact = Fraction(fte) / bezetting
    rounded = two_decimals(exact)
    return Efficiency(exact, rounded, classify(rounded))
