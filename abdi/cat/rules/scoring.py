"""Scoring a CAT sheet: SKD (TWK, TIU, TKP) and PPPK compositions held as data (R-REC-1)."""

from dataclasses import dataclass
from fractions import Fraction

RIGHT_WRONG = "right_wrong"  # one right option; correct earns the points, wrong or blank 0
WEIGHTED = "weighted"  # every option carries a weight; blank 0


@dataclass(frozen=True)
class PartRule:
    code: str
    name: str
    questions: int
    kind: str
    points_correct: int = 5
    max_weight: int = 5

    @property
    def maximum(self) -> int:
        per_item = self.points_correct if self.kind == RIGHT_WRONG else self.max_weight
        return self.questions * per_item


@dataclass(frozen=True)
class Composition:
    code: str
    year: int
    parts: tuple[PartRule, ...]
    minutes: int
    minutes_disability: int

    @property
    def maximum(self) -> int:
        return sum(p.maximum for p in self.parts)

    def part(self, code: str) -> PartRule:
        return next(p for p in self.parts if p.code == code)


# KepmenPANRB 321/2024 (CPNS 2024): TWK 30, TIU 35, TKP 45; 5/0 and weights 1-5; 100 (130) minutes.
SKD_2024 = Composition("SKD", 2024, (
    PartRule("TWK", "Tes Wawasan Kebangsaan", 30, RIGHT_WRONG),
    PartRule("TIU", "Tes Intelegensia Umum", 35, RIGHT_WRONG),
    PartRule("TKP", "Tes Karakteristik Pribadi", 45, WEIGHTED, max_weight=5),
), minutes=100, minutes_disability=130)

# KepmenPANRB 347/2024 (PPPK 2024 teknis): 90 / 25 / 20 / 10 items; weights 1-4; no NAB.
PPPK_2024 = Composition("PPPK", 2024, (
    PartRule("TEKNIS", "Kompetensi teknis", 90, RIGHT_WRONG),
    PartRule("MANAJERIAL", "Kompetensi manajerial", 25, WEIGHTED, max_weight=4),
    PartRule("SOSIOKULTURAL", "Kompetensi sosial kultural", 20, WEIGHTED, max_weight=4),
    PartRule("WAWANCARA", "Wawancara", 10, WEIGHTED, max_weight=4),
), minutes=130, minutes_disability=165)

COMPOSITIONS = {c.code: c for c in (SKD_2024, PPPK_2024)}


def item_points(kind: str, *, chosen: int | None, correct: int | None = None,
                weights: dict | None = None, points_correct: int = 5) -> int:
    """Points of one item: `chosen` is the option picked (None = blank)."""
    if chosen is None:
        return 0  # no negative marking, a blank scores 0 in every part
    if kind == RIGHT_WRONG:
        return points_correct if chosen == correct else 0
    return int((weights or {}).get(chosen, 0))


def score_sheet(composition: Composition, points: dict[str, list[int]]) -> dict[str, int]:
    """Per-part scores and "total" from the points earned per item of each part."""
    scores = {p.code: sum(points.get(p.code, ())) for p in composition.parts}
    for part in composition.parts:
        if scores[part.code] > part.maximum:
            raise ValueError(f"{part.code} above its maximum {part.maximum}")
    scores["total"] = sum(scores[p.code] for p in composition.parts)
    return scores


# --- SKB and final integration (PermenPANRB 27/2021 Pasal 48; 6/2024) ------------------------

PEMDA, PUSAT = "daerah", "pusat"
SKB_CAT, INTERVIEW = "cat", "wawancara"


def check_skb_weights(level: str, weights: dict[str, int]) -> list[str]:
    """Problems with an SKB weight set in percent (empty when valid)."""
    problems = []
    if sum(weights.values()) != 100:
        problems.append("weights must add up to 100")
    cat = weights.get(SKB_CAT, 0)
    extra = {k: v for k, v in weights.items() if k != SKB_CAT}
    if level == PEMDA:
        if cat < 60:
            problems.append("SKB CAT must weigh at least 60")
        if len(extra) > 1:
            problems.append("at most one additional test")
        if INTERVIEW in extra:
            problems.append("an interview is not allowed for a regional government")
        if sum(extra.values()) > 40:
            problems.append("additional test at most 40")
    else:
        if cat < 50:
            problems.append("SKB CAT must weigh at least 50")
        if extra.get(INTERVIEW, 0) > 30:
            problems.append("interview at most 30")
        if any(v > 20 for k, v in extra.items() if k != INTERVIEW):
            problems.append("other tests at most 20")
    return problems


def final_score(skd_total: int, skb_components: dict[str, Fraction | int],
                weights: dict[str, int], skd_maximum: int = 550) -> Fraction:
    """NILAI_AKHIR = 0.40 * SKD/550*100 + 0.60 * sum(weight * component), exact (R-REC-4)."""
    skd_100 = Fraction(skd_total * 100, skd_maximum)
    skb_100 = sum((Fraction(weights[k], 100) * Fraction(v) for k, v in skb_components.items()),
                  Fraction(0))
    return Fraction(2, 5) * skd_100 + Fraction(3, 5) * skb_100


def display3(value: Fraction) -> str:
    """Three decimals, half up (the official rounding is unconfirmed; ties use exact values)."""
    thousandths = (value * 1000 + Fraction(1, 2)).__floor__()
    return f"{thousandths // 1000}.{thousandths % 1000:03d}"
