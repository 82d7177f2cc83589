"""What makes an event's schedule impossible (design rule; JP per training's own rule)."""

import datetime

MAX_CAPACITY = 5000
MAX_MINUTES_PER_DAY = 12 * 60  # as training: a day of learning holds at most 12 hours


def check_event(*, starts_at: datetime.datetime, ends_at: datetime.datetime,
                opens_at: datetime.datetime, closes_at: datetime.datetime, capacity: int,
                counts_as_learning: bool, learning_minutes: int) -> list[str]:
    """Reasons an event cannot be saved as given; empty when it can."""
    reasons = []
    if ends_at <= starts_at:
        reasons.append("end_before_start")
    if closes_at <= opens_at:
        reasons.append("window_reversed")
    if closes_at > ends_at:
        reasons.append("window_after_event")
    if not 1 <= capacity <= MAX_CAPACITY:
        reasons.append("capacity_out_of_range")
    if counts_as_learning:
        days = max(1, (ends_at.date() - starts_at.date()).days + 1)
        if learning_minutes <= 0:
            reasons.append("no_learning_minutes")
        elif learning_minutes > days * MAX_MINUTES_PER_DAY:
            reasons.append("learning_exceeds_days")
    return reasons


def registration_state(now: datetime.datetime, opens_at: datetime.datetime,
                       closes_at: datetime.datetime) -> str:
    """'early', 'open' or 'late' for the registration window."""
    if now < opens_at:
        return "early"
    if now > closes_at:
        return "late"
    return "open"


def is_on(today: datetime.date, first_day: datetime.date, last_day: datetime.date) -> bool:
    """The check-in works on the event's days only (local dates)."""
    return first_day <= today <= last_day
