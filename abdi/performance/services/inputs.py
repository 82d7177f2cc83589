"""Reading user input in services: texts, dates and periods, refused with a translated reason."""

import datetime

from django.utils.translation import gettext as _

from abdi.core.errors import DomainError

from ..rules.cycle import Period, PeriodKind, periods_of_year


def clean_text(value, label, *, required: bool = True, limit: int = 4000,
               one_line: bool = False) -> str:
    """Trimmed (and, for one-line fields, with runs of white space folded), within `limit`."""
    text = " ".join(str(value or "").split()) if one_line else str(value or "").strip()
    if required and not text:
        raise DomainError(_("%(field)s is required.") % {"field": label})
    if len(text) > limit:
        raise DomainError(_("%(field)s is too long (at most %(limit)s characters).")
                          % {"field": label, "limit": limit})
    return text


def parse_date(value, *, field: str = "date") -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError as exc:
        raise DomainError(_("Enter a valid date."), field=field) from exc


def period_kind(value) -> PeriodKind:
    try:
        return PeriodKind(value)
    except ValueError as exc:
        raise DomainError(_("Unknown kind of period."), field="period_kind") from exc


def period_of_year(year, kind, number) -> Period:
    """A period that exists (no thirteenth month, no second annual period)."""
    kind = period_kind(kind)
    try:
        return {p.number: p for p in periods_of_year(int(year), kind)}[int(number)]
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError(_("This period is not part of the year."), field="period_number") from exc
