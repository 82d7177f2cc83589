"""Reading competency data: profiles, gap maps, plans, and what other apps need.

The three functions at the top are the contract for the training and talent apps; keep their
signatures. They enter the government's scope themselves.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, F, Q, Sum
from django.http import Http404
from django.utils import timezone

from abdi.org.models import Unit
from abdi.people.models import Employee
from abdi.tenancy.scoping import within

from . import policy
from .models import (
    AgencyPlan,
    Assessment,
    AssessmentScore,
    DevelopmentItem,
    PositionStandard,
    TechnicalCompetency,
)
from .rules import jpm as jpm_rules
from .rules.kamus import STANDARD, STANDARD_CODES

# ------------------------------------------------------------------ contract for other apps


def gap_codes_of(instansi_id: int, employee_id: int) -> list[str]:
    """Competency codes where the employee is below the required level (latest assessment)."""
    with within(instansi_id):
        return list(AssessmentScore.objects.filter(employee_id=employee_id, is_latest=True,
                                                   required__isnull=False)
                    .filter(level__lt=F("required")).order_by("code")
                    .values_list("code", flat=True))


def potential_scores(instansi_id: int, employee_ids: list[int] | None = None) -> dict[int, float]:
    """Potential on 0-100 for the nine-box (R-TAL-1, §6.2).

    The assessment centre's potential score of the latest assessment when it gave one; else the
    latest JPM percentage (V1, capped at 100). R-TAL-1's composite (e.g. 0.6 potensi + 0.4 JPM)
    needs a potensi test the kamus does not hold, so we take what the assessment centre measured.
    One query over the flagged latest assessments.
    """
    with within(instansi_id):
        rows = Assessment.objects.filter(is_latest=True)
        if employee_ids is not None:
            rows = rows.filter(employee_id__in=list(employee_ids))
        result = {}
        for employee_id, potential, jpm in rows.values_list("employee_id", "potential_score", "jpm"):
            value = potential if potential is not None else jpm
            if value is not None:
                result[employee_id] = float(value)
        return result


def assessment_dates(instansi_id: int, employee_ids: list[int]) -> dict:
    """The date of each employee's latest assessment (the talent app checks its validity)."""
    with within(instansi_id):
        return dict(Assessment.objects.filter(is_latest=True, employee_id__in=list(employee_ids))
                    .values_list("employee_id", "date"))


def competency_choices(instansi_id: int) -> list[tuple[str, str]]:
    """(code, name) of the 9 standard competencies and the government's technical ones."""
    with within(instansi_id):
        technical = list(TechnicalCompetency.objects.filter(is_active=True)
                         .values_list("code", "name"))
    return [(c.code, c.name) for c in STANDARD] + technical


# ------------------------------------------------------------------ standards



def known_codes() -> dict[str, str]:
    names = {c.code: c.name for c in STANDARD}
    names.update(TechnicalCompetency.objects.filter(is_active=True).values_list("code", "name"))
    return names


def required_levels_of_many(employees) -> dict[int, dict[str, int]]:
    """The profile of each employee's jabatan: national default by kind, overridden per position.
    One query for the overrides of all the positions."""
    position_ids = {e.position_id for e in employees if e.position_id}
    overrides: dict[int, dict[str, int]] = defaultdict(dict)
    for position_id, code, level in PositionStandard.objects.filter(
            position_id__in=position_ids).values_list("position_id", "code", "level"):
        overrides[position_id][code] = level
    result = {}
    for employee in employees:
        position = employee.position
        kind = position.kind if position else (employee.job_kind or "PELAKSANA")
        level = position.level if position else ""
        profile = jpm_rules.default_profile(kind, level)
        profile.update(overrides.get(employee.position_id, {}))
        result[employee.pk] = profile
    return result


def required_levels(employee) -> dict[str, int]:
    return required_levels_of_many([employee])[employee.pk]


def position_standard(position) -> tuple[dict[str, int], dict[str, int]]:
    """(default profile, overrides) of a jabatan."""
    overrides = dict(PositionStandard.objects.filter(position=position).values_list("code", "level"))
    return jpm_rules.default_profile(position.kind, position.level), overrides


# ------------------------------------------------------------------ one employee


def get_employee_for_user(actor, employee_id) -> Employee:
    employee = (Employee.objects.select_related("position", "unit", "agency")
                .filter(pk=employee_id).first())
    if employee is None or not policy.can_view_results(actor, employee):
        raise Http404
    return employee


@dataclass
class ProfileRow:
    code: str
    name: str
    level: int | None
    required: int | None

    @property
    def gap(self) -> int | None:
        if self.level is None or self.required is None:
            return None
        return self.level - self.required


def profile(employee) -> dict:
    """Levels, required levels, gaps, JPM and its categories from the latest assessment."""
    latest = (Assessment.objects.filter(employee=employee, is_latest=True)
              .prefetch_related("scores").first())
    names = known_codes()
    levels = {s.code: s.level for s in latest.scores.all()} if latest else {}
    required = {s.code: s.required for s in latest.scores.all() if s.required} if latest \
        else required_levels(employee)
    codes = list(dict.fromkeys([*STANDARD_CODES, *required, *levels]))
    rows = [ProfileRow(c, names.get(c, c), levels.get(c), required.get(c)) for c in codes]
    result = {"latest": latest, "rows": rows, "jpm": None}
    if latest and latest.jpm is not None:
        result.update(jpm=latest.jpm, ikk=jpm_rules.ikk(latest.jpm),
                      pemetaan=jpm_rules.CATEGORY_NAMES[jpm_rules.pemetaan_category(latest.jpm)],
                      seleksi=jpm_rules.CATEGORY_NAMES[jpm_rules.seleksi_category(latest.jpm)])
    return result


