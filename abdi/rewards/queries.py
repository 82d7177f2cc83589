"""Reading rewards: nominations each viewer may see, award histories, candidates for a kind,
the SLKS eligibility list and the public recognition page. Every list reads a fixed number of
queries whatever its length (tests/test_queries.py counts them)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.http import Http404
from django_scopes import scope

from abdi.allowance.models import LeaveRecord
from abdi.allowance.rules.rewards import SlksDecision, slks_eligibility
from abdi.org.models import Unit
from abdi.people.models import Employee
from abdi.performance.models import Appraisal
from abdi.tenancy.models import Instansi

from . import policy
from .models import Award, AwardKind, Nomination, RecognitionConsent, RewardSettings
from .rules import OPEN_STATUSES, is_award_candidate

MAX_ID = 2**63 - 1
SERVING = ("aktif", "cuti", "tugas_belajar")  # employees still in service (people.choices)
SLKS_KINDS = ("PNS", "CPNS")  # SLKS is a PNS medal (PP 35/2010 Pasal 22)


def _id(raw) -> int | None:
    try:
        value = int(str(raw))
    except (TypeError, ValueError):
        return None
    return value if 0 < value <= MAX_ID else None


# ---- settings and kinds ------------------------------------------------------------------------


def settings_of(instansi_id: int) -> RewardSettings:
    """The government's settings, or the national defaults (unsaved) when none were stored."""
    return (RewardSettings.objects.filter(instansi_id=instansi_id).first()
            or RewardSettings(instansi_id=instansi_id))


def kinds(*, active_only: bool = True):
    queryset = AwardKind.objects.all()
    return queryset.filter(is_active=True) if active_only else queryset


def get_kind(raw) -> AwardKind:
    pk = _id(raw)
    kind = AwardKind.objects.filter(pk=pk).first() if pk else None
    if kind is None:
        raise Http404
    return kind


def find_kind(raw) -> AwardKind | None:
    pk = _id(raw)
    return AwardKind.objects.filter(pk=pk, is_active=True).first() if pk else None


def find_employee(raw) -> Employee | None:
    pk = _id(raw)
    return Employee.objects.select_related("unit").filter(pk=pk).first() if pk else None


def employee_by_nip(nip: str) -> Employee | None:
    nip = "".join(str(nip or "").split())
    return Employee.objects.select_related("unit").filter(nip=nip).first() if nip else None


def get_employee(pk) -> Employee:
    employee = find_employee(pk)
    if employee is None:
        raise Http404
    return employee


def agencies():
    return Unit.objects.filter(parent__isnull=True).order_by("sort_order", "name")


def find_agency(raw) -> Unit | None:
    pk = _id(raw)
    return Unit.objects.filter(pk=pk, parent__isnull=True).first() if pk else None


# ---- nominations -------------------------------------------------------------------------------


def nominations(actor, *, status: str = ""):
    """What the actor may see: BKPSDM and leaders everything; a supervisor the nominations of
    the units they lead (and below) and their own proposals."""
    queryset = Nomination.objects.select_related("employee", "kind", "employee__position")
    if not policy.sees_all_nominations(actor):
        condition = Q(nominated_by_id=actor.user.pk)
        for path in actor.led_unit_paths:
            condition |= Q(employee__unit__path__startswith=path)
        queryset = queryset.filter(condition).exclude(employee_id=actor.employee_id)
    if status in Nomination.Status.values:
        queryset = queryset.filter(status=status)
    return queryset.order_by("-created_at", "-id")


def get_nomination_for_user(actor, raw) -> Nomination:
    pk = _id(raw)
    nomination = (Nomination.objects.select_related("employee__unit", "employee__position", "kind")
                  .filter(pk=pk).first()) if pk else None
    if nomination is None or not policy.can_view_nomination(actor, nomination):
        raise Http404
    return nomination


def open_nomination_exists(employee_id: int, kind_id: int, year: int) -> bool:
    return Nomination.objects.filter(employee_id=employee_id, kind_id=kind_id, year=year,
                                     status__in=list(OPEN_STATUSES)).exists()


# ---- award history ------------------------------------------------------------------------------


