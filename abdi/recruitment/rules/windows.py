"""Registration and sanggah (objection) windows, as decisions on dates."""

from datetime import date, timedelta
from enum import StrEnum


class Window(StrEnum):
    NOT_YET = "not_yet"
    OPEN = "open"
    CLOSED = "closed"


def registration_window(today: date, opens: date, closes: date) -> Window:
    """Both ends inclusive: registration closing on 30 September accepts applications that day."""
    if today < opens:
        return Window.NOT_YET
    if today > closes:
        return Window.CLOSED
    return Window.OPEN


# PermenPANRB 27/2021 and 6/2024 (as practised by SSCASN): the sanggah period follows the
# announcement of the administrative result, 3 days by default. UNCONFIRMED: held per selection.
DEFAULT_SANGGAH_DAYS = 3


def sanggah_last_day(published_on: date, days: int) -> date:
    """The announcement day counts as day 1: published 1 Oct with 3 days -> last day 3 Oct."""
    return published_on + timedelta(days=max(days, 1) - 1)


def sanggah_window(today: date, published_on: date | None, days: int) -> Window:
    if published_on is None or today < published_on:
        return Window.NOT_YET
    if today > sanggah_last_day(published_on, days):
        return Window.CLOSED
    return Window.OPEN
