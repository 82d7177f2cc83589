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


# ---------------------------------------------------------------- pages and API of the appraisal


def find_appraisal_for_user(actor, pk) -> tuple[Appraisal, bool]:
    """The appraisal and whether the actor sees the whole evaluation (True) or only gives peer
    input to it as a colleague of the same unit (False); 404 for anyone else."""
    appraisal = (Appraisal.objects.select_related("skp", "employee", "employee__unit", "unit",
                                                  "appraiser")
                 .filter(pk=pk).first())
    if appraisal is None:
        raise Http404
    if policy.can_view_appraisal(actor, appraisal):
        return appraisal, True
    if may_give_peer_input(actor, appraisal):
        return appraisal, False
    raise Http404


def own_appraisals(employee_id: int | None):
    if not employee_id:
        return Appraisal.objects.none()
    return (Appraisal.objects.select_related("skp__employee__unit", "employee", "unit")
            .filter(employee_id=employee_id).order_by("-year", "period_kind", "period_number"))


def appraisals_for_user(actor, *, year: int | None = None):
    """Own appraisals and those the actor rates (as atasan today, or as their pejabat penilai)."""
    from django.utils import timezone

    from abdi.org.queries import direct_subordinates

    if not actor.employee_id:
        return Appraisal.objects.none()
    subordinates = direct_subordinates(actor.employee_id, on=timezone.localdate()).values("pk")
    found = (Appraisal.objects.select_related("skp__employee__unit", "employee", "unit", "appraiser")
             .filter(Q(employee_id=actor.employee_id) | Q(employee_id__in=subordinates)
                     | Q(appraiser_id=actor.employee_id)))
    if year is not None:
        found = found.filter(year=year)
    return found.order_by("-year", "employee__name", "employee_id", "period_kind", "period_number")


def rating_queue(actor, *, year: int, periods) -> list[dict]:
    """Per direct subordinate today: their SKP of ``year`` and its appraisal of each of ``periods``
    ((kind, number) pairs). A fixed number of queries, whatever the number of subordinates."""
    from django.utils import timezone

    from abdi.org.queries import direct_subordinates

    from .models import Skp

    if not actor.employee_id:
        return []
    people = list(direct_subordinates(actor.employee_id, on=timezone.localdate())
                  .select_related("unit", "position").order_by("name", "id"))
    skps = {s.employee_id: s for s in Skp.objects.filter(employee__in=[p.pk for p in people], year=year)}
    found = {}
    kinds = {kind for kind, _number in periods}
    for appraisal in (Appraisal.objects.select_related("skp__employee__unit")
                      .filter(skp__in=[s.pk for s in skps.values()], period_kind__in=kinds)):
        found[appraisal.skp_id, appraisal.period_kind, appraisal.period_number] = appraisal
    rows = []
    for person in people:
        skp = skps.get(person.pk)
        cells = [found.get((skp.pk, kind, number)) if skp else None for kind, number in periods]
        rows.append({"employee": person, "skp": skp, "appraisals": cells})
    return rows


def peer_candidates(actor, *, year: int):
    """Appraisals of colleagues of the actor's unit still open to their input (never their own)."""
    if not actor.employee_id:
        return Appraisal.objects.none()
    unit_id = unit_id_of(actor.employee_id)
    return (Appraisal.objects.select_related("employee")
            .filter(skp__unit_id=unit_id, year=year)
            .exclude(employee_id=actor.employee_id).exclude(status=Appraisal.Status.FINAL)
            .exclude(appraiser_id=actor.employee_id)
            .annotate(given=Count("peer_inputs", filter=Q(peer_inputs__author_id=actor.employee_id)))
            .order_by("employee__name", "employee_id", "period_kind", "period_number"))


def own_peer_input(actor, appraisal) -> PeerInput | None:
    if not actor.employee_id:
        return None
    return PeerInput.objects.filter(appraisal=appraisal, author_id=actor.employee_id).first()


def open_coaching_plans(actor):
    """Open coaching plans the actor is coached in or leads."""
    from .models import CoachingPlan

    if not actor.employee_id:
        return CoachingPlan.objects.none()
    return (CoachingPlan.objects.select_related("employee", "appraisal")
            .filter(Q(employee_id=actor.employee_id) | Q(coach_id=actor.employee_id),
                    status=CoachingPlan.Status.OPEN)
            .order_by("-created_at", "-id"))


def own_objections(actor):
    from .models import Objection

    if not actor.employee_id:
        return Objection.objects.none()
    return (Objection.objects.select_related("appraisal", "appraisal__employee")
            .filter(appraisal__employee_id=actor.employee_id))


