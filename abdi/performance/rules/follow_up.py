"""Tindak lanjut: what a predikat leads to (performance.md §11); thresholds are per-government settings."""

from collections.abc import Sequence

from .ratings import Predikat

# Issue 3 (product rule, not a regulation): a predikat below Baik opens a coaching plan (pembinaan).
COACHING_BELOW = Predikat.B


def needs_coaching(predikat: Predikat | str, *, below: Predikat | str = COACHING_BELOW) -> bool:
    return not Predikat(predikat).is_at_least(below)


# PP 99/2000 jo PP 12/2002 (wording under PermenPANRB 6/2022 UNCONFIRMED): at least Baik in each of
# the last two years before a kenaikan pangkat reguler.
PROMOTION_YEARS = 2
PROMOTION_MINIMUM = Predikat.B


def meets_promotion_predikat(yearly: Sequence[Predikat | str], *, years: int = PROMOTION_YEARS,
                             minimum: Predikat | str = PROMOTION_MINIMUM) -> bool:
    """Whether the last ``years`` annual predikat (oldest first) are all at least ``minimum``.

    Masa kerja in pangkat and the absence of an active hukuman disiplin are checked elsewhere.
    """
    if len(yearly) < years:
        return False
    return all(Predikat(p).is_at_least(minimum) for p in yearly[len(yearly) - years:])


# UU 20/2023 Pasal 52(3)(f) "tidak berkinerja": the predikat that count as poor.
POOR_PREDIKAT = frozenset({Predikat.K, Predikat.SK})
# performance.md §11 (threshold UNCONFIRMED, no implementing PP found): consecutive poor years to alert.
POOR_STREAK_THRESHOLD = 2


def poor_streak(yearly: Sequence[Predikat | str]) -> int:
    """How many of the latest annual predikat (oldest first) in a row are Kurang or Sangat Kurang."""
    streak = 0
    for predikat in reversed(yearly):
        if Predikat(predikat) not in POOR_PREDIKAT:
            break
        streak += 1
    return streak


def tidak_berkinerja_alert(yearly: Sequence[Predikat | str], *,
                           threshold: int = POOR_STREAK_THRESHOLD) -> bool:
    """Whether to alert HR to a possible "tidak berkinerja" case; alerting only, never a decision."""
    return poor_streak(yearly) >= threshold
