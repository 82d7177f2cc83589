"""Helpers shared by the staff pages: the period asked for and the summary's display rows."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..forms import PeriodForm
from ..rules import NUMBERS_OF, Period, PeriodKind, period


def period_from(request) -> Period:
    """The period of ?periode=&tahun=&ke= — anything invalid falls back to this year."""
    form = PeriodForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    kind = PeriodKind(data.get("periode") or PeriodKind.YEAR)
    year = data.get("tahun") or timezone.localdate().year
    number = data.get("ke") or 1
    if number > NUMBERS_OF[kind]:
        number = 1
    return period(kind, year, number)


def period_label(p: Period) -> str:
    if p.kind == PeriodKind.MONTH:
        # The active language's month name ("Maret 2026" / "March 2026"), never a fixed one.
        return date_format(p.start, "YEAR_MONTH_FORMAT")
    if p.kind == PeriodKind.QUARTER:
        return _("Quarter %(n)s %(year)s") % {"n": p.number, "year": p.year}
    return str(p.year)


def period_context(p: Period) -> dict:
    this_year = timezone.localdate().year
    return {"period": p, "period_label": period_label(p),
            "years": list(range(this_year, this_year - 5, -1)),
            "kinds": [("year", _("Year")), ("quarter", _("Quarter")), ("month", _("Month"))],
            "numbers": list(range(1, 13))}


def chart_spec(summary) -> dict:
    return {"type": "bar", "labels": [str(s) for s, _n in summary.distribution],
            "datasets": [{"label": _("Ratings"), "data": [n for _s, n in summary.distribution]}],
            "y": {"min": 0}}
