"""Reading appraisals: the group a unit head rates, its curve, realisation within a period."""

from collections import Counter
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.http import Http404

from . import policy
from .models import Activity, Appraisal, PeerInput, PerformanceSettings, SkpIndicator, UnitPerformance
from .rules.distribution import FinalisationCheck, check_unit_finalisation
from .rules.ratings import Predikat
from .rules.skp import realisation_percent
from .rules.workflow import ActivityStatus


def performance_settings() -> PerformanceSettings:
    """The government's settings (the active scope names it), or the national defaults."""
    return PerformanceSettings.objects.first() or PerformanceSettings()


def appraisal_group_unit(employee):
    """The unit whose leader rates the employee: their own unit, or the one above for its head."""
    unit = employee.unit
    position = employee.position
    if position is not None and position.is_head and position.unit_id == unit.pk and unit.parent_id:
        return unit.parent
    return unit


def get_appraisal_for_user(actor, pk) -> Appraisal:
    appraisal = (Appraisal.objects.select_related("skp", "employee", "employee__unit", "unit", "appraiser")
                 .filter(pk=pk).first())
    if appraisal is None or not policy.can_view_appraisal(actor, appraisal):
        raise Http404
    return appraisal


def appraisals_of(skp):
    return skp.appraisals.order_by("period_kind", "period_number")


def unit_performance(unit, year, period_kind, period_number) -> UnitPerformance | None:
    return UnitPerformance.objects.filter(unit=unit, year=year, period_kind=period_kind,
                                          period_number=period_number).first()


def group(unit, year, period_kind, period_number):
    return (Appraisal.objects.select_related("employee", "skp")
            .filter(unit=unit, year=year, period_kind=period_kind, period_number=period_number)
            .order_by("employee__name"))


def predikat_counts(unit, year, period_kind, period_number) -> dict[Predikat, int]:
    rows = (Appraisal.objects.filter(unit=unit, year=year, period_kind=period_kind,
                                     period_number=period_number)
            .exclude(predikat="").values_list("predikat").annotate(n=Count("id")))
    counts = dict.fromkeys(Predikat, 0)
    for predikat, n in rows:
        counts[Predikat(predikat)] = n
    return counts


def distribution_check(unit, year, period_kind, period_number) -> FinalisationCheck:
    """The curve of the unit's organisation predikat against the predikat given so far."""
    entry = unit_performance(unit, year, period_kind, period_number)
    settings = performance_settings()
    return check_unit_finalisation(entry.org_predikat if entry else None,
                                   predikat_counts(unit, year, period_kind, period_number),
                                   enforcement=settings.curve_enforcement,
                                   rounding=settings.quota_rounding)


def period_realisation(appraisal: Appraisal) -> list[dict]:
    """Per indicator of the plan: target, realisation within the period, and the share (help only)."""
    indicators = list(SkpIndicator.objects.select_related("result")
                      .filter(result__skp_id=appraisal.skp_id)
                      .order_by("result__category", "result__order", "result_id", "order", "id"))
    sums = dict(Activity.objects.filter(
        skp_id=appraisal.skp_id, status=ActivityStatus.APPROVED,
        date__gte=appraisal.start, date__lte=appraisal.end,
    ).values_list("indicator_id").annotate(total=Sum("quantity")))
    rows = []
    for indicator in indicators:
        if indicator.kind == SkpIndicator.Kind.OUTPUT:
            realised = sums.get(indicator.pk) or Decimal(0)
        else:
            realised = indicator.realised
        percent = realisation_percent(realised, indicator.target_value)
        rows.append({"indicator": indicator, "realised": realised,
                     "percent": None if percent is None else round(float(percent), 1)})
    return rows


def peer_summary(appraisal: Appraisal) -> dict:
    """Only the aggregate of peer input: how many gave it and how they rated."""
    ratings = Counter(PeerInput.objects.filter(appraisal=appraisal).values_list("rating", flat=True))
    return {"count": sum(ratings.values()), "ratings": dict(ratings)}


def pending_objections(actor):
    from .models import Objection

    if not actor.employee_id:
        return Objection.objects.none()
    return (Objection.objects.select_related("appraisal", "appraisal__employee")
            .filter(reviewer_id=actor.employee_id, status=Objection.Status.FILED))


def rated_share(unit, year, period_kind, period_number) -> dict:
    totals = Appraisal.objects.filter(unit=unit, year=year, period_kind=period_kind,
                                      period_number=period_number).aggregate(
        total=Count("id"), rated=Count("id", filter=~Q(status=Appraisal.Status.OPEN)))
    return totals