def get_objection_for_user(actor, pk):
    """The objection for its reviewer and for whoever sees the appraisal; 404 otherwise."""
    from .models import Objection

    objection = (Objection.objects.select_related(
        "appraisal", "appraisal__skp", "appraisal__employee", "appraisal__employee__unit",
        "appraisal__appraiser", "reviewer").filter(pk=pk).first())
    if objection is None:
        raise Http404
    if actor.employee_id is not None and objection.reviewer_id == actor.employee_id:
        return objection
    if not policy.can_view_appraisal(actor, objection.appraisal):
        raise Http404
    return objection


def get_coaching_plan_for_user(actor, pk):
    """The plan for the employee, the coach and those who may view the SKP; 404 otherwise."""
    from .models import CoachingPlan

    plan = (CoachingPlan.objects.select_related(
        "employee", "employee__unit", "coach", "appraisal", "appraisal__skp",
        "appraisal__skp__employee", "appraisal__skp__employee__unit").filter(pk=pk).first())
    if plan is None:
        raise Http404
    if actor.employee_id is not None and plan.coach_id == actor.employee_id:
        return plan
    if not policy.can_view_skp(actor, plan.appraisal.skp):
        raise Http404
    return plan


def dialogs_of(skp):
    return skp.dialogs.select_related("author").order_by("-date", "-id")


def period_feedback(appraisal: Appraisal) -> dict[tuple[str, int], list]:
    """Umpan balik on results and behaviour values written within the period, per target."""
    from .models import Feedback

    entries = (Feedback.objects.select_related("author")
               .filter(skp_id=appraisal.skp_id, target__in=[Feedback.Target.RESULT,
                                                           Feedback.Target.BEHAVIOUR],
                       created_at__date__gte=appraisal.start, created_at__date__lte=appraisal.end)
               .order_by("created_at", "id"))
    found: dict[tuple[str, int], list] = {}
    for entry in entries:
        found.setdefault((entry.target, entry.target_id), []).append(entry)
    return found


def get_unit(pk):
    """A unit of the government in scope, or 404."""
    from abdi.org.models import Unit

    unit = Unit.objects.select_related("parent").filter(pk=pk).first()
    if unit is None:
        raise Http404
    return unit


def unit_leaders(unit) -> tuple[int | None, int | None]:
    """Ids of the unit's leader today and of the leader one level up (holders or Plt/Plh)."""
    from django.utils import timezone

    from abdi.org.queries import head_of

    today = timezone.localdate()
    leader = head_of(unit.pk, on=today)
    parent_leader = head_of(unit.parent_id, on=today) if unit.parent_id else None
    return (leader.pk if leader else None, parent_leader.pk if parent_leader else None)


def distribution_units(actor, year, period_kind, period_number) -> list[dict]:
    """Units whose curve the actor watches (led today, one level below, or all for BKPSDM) with
    their appraisals and organisation predikat of the period, in a fixed number of queries."""
    from django.utils import timezone

    from abdi.org.models import Unit
    from abdi.org.queries import units_led_by

    period = {"year": year, "period_kind": period_kind, "period_number": period_number}
    led = units_led_by(actor.employee_id, on=timezone.localdate()) if actor.employee_id else []
    led_ids = [u.pk for u in led]
    condition = Q(pk__in=led_ids) | Q(parent_id__in=led_ids)
    if actor.is_hr_admin:
        condition |= Q(pk__in=Appraisal.objects.filter(**period).values("unit_id"))
        condition |= Q(pk__in=UnitPerformance.objects.filter(**period).values("unit_id"))
    units = list(Unit.objects.filter(condition).order_by("path"))
    totals = {row["unit_id"]: row for row in Appraisal.objects.filter(
        unit__in=[u.pk for u in units], **period).values("unit_id").annotate(
        total=Count("id"), rated=Count("id", filter=~Q(status=Appraisal.Status.OPEN)),
        final=Count("id", filter=Q(status=Appraisal.Status.FINAL)))}
    entries = {e.unit_id: e for e in UnitPerformance.objects.filter(
        unit__in=[u.pk for u in units], **period)}
    return [{"unit": unit, "counts": totals.get(unit.pk, {"total": 0, "rated": 0, "final": 0}),
             "entry": entries.get(unit.pk), "leads": unit.pk in led_ids} for unit in units]


def unit_id_of(employee_id: int | None) -> int | None:
    """The unit the employee works in (a peer gives input to colleagues of the same unit)."""
    from abdi.people.models import Employee

    if not employee_id:
        return None
    return Employee.objects.filter(pk=employee_id).values_list("unit_id", flat=True).first()


def coaching_plan_of(appraisal: Appraisal):
    from .models import CoachingPlan

    return CoachingPlan.objects.filter(appraisal=appraisal).first()


def may_give_peer_input(actor, appraisal) -> bool:
    """policy.can_give_peer_input with the actor's unit read, and never by the employee's own
    atasan: the pejabat penilai rates, their view must not also count as a colleague's."""
    return (policy.can_give_peer_input(actor, appraisal, author_unit_id=unit_id_of(actor.employee_id))
            and not policy.is_current_atasan(actor, appraisal.employee))
