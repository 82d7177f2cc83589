"""Parsing and checks every guidance write shares."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.core.errors import Conflict, DomainError


def line(value, field, *, low=1, high=160) -> str:
    """One line of text: whitespace collapsed, control characters dropped, length checked."""
    cleaned = " ".join("".join(c for c in str(value or "") if c.isprintable() or c.isspace()).split())
    if not low <= len(cleaned) <= high:
        raise DomainError(_("Write %(low)d to %(high)d characters here.") % {"low": low, "high": high},
                          field=field)
    return cleaned


def block(value, field, *, low=1, high=20000) -> str:
    """Text in the plain format: line breaks kept, other control characters dropped."""
    raw = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    cleaned = "".join(c for c in raw if c == "\n" or c.isprintable() or c == "\t").strip()
    if not low <= len(cleaned) <= high:
        raise DomainError(_("Write %(low)d to %(high)d characters here.") % {"low": low, "high": high},
                          field=field)
    return cleaned


def check_version(obj, version):
    """Optimistic lock: the version the form was loaded with must still be the current one."""
    try:
        expected = int(str(version).strip())
    except (TypeError, ValueError):
        expected = None
    if expected != obj.version:
        raise Conflict(_("Someone changed this in the meantime. Reload the page and try again."))


def moment(value, field, *, required=True) -> datetime.datetime | None:
    """A date-time from a form ("YYYY-MM-DDTHH:MM" or a date), in the government's zone."""
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    raw = str(value or "").strip()
    if not raw:
        if required:
            raise DomainError(_("Enter a date."), field=field)
        return None
    try:
        parsed = datetime.datetime.fromisoformat(raw[:19])
    except ValueError:
        raise DomainError(_("Enter the date as YYYY-MM-DD (and a time if you like)."),
                          field=field) from None
    if not 2000 <= parsed.year <= 2200:
        raise DomainError(_("This date is out of range."), field=field)
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed
