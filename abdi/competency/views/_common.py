"""Small helpers shared by the competency pages."""

from django.utils import timezone


def as_int(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def this_year() -> int:
    return timezone.localdate().year


def year_of(raw) -> int:
    year = as_int(raw)
    return year if year and 2000 <= year <= 2100 else this_year()
