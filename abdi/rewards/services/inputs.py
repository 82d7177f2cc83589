"""Parsing what people type, with the message shown when it is wrong (every service uses these)."""

from datetime import date

from django.utils.translation import gettext as _

from abdi.core.errors import DomainError

MIN_YEAR = 1950


def text(value, field: str, *, minimum: int = 0, maximum: int = 4000) -> str:
    clean = "\n".join(" ".join(line.split()) for line in str(value or "").strip().splitlines()).strip()
    if len(clean) < minimum:
        raise DomainError(_("Write at least %(n)s characters.") % {"n": minimum}, field=field)
    if len(clean) > maximum:
        raise DomainError(_("Write at most %(n)s characters.") % {"n": maximum}, field=field)
    return clean


def year(value, field: str = "year", *, latest: int) -> int:
    raw = str(value or "").strip()
    if not (raw.isascii() and raw.isdigit()) or not MIN_YEAR <= int(raw) <= latest:
        raise DomainError(_("Enter a year from %(first)s to %(last)s.") % {
            "first": MIN_YEAR, "last": latest}, field=field)
    return int(raw)


def day(value, field: str, *, required: bool = False) -> date | None:
    if isinstance(value, date):
        return value
    raw = str(value or "").strip()
    if not raw:
        if required:
            raise DomainError(_("Enter a date."), field=field)
        return None
    try:
        parsed = date.fromisoformat(raw)
    except ValueError:
        raise DomainError(_("Enter a date as YYYY-MM-DD."), field=field) from None
    if parsed.year < MIN_YEAR or parsed.year > 2999:
        raise DomainError(_("Enter a date as YYYY-MM-DD."), field=field)
    return parsed


def flag(value) -> bool:
    return str(value or "").strip().lower() in ("1", "on", "true", "yes")


def version(value) -> int:
    raw = str(value or "").strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
        raise DomainError(_("Reload the page and try again."), field="version")
    return int(raw)
