"""Reading discipline cases: the lists each viewer may see, and what other domains need."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.http import Http404

from abdi.allowance.rules.discipline import (
    ABSENCE_THRESHOLDS,
    CONSECUTIVE_ABSENCE_DAYS,
    Penalty,
    absence_penalty,
    salary_stops_from,
)
from abdi.allowance.rules.discipline_authority import Official
from abdi.core.ids import positive_id

from . import policy
from .models import DisciplineCase
from .rules import longest_absent_run, official_post


def _decided():
    return DisciplineCase.objects.filter(status=DisciplineCase.Status.DECIDED).exclude(penalty="")


def penalty_levels_by_employee(employee_ids) -> dict[int, list[tuple[date, str]]]:
    """For each employee, (effective date or else decision date, level) of every decided case.

    Cancelled and undecided cases are left out; call inside the government's scope.
    """
    result: dict[int, list[tuple[date, str]]] = defaultdict(list)
    rows = (_decided().filter(employee_id__in=list(employee_ids))
            .annotate(day=Coalesce("effective_on", "sk_date"))
            .order_by("employee_id", "day", "id")
            .values_list("employee_id", "day", "level"))
    for employee_id, day, level in rows:
        if day is not None:
            result[employee_id].append((day, level))
    return dict(result)


def penalties_for_payroll(employee_ids, first_day: date,
                          last_day: date) -> dict[int, list[tuple[str, date]]]:
    """For each employee, (penalty code, effective date) of decided cases in force by ``last_day``.

    ``first_day`` names the month asked about; whether a cut still runs that month is for the
    TPP rule set to say (tpp_facts.penalty_running), so ended penalties are returned too.
    """
    del first_day  # kept in the signature: the caller's month, for a later narrowing
    result: dict[int, list[tuple[str, date]]] = defaultdict(list)
    rows = (_decided().filter(employee_id__in=list(employee_ids), effective_on__lte=last_day)
            .order_by("employee_id", "effective_on", "id")
            .values_list("employee_id", "penalty", "effective_on"))
    for employee_id, penalty, effective_on in rows:
        result[employee_id].append((penalty, effective_on))
    return dict(result)


# --- cases as each viewer may see them --------------------------------------------------------


def visible_cases(actor):
    """The cases the actor may see (policy.can_view, as one query)."""
    if not actor.is_authenticated or not actor.instansi_id:
        return DisciplineCase.objects.none()
    cases = DisciplineCase.objects.select_related("employee", "employee__unit", "agency")
    if actor.is_hr_admin or actor.is_leader:
        return cases
    seen = Q(pk__in=[])
    if actor.employee_id:
        seen |= Q(employee_id=actor.employee_id)
    if actor.agency_ids:
        seen |= Q(agency_id__in=actor.agency_ids)
    for path in actor.led_unit_paths:
        seen |= Q(employee__unit__path__startswith=path)
    return cases.filter(seen)


def case_list(actor, *, status: str = "", agency_id: int | None = None, level: str = "",
              q: str = ""):
    cases = visible_cases(actor)
    if status in DisciplineCase.Status.values:
        cases = cases.filter(status=status)
    if agency_id:
        cases = cases.filter(agency_id=agency_id)
    if level in DisciplineCase.Level.values:
        cases = cases.filter(level=level)
    q = " ".join(str(q or "").split())[:60]
    if q:
        cases = cases.filter(Q(employee__name__icontains=q) | Q(employee__nip__startswith=q)
                             | Q(sk_number__icontains=q))
    return cases.order_by("-incident_from", "-id")


def get_case_for_user(actor, case_id) -> DisciplineCase:
    """The case if the actor may see it; 404 for a missing one and one he may not see alike."""
    pk = positive_id(case_id)
    case = (DisciplineCase.objects.select_related("employee", "employee__unit", "employee__position",
                                                  "agency", "imposed_by").filter(pk=pk).first()
            if pk else None)
    if case is None or not policy.can_view(actor, case):
        raise Http404
    return case


def cases_of_employee(employee):
    return (DisciplineCase.objects.filter(employee=employee).select_related("imposed_by")
            .order_by("-incident_from", "-id"))


def employee_for_case(actor, employee_id):
    """An employee of the actor's government whose cases the actor may manage, else None."""
    from abdi.people.models import Employee

    pk = positive_id(employee_id)
    employee = (Employee.objects.select_related("unit", "position", "agency").filter(pk=pk).first()
                if pk else None)
    if employee is None or not policy.can_manage(actor, instansi_id=employee.instansi_id,
                                                 agency_id=employee.agency_id):
        return None
    return employee


def employee_by_nip(nip: str):
    from abdi.people.models import Employee

    nip = "".join(str(nip or "").split())
    if not nip.isdigit() or len(nip) > 18:
        return None
    return Employee.objects.select_related("unit", "position", "agency").filter(nip=nip).first()


def employees_by_nips(nips) -> dict[str, object]:
    from abdi.people.models import Employee

    return {e.nip: e for e in Employee.objects.filter(nip__in=list(nips))}


