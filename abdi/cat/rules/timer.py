"""The server's clock of an attempt (CAT BKN: the countdown starts at *mulai*, same for all)."""

import datetime


def deadline(started_at: datetime.datetime, duration_seconds: int, added_seconds: int) -> datetime.datetime:
    return started_at + datetime.timedelta(seconds=duration_seconds + added_seconds)


def remaining_seconds(started_at: datetime.datetime | None, duration_seconds: int, added_seconds: int,
                      now: datetime.datetime) -> int:
    """Whole seconds left, never negative; the full duration before the start."""
    if started_at is None:
        return duration_seconds + added_seconds
    left = (deadline(started_at, duration_seconds, added_seconds) - now).total_seconds()
    return max(0, int(left))


def is_over(started_at, duration_seconds: int, added_seconds: int, now) -> bool:
    return started_at is not None and now >= deadline(started_at, duration_seconds, added_seconds)