def awards_of(employee_id: int) -> list[Award]:
    return list(Award.objects.filter(employee_id=employee_id).select_related("kind")
                .order_by("-year", "-id"))


def get_award(raw) -> Award:
    pk = _id(raw)
    award = Award.objects.select_related("employee", "kind").filter(pk=pk).first() if pk else None
    if award is None:
        raise Http404
    return award


def recent_awards(limit: int = 50):
    return Award.objects.select_related("employee", "kind").order_by("-created_at", "-id")[:limit]


def consent_of(employee_id: int) -> bool:
    return RecognitionConsent.objects.filter(employee_id=employee_id, public=True).exists()


# ---- candidates (§7.2 pre-filter) ---------------------------------------------------------------


def annual_predikat(employee_ids, first_year: int, last_year: int) -> dict[int, dict[int, str]]:
    """Final annual predikat per employee and year (one query)."""
    result: dict[int, dict[int, str]] = defaultdict(dict)
    rows = (Appraisal.objects.filter(employee_id__in=list(employee_ids), period_kind="annual",
                                     status=Appraisal.Status.FINAL, year__gte=first_year,
                                     year__lte=last_year).exclude(predikat="")
            .values_list("employee_id", "year", "predikat"))
    for employee_id, year, predikat in rows:
        result[employee_id][year] = predikat
    return result


def penalties(employee_ids) -> dict[int, list[tuple[date, str]]]:
    """The discipline register (§6): (date, level) per employee, read through discipline's queries
    (imported here, so a change in progress there never stops the reward pages from loading)."""
    from abdi.discipline import queries as discipline_queries

    return discipline_queries.penalty_levels_by_employee(list(employee_ids))


@dataclass(frozen=True)
class Candidate:
    employee: Employee
    predikat: tuple[tuple[int, str], ...]  # (year, predikat), oldest first
    eligible: bool
    nominated: bool


def _nominable(actor):
    queryset = Employee.objects.filter(status__in=SERVING).exclude(pk=actor.employee_id or 0)
    if actor.is_hr_admin:
        return queryset
    condition = Q(pk__in=[])
    for path in actor.led_unit_paths:
        condition |= Q(unit__path__startswith=path)
    return queryset.filter(condition)


def candidates(actor, kind: AwardKind, year: int, *, agency_id: int | None = None,
               only_eligible: bool = True, limit: int = 200) -> list[Candidate]:
    """Employees the actor may nominate for ``kind`` in ``year``, with their predikat history and
    whether they pass the pre-filter (a fixed number of queries)."""
    queryset = _nominable(actor).select_related("position", "agency").order_by("name", "id")
    if agency_id:
        queryset = queryset.filter(agency_id=agency_id)
    people = list(queryset[:limit * 5])
    ids = [e.pk for e in people]
    years = max(kind.predikat_years, 1)
    history = annual_predikat(ids, year - years, year)
    register = penalties(ids)
    taken = set(Nomination.objects.filter(employee_id__in=ids, kind=kind, year=year,
                                          status__in=list(OPEN_STATUSES))
                .values_list("employee_id", flat=True))
    slks_due = _slks_due(kind, year, ids)
    rows = []
    for employee in people:
        by_year = history.get(employee.pk, {})
        ok = is_award_candidate(by_year, register.get(employee.pk, ()), award_year=year,
                                minimum=kind.predikat_minimum, years=kind.predikat_years)
        if slks_due is not None:
            ok = employee.pk in slks_due
        if ok or not only_eligible:
            rows.append(Candidate(employee, tuple(sorted(by_year.items())), ok, employee.pk in taken))
        if len(rows) >= limit:
            break
    return rows


def _slks_due(kind: AwardKind, year: int, ids) -> set[int] | None:
    """For an SLKS kind, who is eligible for exactly its class by 31 December of the year."""
    if not kind.slks_class:
        return None
    settings = settings_of(kind.instansi_id)
    return {row.employee.pk for row in slks_rows(date(year, 12, 31), settings, employee_ids=ids)
            if row.decision.eligible and row.decision.slks_class == kind.slks_class}


