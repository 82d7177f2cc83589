"""The structure of an SKP and what a complete one needs (performance.md §2, §5)."""

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from .problems import Problem, problem


class SkpKind(StrEnum):
    JPT = "JPT"
    NON_JPT = "NON_JPT"


class Approach(StrEnum):
    # Dokumen Evaluasi (BKN format): pendekatan hasil kerja kuantitatif or kualitatif.
    KUANTITATIF = "KUANTITATIF"
    KUALITATIF = "KUALITATIF"


class ResultCategory(StrEnum):
    # PermenPANRB 6/2022 SKP form: rencana hasil kerja utama and tambahan.
    UTAMA = "UTAMA"
    TAMBAHAN = "TAMBAHAN"


class Aspect(StrEnum):
    # PermenPANRB 6/2022 SKP non-JPT: aspek of an indicator.
    KUANTITAS = "KUANTITAS"
    KUALITAS = "KUALITAS"
    WAKTU = "WAKTU"
    BIAYA = "BIAYA"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Perspective(StrEnum):
    # PermenPANRB 6/2022 SKP JPT: perspektif of a result (balanced-scorecard style).
    PL = "PL"
    PB = "PB"
    PI = "PI"
    AG = "AG"

    @property
    def label(self) -> str:
        return PERSPECTIVE_LABELS[self]


PERSPECTIVE_LABELS: dict[Perspective, str] = {
    Perspective.PL: "Penerima Layanan",
    Perspective.PB: "Proses Bisnis",
    Perspective.PI: "Penguatan Internal",
    Perspective.AG: "Anggaran",
}


class LampiranKind(StrEnum):
    # PermenPANRB 6/2022 lampiran SKP: three lists of free text.
    DUKUNGAN_SD = "DUKUNGAN_SD"
    SKEMA_PJ = "SKEMA_PJ"
    KONSEKUENSI = "KONSEKUENSI"

    @property
    def label(self) -> str:
        return LAMPIRAN_LABELS[self]


LAMPIRAN_LABELS: dict[LampiranKind, str] = {
    LampiranKind.DUKUNGAN_SD: "Dukungan Sumber Daya",
    LampiranKind.SKEMA_PJ: "Skema Pertanggungjawaban",
    LampiranKind.KONSEKUENSI: "Konsekuensi",
}


@dataclass(frozen=True)
class SkpIndicator:
    """One IKI of a result: its text, its target, and (non-JPT) its aspek."""

    text: str
    target_value: Decimal | int | None
    target_unit: str = ""
    aspect: Aspect | None = None


@dataclass(frozen=True)
class SkpResult:
    """One rencana hasil kerja (RHK); ``parent_result`` is the atasan's RHK it supports (intervensi)."""

    category: ResultCategory
    text: str
    indicators: tuple[SkpIndicator, ...] = ()
    parent_result: Hashable | None = None
    perspective: Perspective | None = None


def validate_result(kind: SkpKind | str, result: SkpResult, *, row: int | str = 1) -> tuple[Problem, ...]:
    """What one result lacks before its SKP can be submitted; a draft may still lack it."""
    kind = SkpKind(kind)
    problems: list[Problem] = []
    if kind is SkpKind.NON_JPT and result.category is ResultCategory.UTAMA and result.parent_result is None:
        # performance.md §2.3 rule 1: a non-JPT main result cascades from one result of the atasan.
        problems.append(problem("result_needs_parent", row=row))
    if kind is SkpKind.JPT and result.perspective is None:
        # PermenPANRB 6/2022 SKP JPT: every result carries a perspektif.
        problems.append(problem("result_needs_perspective", row=row))
    if not result.indicators:
        # performance.md §2.3 rule 2: each result has at least one IKI.
        problems.append(problem("result_needs_indicator", row=row))
    for number, indicator in enumerate(result.indicators, start=1):
        if kind is SkpKind.NON_JPT and indicator.aspect is None:
            # PermenPANRB 6/2022 SKP non-JPT: each IKI has one aspek.
            problems.append(problem("indicator_needs_aspect", row=row, indicator=number))
        if indicator.target_value is None:
            # performance.md §2.3 rule 2: each IKI has exactly one target.
            problems.append(problem("indicator_needs_target", row=row, indicator=number))
    return tuple(problems)


def validate_skp(kind: SkpKind | str, results: Iterable[SkpResult]) -> tuple[Problem, ...]:
    """The problems of every result, numbered from 1 in the order given."""
    return tuple(found for row, result in enumerate(results, start=1)
                 for found in validate_result(kind, result, row=row))


def realisation_percent(realised: Decimal | int, target: Decimal | int, *,
                        lower_is_better: bool = False, cap: int | None = None) -> Fraction | None:
    """Realisasi against target in percent, exact; None where the share has no meaning.

    Help for the penilai only: performance.md §5 forbids deriving a rating from it unless the
    pemda configures a rule. The spec sets no cap and no direction per aspek, so both are parameters.
    """
    realised, target = Fraction(realised), Fraction(target)
    if realised < 0 or target < 0:
        raise ValueError("Realisation and target cannot be negative.")
    if lower_is_better:
        percent = None if realised == 0 else target / realised * 100
    else:
        percent = None if target == 0 else realised / target * 100
    if percent is not None and cap is not None:
        percent = min(percent, Fraction(cap))
    return percent
