"""Escalation to the Ombudsman RI (public-service.md §2.7)."""

from datetime import date


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def past_ombudsman_time_bar(event: date, today: date) -> bool:
    """T-CMP-8: an event older than 2 years (UU 37/2008 Pasal 24(3); figure UNCONFIRMED)."""
    return event < years_before(today, 2)


TIME_BAR_WARNING = "melewati batas 2 tahun (UU 37/2008 Pasal 24)"
