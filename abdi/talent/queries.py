"""Reads of talent management: grid counts, box members, pools, plans, study requests."""

from django.db.models import Count, Q
from django.http import Http404

from abdi.core.errors import NotFound
from abdi.org.models import Position, Unit
from abdi.people.models import Employee

from . import policy
from .models import (
    LeadershipTraining,
    StudyRequest,
    SuccessionCandidate,
    SuccessionPlan,
    TalentPlacement,
    TalentSettings,
)
from .rules import BOX_GRID
from .rules.career import LEADERSHIP_REQUIRED, POOL_LEVELS, next_kinds
from .rules.ninebox import KinerjaMode, Thresholds


def settings_of(instansi_id: int) -> TalentSettings:
    found = TalentSettings.objects.filter(instansi_id=instansi_id).first()
    return found or TalentSettings(instansi_id=instansi_id)


def thresholds_of(s: TalentSettings) -> Thresholds:
    return Thresholds(s.potential_middle, s.potential_high, KinerjaMode(s.kinerja_mode))


def _placements(actor, year: int, agency_id: int | None):
    allowed = policy.grid_agency_ids(actor)
    qs = TalentPlacement.objects.filter(year=year)
    if allowed is not None:
        qs = qs.filter(agency_id__in=allowed)
    if agency_id:
        qs = qs.filter(agency_id=agency_id)
    return qs


def grid(actor, year: int, agency_id: int | None = None) -> list[list[dict]]:
    """The 3x3 grid, top row Tinggi (6, 8, 9), bottom row Rendah (1, 2, 4): one query."""
    counts = dict(_placements(actor, year, agency_id).values_list("box")
                  .annotate(n=Count("id")).values_list("box", "n"))
    return [[{"box": box, "count": counts.get(box, 0)} for box in row] for row in BOX_GRID]


def box_members(actor, year: int, box: int, agency_id: int | None = None):
    return (_placements(actor, year, agency_id).filter(box=box)
            .select_related("employee", "agency", "employee__position")
            .order_by("-potential", "employee__name"))


def latest_year(actor) -> int | None:
    row = TalentPlacement.objects.order_by("-year").values_list("year", flat=True).first()
    return row


def own_placement(actor, year: int | None = None):
    if not actor.employee_id:
        return None
    qs = TalentPlacement.objects.filter(employee_id=actor.employee_id)
    if year:
        qs = qs.filter(year=year)
    return qs.order_by("-year").first()


def visible_agencies(actor):
    qs = Unit.objects.filter(parent__isnull=True).order_by("name")
    allowed = policy.grid_agency_ids(actor)
    return qs if allowed is None else qs.filter(pk__in=allowed)


def pool(actor, year: int, level: str, *, nasional: bool = False):
    """Talent pool for a jabatan level: boxes 7-9 (instansi) or 9 (nasional) of those whose
    current kind leads to `level` (§6.4)."""
    if level not in POOL_LEVELS:
        raise NotFound("unknown level")
    kinds = [k for k in ("PELAKSANA", "FUNGSIONAL", "PENGAWAS", "ADMINISTRATOR")
             if level in next_kinds(k)]
    boxes = [9] if nasional else [7, 8, 9]
    return (_placements(actor, year, None).filter(box__in=boxes, employee__job_kind__in=kinds)
            .select_related("employee", "agency").order_by("-box", "-potential"))


def trainings_by_employee(employee_ids) -> dict[int, list[str]]:
    held: dict[int, list[str]] = {}
    for emp, kind in LeadershipTraining.objects.filter(
            employee_id__in=list(employee_ids)).values_list("employee_id", "kind"):
        held.setdefault(emp, []).append(kind)
    return held


def key_post_choices():
    return (Position.objects.filter(kind__in=list(LEADERSHIP_REQUIRED), is_active=True)
            .select_related("unit").order_by("unit__path", "name"))


def plans():
    return SuccessionPlan.objects.select_related("position", "position__unit").annotate(
        n=Count("candidates")).order_by("position__name")


def get_plan(actor, plan_id) -> SuccessionPlan:
    if not policy.can_view_succession(actor):
        raise Http404
    plan = SuccessionPlan.objects.select_related("position", "position__unit").filter(
        pk=plan_id).first()
    if plan is None:
        raise Http404
    return plan


def plan_candidates(plan):
    return list(SuccessionCandidate.objects.filter(plan=plan).select_related(
        "employee", "employee__position").order_by("rank"))


# ---------------------------------------------------------------- study requests


def my_study_requests(actor):
    return StudyRequest.objects.filter(employee_id=actor.employee_id)


def study_queue(actor):
    """What waits on this actor: the atasan's endorsements (their led units' staff, or requests
    that named them), BKPSDM's decisions. The service re-checks the atasan of the day."""
    qs = StudyRequest.objects.select_related("employee")
    parts = Q(pk__in=[])
    if actor.employee_id:
        led = Q(employee__unit__path__in=list(actor.led_unit_paths)) | Q(atasan_id=actor.employee_id)
        parts |= Q(status="submitted") & led & ~Q(employee_id=actor.employee_id)
    if actor.is_hr_admin:
        parts |= Q(status="endorsed") & ~Q(employee_id=actor.employee_id or 0)
    return qs.filter(parts).order_by("created_at")


def get_study_for_user(actor, request_id) -> StudyRequest:
    req = StudyRequest.objects.select_related("employee").filter(pk=request_id).first()
    if req is None or not policy.can_view_study(actor, req):
        raise Http404
    return req


def employee_of(actor) -> Employee | None:
    if not actor.employee_id:
        return None
    return Employee.objects.select_related("position", "agency", "unit").filter(
        pk=actor.employee_id).first()


def next_posts(employee) -> list[Position]:
    """Positions one structural level up in the employee's agency."""
    kinds = next_kinds(employee.job_kind or (employee.position.kind if employee.position else ""))
    if not kinds:
        return []
    return list(Position.objects.filter(kind__in=kinds, is_active=True,
                                        unit__path__startswith=employee.agency.path)
                .select_related("unit").order_by("kind", "name")[:50])


def employee_id_by_nip(nip: str) -> int | None:
    return Employee.objects.filter(nip=nip[:18]).values_list("pk", flat=True).first()


def sanctioned_ids(employee_ids, today) -> set[int]:
    """Employees under a decided disciplinary penalty running today (R-TAL-2: excluded from
    nomination; UNCONFIRMED nationally, S-TAL-3 practice)."""
    from abdi.discipline.models import DisciplineCase

    return set(DisciplineCase.objects.filter(
        employee_id__in=list(employee_ids), status=DisciplineCase.Status.DECIDED,
        effective_on__lte=today).exclude(penalty="")
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .values_list("employee_id", flat=True))
