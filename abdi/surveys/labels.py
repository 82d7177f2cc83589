"""Survey periods named in the reader's language ("Triwulan III 2026" / "Quarter III 2026").

The rules keep the Indonesian label as Pemda print it (rules.periods.Period.label); pages use
these translated ones.
"""

from django.utils.translation import gettext as _

from .rules.periods import QUARTER, ROMAN, SEMESTER


def period_label(period) -> str:
    if period.kind == QUARTER:
        return _("Quarter %(roman)s %(year)s") % {"roman": ROMAN[period.number - 1],
                                                  "year": period.year}
    if period.kind == SEMESTER:
        return _("Semester %(number)s %(year)s") % {"number": period.number, "year": period.year}
    return _("Year %(year)s") % {"year": period.year}
