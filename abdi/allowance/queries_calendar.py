"""Reading the working calendar for its page (the request's scope names the government)."""

from django.http import Http404

from .models import RamadanPeriod, SchemeUnit, WorkHoursVersion
from .queries_attendance import parse_id
from .rules import workhours_codec


def versions() -> list[WorkHoursVersion]:
    return list(WorkHoursVersion.objects.select_related("created_by").order_by("-effective_from"))


def weeks_in_force(on) -> tuple[WorkHoursVersion | None, dict]:
    """The version in force on `on` (None: the national default) and its four weeks as data."""
    version = (WorkHoursVersion.objects.filter(effective_from__lte=on).order_by("-effective_from")
               .first())
    weeks = workhours_codec.weeks_from_data(version.weeks if version else None)
    return version, {key: workhours_codec.week_to_data(week) if week else None
                     for key, week in weeks.items()}


def ramadan_periods() -> list[RamadanPeriod]:
    return list(RamadanPeriod.objects.order_by("-first_day"))


def get_ramadan(pk) -> RamadanPeriod:
    period_id = parse_id(pk)
    period = RamadanPeriod.objects.filter(pk=period_id).first() if period_id else None
    if period is None:
        raise Http404
    return period


def scheme_units() -> list[SchemeUnit]:
    return list(SchemeUnit.objects.select_related("unit").order_by("unit__path"))
