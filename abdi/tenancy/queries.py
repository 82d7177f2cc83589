"""Reading governments and their calendars: never personal data (operators read these)."""

from django.http import Http404

from abdi.core.generations import Generation

from . import policy
from .models import Holiday, Instansi


def governments():
    return Instansi.objects.order_by("name")


def get_instansi_for_operator(actor, pk) -> Instansi:
    if not policy.can_manage_governments(actor):
        raise Http404
    try:
        return Instansi.objects.get(pk=pk)
    except (Instansi.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def holidays(instansi: Instansi, *, year: int | None = None):
    """The government's days off; scoped explicitly, as an operator has no request scope."""
    rows = Holiday.objects.with_scope(instansi=instansi.pk).all()
    if year:
        rows = rows.filter(date__year=year)
    return rows.order_by("date")


def holiday_years(instansi: Instansi) -> list[int]:
    dates = Holiday.objects.with_scope(instansi=instansi.pk).dates("date", "year")
    return [d.year for d in dates]


def get_holiday(instansi: Instansi, pk) -> Holiday:
    try:
        return Holiday.objects.with_scope(instansi=instansi.pk).get(pk=pk)
    except (Holiday.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


# Public clocks (complaint deadlines) read a government's days off on every filing: all of them
# are kept near and in the cache per government, under a generation the calendar's every change
# replaces (forget_holidays).
HOLIDAYS_SECONDS = 600


def _calendar(instansi_id: int) -> Generation:
    return Generation(f"tenancy:calendar-generation:{instansi_id}")


def holiday_dates(instansi_id: int) -> frozenset:
    """Every day off of the government (a few dozen a year), kept near and shared."""
    return _calendar(instansi_id).remember("dates", lambda: frozenset(
        Holiday.objects.with_scope(instansi=instansi_id).values_list("date", flat=True)),
        HOLIDAYS_SECONDS)


def forget_holidays(instansi_id: int) -> None:
    """Call inside the transaction that changes the calendar: replaced now and after the commit."""
    _calendar(instansi_id).bump()
