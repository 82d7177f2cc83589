"""Contribution weights and each member's share of the team's target and realisation.

Shares are rounded half-up to 0.01 like every SKP value (two decimals in e-Kinerja).
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
MAX_WEIGHT = HUNDRED




def parse_weight(raw) -> Decimal | None:
    """A weight typed by the lead: a number 0..100 with at most two decimals, else None."""
    text = str(raw if raw is not None else "").strip().replace(",", ".")
    if not text or len(text) > 8:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value > MAX_WEIGHT:
        return None
    if value != value.quantize(CENT):
        return None
    return value.quantize(CENT)


def weights_complete(weights) -> bool:
    """Active members' weights must add up to exactly 100 percent."""
    return sum((Decimal(w) for w in weights), Decimal(0)) == HUNDRED


def weights_total(weights) -> Decimal:
    return sum((Decimal(w) for w in weights), Decimal(0))


def share(value, weight) -> Decimal:
    """The member's part of a team value: value * weight / 100, half-up to 0.01."""
    return (Decimal(value) * Decimal(weight) / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)
