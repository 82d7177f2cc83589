"""Progress of a team against its targets, for bars and the leaders' overview."""

from decimal import ROUND_HALF_UP, Decimal

DISPLAY_CAP = 100  # a bar never runs past its box; the number beside it says the truth


def percent(realised, target) -> Decimal | None:
    """Realisation as a percentage of the target (None when there is no target)."""
    target = Decimal(target)
    if target <= 0:
        return None
    return (Decimal(realised) * 100 / target).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def mean_percent(pairs) -> Decimal | None:
    """Mean of the indicators' percentages (each capped at 100 so one outlier does not hide
    the others); None when the team has no measurable indicator."""
    values = [min(p, Decimal(DISPLAY_CAP)) for p in (percent(r, t) for r, t in pairs) if p is not None]
    if not values:
        return None
    return (sum(values) / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def bar_width(value) -> int:
    """Width of a progress bar in percent, 0..100."""
    if value is None:
        return 0
    return max(0, min(DISPLAY_CAP, int(Decimal(value))))
