"""Small checks the forum services share."""

from urllib.parse import urlparse

from django.utils.translation import gettext as _

from abdi.core.errors import Conflict, DomainError


def text(value, field, what, *, maximum, required=True, multiline=False) -> str:
    raw = str(value or "")
    cleaned = raw.strip() if multiline else " ".join(raw.split())
    if required and not cleaned:
        raise DomainError(_("Enter the %(what)s.") % {"what": what}, field=field)
    if len(cleaned) > maximum:
        raise DomainError(_("The %(what)s is longer than %(max)d characters.")
                          % {"what": what, "max": maximum}, field=field)
    return cleaned


def link(value, field) -> str:
    cleaned = str(value or "").strip()
    if not cleaned:
        return ""
    parsed = urlparse(cleaned)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or len(cleaned) > 500:
        raise DomainError(_("Enter a web address starting with http:// or https://."), field=field)
    return cleaned


def check_version(current: int, version) -> None:
    try:
        seen = int(version)
    except (TypeError, ValueError):
        seen = -1
    if seen != current:
        raise Conflict(_("Someone else changed this forum meanwhile. Reload the page and try "
                         "again."))