def managed_agencies(actor):
    """The agencies the actor may pick in filters and forms."""
    from abdi.org.queries import agencies

    if actor.is_hr_admin or actor.is_leader:
        return agencies()
    return agencies().filter(pk__in=actor.agency_ids)


# --- the chain of superiors (§6.4) ------------------------------------------------------------


@dataclass(frozen=True)
class ChainLink:
    """One superior post above the offender inside his agency, and who holds it that day."""

    unit_id: int
    unit_name: str
    post: Official | None
    position_name: str
    holder: object | None  # the Employee leading the unit (Plt/Plh first), None when vacant


def chain_of(employee, *, on: date) -> list[ChainLink]:
    """The head posts above ``employee`` in his agency, the direct superior's first."""
    from abdi.org.queries import head_of

    unit = employee.unit
    if employee.position_id and employee.position.is_head and employee.position.unit_id == unit.pk:
        unit = unit.parent
    links = []
    while unit is not None:
        head = unit.positions.filter(is_head=True).first()
        if head is not None:
            holder = head_of(unit.pk, on=on)
            links.append(ChainLink(unit.pk, unit.name, official_post(head.kind, head.level),
                                   head.name, holder if holder and holder.pk != employee.pk else None))
        unit = unit.parent
    return links


# --- absence flags for HR (§6.3) --------------------------------------------------------------


@dataclass(frozen=True)
class AbsenceFlag:
    employee_id: int
    name: str
    nip: str
    agency_id: int
    agency_name: str
    year: int
    absent_days: int
    longest_run: int
    penalty: Penalty
    stops_salary: bool
    salary_stops_from: date | None
    case_id: int | None

    @property
    def level(self) -> str:
        return self.penalty.level.value


def absence_flags(actor, *, year: int, agency_id: int | None = None) -> list[AbsenceFlag]:
    """Employees whose TK days of ``year`` reach a penalty, in a fixed number of queries."""
    from abdi.allowance.models import AttendanceDay

    rows = AttendanceDay.objects.filter(date__year=year)
    if not actor.is_hr_admin:
        rows = rows.filter(employee__agency_id__in=actor.agency_ids)
    if agency_id:
        rows = rows.filter(employee__agency_id=agency_id)
    lowest = ABSENCE_THRESHOLDS[0][0]
    counted = list(
        rows.filter(kind="absent").values("employee_id").order_by()
        .annotate(days=Count("id"))
        .filter(days__gte=min(lowest, CONSECUTIVE_ABSENCE_DAYS))
        .values_list("employee_id", "days", "employee__name", "employee__nip",
                     "employee__agency_id", "employee__agency__name")
    )
    if not counted:
        return []
    # Only those with 10 TK days or more can have a run of 10: their working days, in order.
    long_ids = [row[0] for row in counted if row[1] >= CONSECUTIVE_ABSENCE_DAYS]
    runs: dict[int, tuple[int, date | None]] = {}
    if long_ids:
        days = defaultdict(list)
        for employee_id, day, kind in (rows.filter(employee_id__in=long_ids)
                                       .exclude(kind="non_working_day")
                                       .order_by("employee_id", "date")
                                       .values_list("employee_id", "date", "kind")):
            days[employee_id].append((day, kind))
        for employee_id, seen in days.items():
            runs[employee_id] = _run_and_end(seen)
    cases = dict(DisciplineCase.objects.filter(
        absence_year=year, employee_id__in=[row[0] for row in counted])
        .exclude(status=DisciplineCase.Status.CANCELLED).values_list("employee_id", "id"))
    flags = []
    for employee_id, absent, name, nip, agency, agency_name in counted:
        run, run_end = runs.get(employee_id, (0, None))
        finding = absence_penalty(absent, consecutive_days=run)
        if finding.penalty is None:
            continue
        flags.append(AbsenceFlag(
            employee_id, name, nip, agency, agency_name, year, absent, run, finding.penalty,
            finding.stops_salary,
            salary_stops_from(run_end) if finding.stops_salary and run_end else None,
            cases.get(employee_id)))
    return sorted(flags, key=lambda f: (-f.penalty.severity, -f.absent_days, f.name))


def _run_and_end(days: list[tuple[date, str]]) -> tuple[int, date | None]:
    """The longest TK run and the last day of the first run reaching the threshold."""
    longest = longest_absent_run(kind for _day, kind in days)
    current, end = 0, None
    for day, kind in days:
        current = current + 1 if kind == "absent" else 0
        if current == CONSECUTIVE_ABSENCE_DAYS and end is None:
            end = day
    return longest, end


def absence_of(employee_id: int, year: int) -> tuple[int, int]:
    """One employee's TK days and longest TK run of a year (the prefilled case)."""
    from abdi.allowance.models import AttendanceDay

    kinds = list(AttendanceDay.objects.filter(employee_id=employee_id, date__year=year)
                 .exclude(kind="non_working_day").order_by("date").values_list("kind", flat=True))
    return sum(kind == "absent" for kind in kinds), longest_absent_run(kinds)
