"""Escalation to the Ombudsman RI (public-service.md §2.7)."""

from datetime import date

from .workflow import Status


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def past_ombudsman_time_bar(event: date, today: date) -> bool:
    """T-CMP-8: an event older than 2 years (UU 37/2008 Pasal 24(3); figure UNCONFIRMED)."""
    return event < years_before(today, 2)


TIME_BAR_WARNING = "melewati batas 2 tahun (UU 37/2008 Pasal 24)"
# The same warning for the English interface (the Indonesian one above is the T-CMP-8 wording).
TIME_BAR_WARNING_EN = "past the 2-year limit (UU 37/2008 Pasal 24)"

# UU 37/2008 Pasal 24(1): the marital status the Ombudsman asks for (values as on a KTP).
MARITAL_STATUSES = ("Belum kawin", "Kawin", "Cerai hidup", "Cerai mati")


def time_bar_warning(language: str) -> str:
    """The T-CMP-8 warning in the interface language ("id" unless English is chosen)."""
    return TIME_BAR_WARNING_EN if (language or "").lower().startswith("en") else TIME_BAR_WARNING


def may_escalate(status: str, completion_due: date | None, today: date) -> bool:
    """R-CMP-5: offer the Ombudsman route once the case is SELESAI, or when the instansi does not
    act, i.e. an open case is past its completion deadline (public-service.md §2.5, §2.7)."""
    if status == Status.SELESAI:
        return True
    if status == Status.DITOLAK_ARSIP:
        return False
    return completion_due is not None and today > completion_due
