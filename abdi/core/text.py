"""Citizen text read straight from a POST (the busiest public forms skip Django's forms, whose
CharField would refuse a NUL byte): trimmed, and refused with a clear message rather than a
crash when PostgreSQL could not store it."""

from django.utils.translation import gettext as _

from .errors import DomainError


def storable(value, field: str) -> str:
    """`value` as trimmed text; a NUL byte raises DomainError on `field`."""
    text = str(value or "").strip()
    if "\x00" in text:
        raise DomainError(_("Text must not contain control characters."), field=field)
    return text
