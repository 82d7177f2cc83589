"""NRR, SKM, IKM and mutu pelayanan (PermenPANRB 14/2017; public-service.md §1.3-§1.4).

Exact arithmetic with Fraction throughout (R-SKM-1, R-SKM-2): only the final IKM is rounded,
to 2 decimals half-up, and the rounded value is classified.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from .unsur import KEYS, VALID_ANSWERS

EXACT_WEIGHT = Fraction(1, 9)  # R-SKM-1: bobot 1/9, never 0.111
LEGACY_WEIGHT = Fraction(111, 1000)  # the "0,111" worksheet: legacy mode only, clearly labelled
IKM_FACTOR = 25  # IKM = 25 x SKM (scale 25..100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Mutu:
    grade: str  # A..D
    label: str  # kinerja unit pelayanan
    value: int  # nilai persepsi 1..4


MUTU_A = Mutu("A", "Sangat Baik", 4)
MUTU_B = Mutu("B", "Baik", 3)
MUTU_C = Mutu("C", "Kurang Baik", 2)
MUTU_D = Mutu("D", "Tidak Baik", 1)
# §1.4 classification algorithm on the rounded IKM: lower bound -> mutu, best first.
MUTU_BOUNDS: tuple[tuple[Decimal, Mutu], ...] = (
    (Decimal("88.31"), MUTU_A), (Decimal("76.61"), MUTU_B), (Decimal("65.00"), MUTU_C),
)


def round_half_up(value: Fraction | Decimal | int, places: Decimal = CENT) -> Decimal:
    """Half-up to `places` from an exact value; a Fraction is divided with 60 digits first, far
    more than the 10 that R-SKM-1 asks, so the half-up decision is that of the exact value."""
    with localcontext() as ctx:
        ctx.prec = 60
        if isinstance(value, Fraction):
            value = Decimal(value.numerator) / Decimal(value.denominator)
        return Decimal(value).quantize(places, rounding=ROUND_HALF_UP)


def mutu(ikm_rounded: Decimal) -> Mutu:
    """§1.4: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D; apply to the IKM rounded to 2 decimals."""
    value = Decimal(ikm_rounded)
    for bound, grade in MUTU_BOUNDS:
        if value >= bound:
            return grade
    return MUTU_D


@dataclass(frozen=True)
class Tally:
    """Σ answers and number of answers for one unsur (what one SQL SUM/COUNT gives)."""

    total: int = 0
    count: int = 0

    @property
    def nrr(self) -> Fraction | None:
        # R-SKM-3: the divisor is the number of questionnaires that answered this unsur.
        return Fraction(self.total, self.count) if self.count else None


@dataclass(frozen=True)
class UnsurResult:
    key: str
    total: int
    count: int
    nrr: Fraction | None

    @property
    def ikm(self) -> Decimal | None:
        """R-SKM-4: 25 x NRR, rounded to 2 decimals half-up."""
        return None if self.nrr is None else round_half_up(IKM_FACTOR * self.nrr)

    @property
    def mutu(self) -> Mutu | None:
        return None if self.ikm is None else mutu(self.ikm)

    @property
    def nrr_display(self) -> Decimal | None:
        return None if self.nrr is None else round_half_up(self.nrr, Decimal("0.001"))


@dataclass(frozen=True)
class IkmResult:
    respondents: int
    unsur: tuple[UnsurResult, ...]
    skm: Fraction | None  # exact, scale 1..4
    ikm: Decimal | None  # rounded to 2 decimals, scale 25..100
    mutu: Mutu | None
    legacy: bool = False  # True: computed with the 0.111 worksheet weight (not the regulation's 1/9)

    @property
    def ikm_exact(self) -> Fraction | None:
        return None if self.skm is None else IKM_FACTOR * self.skm

    @property
    def weakest(self) -> tuple[UnsurResult, ...]:
        """R-SKM-4: the unsur with the lowest NRR (all of them on a tie): the follow-up priority."""
        answered = [u for u in self.unsur if u.nrr is not None]
        if not answered:
            return ()
        lowest = min(u.nrr for u in answered)
        return tuple(u for u in answered if u.nrr == lowest)

    def lowest(self, n: int = 2) -> tuple[UnsurResult, ...]:
        """The n lowest unsur by NRR (stable on ties), for the rencana tindak lanjut."""
        answered = [u for u in self.unsur if u.nrr is not None]
        return tuple(sorted(answered, key=lambda u: u.nrr)[:n])


def from_tallies(tallies: Mapping[str, Tally], respondents: int, *, legacy: bool = False,
                 order: Iterable[str] = KEYS) -> IkmResult:
    """IKM from Σ and n per unsur. An unsur nobody answered has no NRR; with any such unsur
    the unit index is not computed (the mean of 9 NRRs needs all nine)."""
    order = tuple(order)
    results = tuple(UnsurResult(k, tallies.get(k, Tally()).total, tallies.get(k, Tally()).count,
                                tallies.get(k, Tally()).nrr) for k in order)
    if not results or any(u.nrr is None for u in results):
        return IkmResult(respondents, results, None, None, None, legacy)
    weight = LEGACY_WEIGHT if legacy else EXACT_WEIGHT
    skm = sum((u.nrr * weight for u in results), Fraction(0))
    ikm = round_half_up(IKM_FACTOR * skm)
    return IkmResult(respondents, results, skm, ikm, mutu(ikm), legacy)


def compute(answers: Iterable[Mapping[str, int | None]], *, legacy: bool = False,
            order: Iterable[str] = KEYS) -> IkmResult:
    """IKM of raw questionnaires: each a mapping unsur key -> 1..4 or None (not answered)."""
    totals = {k: [0, 0] for k in KEYS}
    respondents = 0
    for row in answers:
        respondents += 1
        for key in KEYS:
            value = row.get(key)
            if value is None:
                continue
            if value not in VALID_ANSWERS or isinstance(value, bool):
                raise ValueError(f"answer {value!r} for {key} is not 1..4")  # T-SKM-9
            totals[key][0] += value
            totals[key][1] += 1
    return from_tallies({k: Tally(t, n) for k, (t, n) in totals.items()}, respondents,
                        legacy=legacy, order=order)


def pool(results: Iterable[IkmResult], *, legacy: bool = False,
         order: Iterable[str] = KEYS) -> IkmResult:
    """One index for several units from their pooled raw answers (Σ and n add up, §1.3), never
    the average of their indexes."""
    totals: dict[str, list[int]] = {k: [0, 0] for k in KEYS}
    respondents = 0
    for result in results:
        respondents += result.respondents
        for unsur in result.unsur:
            totals[unsur.key][0] += unsur.total
            totals[unsur.key][1] += unsur.count
    return from_tallies({k: Tally(t, n) for k, (t, n) in totals.items()}, respondents,
                        legacy=legacy, order=order)
