"""Minimum number of respondents: Krejcie & Morgan (1970), as PermenPANRB 14/2017 fixes it
(public-service.md §1.5)."""

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

CHI_SQUARE = Fraction(3841, 1000)  # χ² with 1 d.f. at 95 %
P = Fraction(1, 2)
D = Fraction(5, 100)

FORMULA, TABLE = "formula", "table"

# The published table, N -> S (§1.5); the formula with half-up rounding reproduces every row.
TABLE_ROWS: tuple[tuple[int, int], ...] = (
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44),
    (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76),
    (100, 80), (110, 86), (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118),
    (180, 123), (190, 127), (200, 132), (210, 136), (220, 140), (230, 144), (240, 148),
    (250, 152), (260, 155), (270, 159), (280, 162), (290, 165), (300, 169), (320, 175),
    (340, 181), (360, 186), (380, 191), (400, 196), (420, 201), (440, 205), (460, 210),
    (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248), (750, 254),
    (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278), (1100, 285), (1200, 291),
    (1300, 297), (1400, 302), (1500, 306), (1600, 310), (1700, 313), (1800, 317), (1900, 320),
    (2000, 322), (2200, 327), (2400, 331), (2600, 335), (2800, 338), (3000, 341), (3500, 346),
    (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364), (8000, 367), (9000, 368),
    (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381),
    (75000, 382), (1000000, 384),
)


def exact_sample(population: int) -> Fraction:
    """S = χ²·N·P(1-P) / (d²·(N-1) + χ²·P(1-P)), exactly."""
    n = Fraction(population)
    return (CHI_SQUARE * n * P * (1 - P)) / (D * D * (n - 1) + CHI_SQUARE * P * (1 - P))


def formula_sample(population: int) -> int:
    """R-SKM-5: the formula rounded half-up to a whole respondent (never more than N)."""
    if population <= 0:
        return 0
    exact = exact_sample(population)
    rounded = int((Decimal(exact.numerator) / Decimal(exact.denominator))
                  .quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return min(rounded, population)


def table_sample(population: int) -> int:
    """The conservative option: S of the next-larger table row (the formula below the table)."""
    if population <= 0:
        return 0
    for n, s in TABLE_ROWS:
        if population <= n:
            return min(s, population)
    return TABLE_ROWS[-1][1]


def required_sample(population: int | None, method: str = FORMULA) -> int | None:
    """The minimum respondents for a population N by the government's method; None without N."""
    if population is None:
        return None
    return table_sample(population) if method == TABLE else formula_sample(population)
