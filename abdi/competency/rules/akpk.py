"""Analisis kebutuhan pengembangan kompetensi: needs in priority order and a suggested activity.

R-KOM-4 (a design rule, competency-and-talent.md §5.7): sort by the size of the negative gap,
largest first; manajerial before teknis when equal; then competencies tied to a performance
predikat of "Butuh Perbaikan" or worse. The suggested form and cost are OUR defaults (not a
regulation), editable on each item.
"""

from dataclasses import dataclass

from .kamus import BY_CODE, SOSIAL_KULTURAL, TEKNIS

MIN_JP_PNS = 20  # PP 11/2017 Pasal 203(4): at least 20 JP a year

KLASIKAL, NONKLASIKAL = "klasikal", "nonklasikal"
# Gap of two levels or more: a classroom course; one level: coaching/mentoring/e-learning.
SUGGESTION = {
    KLASIKAL: ("Pelatihan klasikal", 24, 3_500_000),
    NONKLASIKAL: ("Coaching, mentoring atau e-learning", 10, 500_000),
}


@dataclass(frozen=True)
class Need:
    code: str
    gap: int  # negative
    kind: str
    performance_linked: bool = False


def kind_of(code: str) -> str:
    competency = BY_CODE.get(code)
    return competency.kind if competency else TEKNIS


def needs(gaps: dict[str, int], *, performance_codes: frozenset = frozenset()) -> list[Need]:
    found = [Need(c, g, kind_of(c), c in performance_codes) for c, g in gaps.items() if g < 0]
    kind_rank = {TEKNIS: 1}  # manajerial and sosial kultural before teknis
    return sorted(found, key=lambda n: (n.gap, kind_rank.get(n.kind, 0),
                                        not n.performance_linked, n.code))


def suggestion(gap: int) -> tuple[str, str, int, int]:
    """(kind, form, JP, estimated cost in rupiah) for a gap."""
    kind = KLASIKAL if gap <= -2 else NONKLASIKAL
    form, jp, cost = SUGGESTION[kind]
    return kind, form, jp, cost


__all__ = ["MIN_JP_PNS", "SOSIAL_KULTURAL", "Need", "kind_of", "needs", "suggestion"]
