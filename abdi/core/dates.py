"""One reading of a date typed in a form or sent to the API, for every service."""

import datetime

from django.utils.translation import gettext as _

from .errors import DomainError


def clean_date(value, field, *, required=True, earliest=2000,
               latest=2200) -> datetime.date | None:
    """A date given as a date or as YYYY-MM-DD; a clear error on the field otherwise, and when
    its year is outside [earliest, latest] (a typo such as 20266 or 0026 is never saved)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        day = value
    else:
        raw = str(value or "").strip()
        if not raw:
            if required:
                raise DomainError(_("Enter the date as YYYY-MM-DD."), field=field)
            return None
        try:
            day = datetime.date.fromisoformat(raw)
        except ValueError:
            raise DomainError(_("Enter the date as YYYY-MM-DD."), field=field) from None
    if not earliest <= day.year <= latest:
        raise DomainError(_("This date is out of range."), field=field)
    return day