def is_candidate(employee: Employee, kind: AwardKind, year: int) -> bool:
    if kind.slks_class:
        return employee.pk in _slks_due(kind, year, [employee.pk])
    years = max(kind.predikat_years, 1)
    by_year = annual_predikat([employee.pk], year - years, year).get(employee.pk, {})
    return is_award_candidate(by_year, penalties([employee.pk]).get(employee.pk, ()),
                              award_year=year, minimum=kind.predikat_minimum,
                              years=kind.predikat_years)


# ---- SLKS eligibility (§7.1) --------------------------------------------------------------------


@dataclass(frozen=True)
class SlksRow:
    employee: Employee
    decision: SlksDecision
    received: tuple[str, ...]


def slks_decision(employee: Employee, reference: date, settings: RewardSettings) -> SlksDecision:
    rows = slks_rows(reference, settings, employee_ids=[employee.pk])
    return rows[0].decision if rows else slks_eligibility(reference, reference)


def slks_rows(reference: date, settings: RewardSettings, *, agency_id: int | None = None,
              employee_ids=None, eligible_only: bool = False) -> list[SlksRow]:
    """Every serving PNS with a TMT CPNS: service years, the class due, eligible or why not.
    Four queries plus the discipline register's, whatever the number of employees."""
    queryset = (Employee.objects.filter(status__in=SERVING, kind__in=SLKS_KINDS, tmt_cpns__isnull=False)
                .select_related("agency", "position").order_by("agency__name", "name", "id"))
    if agency_id:
        queryset = queryset.filter(agency_id=agency_id)
    if employee_ids is not None:
        queryset = queryset.filter(pk__in=list(employee_ids))
    people = list(queryset)
    ids = [e.pk for e in people]
    received: dict[int, set[str]] = defaultdict(set)
    for employee_id, slks_class in (Award.objects.filter(employee_id__in=ids).exclude(slks_class="")
                                    .values_list("employee_id", "slks_class")):
        received[employee_id].add(slks_class)
    cltn: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for employee_id, first, last in (LeaveRecord.objects.filter(
            employee_id__in=ids, kind=LeaveRecord.Kind.CLTN, status=LeaveRecord.Status.APPROVED)
            .values_list("employee_id", "first_day", "last_day")):
        cltn[employee_id].append((first, last))
    register = penalties(ids)
    rows = []
    for employee in people:
        decision = slks_eligibility(
            employee.tmt_cpns, reference, received=received[employee.pk],
            penalties=register.get(employee.pk, ()), cltn_periods=cltn[employee.pk],
            cltn_rule=settings.cltn_rule, require_previous_class=settings.require_previous_class)
        if eligible_only and not decision.eligible:
            continue
        rows.append(SlksRow(employee, decision, tuple(sorted(received[employee.pk]))))
    return rows


# ---- the public recognition page ---------------------------------------------------------------


@dataclass(frozen=True)
class PublicEntry:
    name: str
    position: str
    award: str


def public_instansi(slug: str) -> Instansi:
    """The government whose public page is enabled, else 404 (never tell which)."""
    instansi = Instansi.objects.filter(slug=slug, is_active=True).first()
    if instansi is None:
        raise Http404
    with scope(instansi=instansi.pk):
        if not RewardSettings.objects.filter(public_page_enabled=True).exists():
            raise Http404
    return instansi


def public_years(instansi: Instansi) -> list[int]:
    with scope(instansi=instansi.pk):
        return sorted(set(Award.objects.filter(kind__best_performer=True)
                          .values_list("year", flat=True)), reverse=True)


def public_recognition(instansi: Instansi, year: int) -> list[PublicEntry]:
    """Best performers of a year who opted in: name, position and award, nothing else."""
    with scope(instansi=instansi.pk):
        consenting = RecognitionConsent.objects.filter(public=True).values("employee_id")
        rows = (Award.objects.filter(instansi_id=instansi.pk, year=year, kind__best_performer=True,
                                     kind__is_active=True, employee_id__in=consenting,
                                     employee__status__in=SERVING)
                .order_by("kind__sort_order", "kind__name", "employee__name")
                .values_list("employee__front_title", "employee__name", "employee__back_title",
                             "employee__position__name", "kind__name"))
        entries = []
        for front, name, back, position, award in rows:
            full = f"{front + ' ' if front else ''}{name}{', ' + back if back else ''}"
            entries.append(PublicEntry(full, position or "", award))
        return entries