def history(employee):
    return list(Assessment.objects.filter(employee=employee).order_by("-date", "-id")[:20])


def development_items(employee, year: int):
    return list(DevelopmentItem.objects.filter(employee=employee, year=year))


def coaching_plans_of(employee_id: int):
    """Open SKP coaching plans (pembinaan) of the employee; read only from abdi.performance."""
    from abdi.performance.models import CoachingPlan

    return list(CoachingPlan.objects.filter(employee_id=employee_id,
                                            status=CoachingPlan.Status.OPEN)
                .select_related("appraisal").order_by("id"))


def subordinates(actor):
    """The employees the actor is atasan of today, with the JPM of their latest assessment."""
    from abdi.org.queries import direct_subordinates

    if not actor.employee_id:
        return []
    employees = list(direct_subordinates(actor.employee_id, on=timezone.localdate())
                     .select_related("unit").order_by("name"))
    jpm = dict(Assessment.objects.filter(is_latest=True, employee_id__in=[e.pk for e in employees])
               .values_list("employee_id", "jpm"))
    return [(e, jpm.get(e.pk)) for e in employees]


# ------------------------------------------------------------------ gap maps


@dataclass
class MapCell:
    total: int
    below: int

    @property
    def share(self) -> Decimal | None:
        if not self.total:
            return None
        return (Decimal(100) * self.below / self.total).quantize(Decimal("0.1"))


def gap_map(*, agency_id: int | None = None) -> dict:
    """Competency x unit matrix of the share of assessed employees below standard.

    Without an agency: one row per agency of the government; with one: one row per unit of it.
    One grouped query over the latest scores, whatever the number of employees.
    """
    group = "employee__agency_id" if agency_id is None else "employee__unit_id"
    scores = AssessmentScore.objects.filter(is_latest=True, required__isnull=False)
    if agency_id is not None:
        scores = scores.filter(employee__agency_id=agency_id)
    cells: dict[int, dict[str, MapCell]] = defaultdict(dict)
    for row_id, code, total, below in (
            scores.values_list(group, "code").order_by()
            .annotate(total=Count("id"), below=Count("id", filter=Q(level__lt=F("required"))))):
        cells[row_id][code] = MapCell(total, below)
    units = Unit.objects.filter(pk__in=list(cells)).order_by("path").only("id", "name", "path")
    codes = list(dict.fromkeys([*STANDARD_CODES, *sorted({c for r in cells.values()
                                                                  for c in r})]))
    rows = [(unit, [cells[unit.pk].get(c) for c in codes]) for unit in units]
    return {"codes": codes, "rows": rows}


def unit_employees(unit_id: int):
    """Drill-down: the assessed employees of a unit, how many competencies below, and JPM."""
    rows = (Assessment.objects.filter(is_latest=True, employee__unit_id=unit_id)
            .select_related("employee")
            .annotate(below=Count("scores", filter=Q(scores__level__lt=F("scores__required"))))
            .order_by("employee__name"))
    return list(rows)


def get_unit(unit_id) -> Unit:
    unit = Unit.objects.filter(pk=unit_id).first()
    if unit is None:
        raise Http404
    return unit


def get_position(position_id):
    from abdi.org.models import Position

    position = Position.objects.select_related("unit").filter(pk=position_id).first()
    if position is None:
        raise Http404
    return position


def employee_by_nip(nip: str):
    return (Employee.objects.select_related("position", "unit").filter(nip=nip.strip()[:18])
            .first())


# ------------------------------------------------------------------ plans


def plans(actor, year: int | None = None):
    rows = AgencyPlan.objects.select_related("agency")
    if not actor.is_hr_admin:
        rows = rows.filter(agency_id__in=actor.agency_ids)
    if year:
        rows = rows.filter(year=year)
    return rows


def get_plan_for_user(actor, plan_id) -> AgencyPlan:
    plan = AgencyPlan.objects.select_related("agency").filter(pk=plan_id).first()
    if plan is None or not policy.can_view_plan(actor, plan):
        raise Http404
    return plan


def plan_totals(agency_id: int, year: int) -> dict:
    return DevelopmentItem.objects.filter(agency_id=agency_id, year=year).aggregate(
        employees=Count("employee_id", distinct=True), items=Count("id"),
        total_jp=Sum("jp", default=0), total_cost=Sum("cost", default=0))


def plan_lines(agency_id: int, year: int):
    """Per competency/activity of the agency's plan: people, JP and cost (one grouped query)."""
    return list(DevelopmentItem.objects.filter(agency_id=agency_id, year=year)
                .values("source", "code", "kind", "title").order_by("source", "code", "title")
                .annotate(people=Count("employee_id", distinct=True), jp=Sum("jp"),
                          cost=Sum("cost")))


def agencies(actor):
    rows = Unit.objects.filter(parent__isnull=True, is_active=True).order_by("name")
    if not actor.is_hr_admin:
        rows = rows.filter(pk__in=actor.agency_ids)
    return list(rows.only("id", "name"))


def technical_competencies():
    return list(TechnicalCompetency.objects.all())
