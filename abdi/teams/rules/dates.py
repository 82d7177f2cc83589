"""Dates of a team: its period and the SKP years it touches."""

import datetime


def period_ok(starts_on: datetime.date, ends_on: datetime.date) -> bool:
    return starts_on <= ends_on


def years_touched(starts_on: datetime.date, ends_on: datetime.date) -> list[int]:
    """SKP years the team overlaps (one SKP per employee and year)."""
    return list(range(starts_on.year, ends_on.year + 1))
