"""Seats and the waiting list: never more registered than the capacity (design rule)."""

REGISTERED = "registered"
WAITING = "waiting"
CANCELLED = "cancelled"


def place_for(taken: int, capacity: int) -> str:
    """A newcomer gets a seat while one is free, otherwise a place on the waiting list."""
    return REGISTERED if taken < capacity else WAITING


def promotions(free: int, waiting_ids: list[int]) -> list[int]:
    """Who moves up from the waiting list, first come first served, when seats free up."""
    return list(waiting_ids[:max(0, free)])


def capacity_problem(new_capacity: int, registered: int) -> str | None:
    if new_capacity < 1:
        return "capacity_too_small"
    if new_capacity < registered:
        return "capacity_below_registered"
    return None


def attendance_rate(attended: int, registered: int) -> int:
    """Whole percent of those who had a seat and came (0 when nobody registered)."""
    return 0 if registered <= 0 else round(attended * 100 / registered)
