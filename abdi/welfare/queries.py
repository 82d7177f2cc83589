"""Reading welfare programmes under the viewer's sight (404 for what they may not see).

Results are read only through `get_result_for_reader`, which asks policy.can_read_result.
"""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404

from abdi.org.models import Unit
from abdi.people.models import Employee

from . import policy, rules
from .models import (
    BenefitRecord,
    MedicalResult,
    Participation,
    Programme,
    ProgrammeSession,
    ProgrammeStaff,
    refusal_text,
)

MAX_ID = 2**63 - 1
TAKEN = Q(participations__status__in=Participation.TAKES_A_PLACE)


def _id(raw) -> int:
    try:
        pk = int(raw)
    except (TypeError, ValueError, OverflowError):
        raise Http404 from None
    if not 0 < pk <= MAX_ID:
        raise Http404
    return pk


@dataclass(frozen=True)
class Access:
    """What the viewer may do with one programme (computed once per request)."""

    manage: bool
    staff: bool

    @property
    def participants(self) -> bool:
        return self.manage or self.staff


def access_to(actor, programme) -> Access:
    return Access(manage=policy.can_manage_programme(actor, programme),
                  staff=policy.is_medical_staff(actor, programme))


def get_programme(actor, raw_pk) -> tuple[Programme, Access]:
    programme = Programme.objects.filter(pk=_id(raw_pk)).first()
    if programme is None:
        raise Http404
    access = access_to(actor, programme)
    if not policy.can_view_programme(actor, programme, staff=access.staff):
        raise Http404
    return programme, access


def get_session(actor, raw_pk) -> tuple[ProgrammeSession, Access]:
    session = ProgrammeSession.objects.select_related("programme").filter(pk=_id(raw_pk)).first()
    if session is None:
        raise Http404
    access = access_to(actor, session.programme)
    if not policy.can_view_programme(actor, session.programme, staff=access.staff):
        raise Http404
    return session, access


def get_participation(actor, raw_pk) -> tuple[Participation, Access]:
    found = (Participation.objects.select_related("programme", "session", "employee")
             .filter(pk=_id(raw_pk)).first())
    if found is None:
        raise Http404
    access = access_to(actor, found.programme)
    if not policy.can_view_participation(actor, found, staff=access.staff):
        raise Http404
    return found, access


def get_result_for_reader(actor, participation, access) -> MedicalResult | None:
    """The result, for the employee and the programme's medical staff only; None if not entered.
    Callers check policy.can_read_result first; this checks again so a slip cannot leak."""
    if not policy.can_read_result(actor, participation, staff=access.staff):
        raise PermissionDenied
    return MedicalResult.objects.filter(participation=participation).first()


def get_staff_member(programme, raw_pk) -> ProgrammeStaff:
    found = ProgrammeStaff.objects.filter(programme=programme, pk=_id(raw_pk)).first()
    if found is None:
        raise Http404
    return found


def get_benefit(actor, raw_pk) -> BenefitRecord:
    record = (BenefitRecord.objects.select_related("programme", "employee")
              .filter(pk=_id(raw_pk)).first())
    if record is None or not (policy.can_update_benefit(actor, record)
                              or policy.can_view_welfare_of(actor, record.employee)):
        raise Http404
    return record


# --- lists (each a fixed number of queries, whatever the number of rows) ----------------------


def managed_programmes(actor) -> list[Programme]:
    rows = Programme.objects.annotate(
        invited=Count("participations"),
        registered=Count("participations", filter=TAKEN),
        attended=Count("participations",
                       filter=Q(participations__status=Participation.Status.ATTENDED)),
    )
    return [p for p in rows if policy.can_manage_programme(actor, p)]


def staffed_programmes(actor) -> list[Programme]:
    if not actor.is_authenticated:
        return []
    return list(Programme.objects.filter(staff__user_id=actor.user.pk,
                                         kind__in=Programme.HEALTH_KINDS))


def open_programmes_for(actor, employee, *, on: date) -> list[dict]:
    """Published open programmes with the employee's eligibility and the reasons when not."""
    if employee is None:
        return []
    facts = facts_of(employee)
    taken = set(Participation.objects.filter(employee=employee).values_list("programme_id", flat=True))
    rows = []
    for programme in Programme.objects.filter(status=Programme.Status.OPEN):
        reasons = rules.refusals(programme.conditions(), facts, on=on)
        rows.append({"programme": programme, "eligible": not reasons,
                     "reasons": [refusal_text(r) for r in reasons],
                     "taking_part": programme.pk in taken})
    return rows


def facts_of(employee) -> rules.Facts:
    return rules.Facts(birth_date=employee.birth_date, kind=employee.kind, status=employee.status,
                       tmt_cpns=employee.tmt_cpns, grade_ordinal=employee.grade_ordinal,
                       agency_id=employee.agency_id)


def refusals_of(programme, employee, *, on: date) -> list[str]:
    return [refusal_text(r) for r in rules.refusals(programme.conditions(), facts_of(employee), on=on)]


def my_participations(employee_id) -> list[Participation]:
    if employee_id is None:
        return []
    return list(Participation.objects.filter(employee_id=employee_id)
                .select_related("programme", "session")
                .annotate(has_result=Exists(MedicalResult.objects.filter(participation=OuterRef("pk"))))
                .order_by("-programme__year", "programme__name", "id"))


def sessions_of(programme) -> list[ProgrammeSession]:
    return list(ProgrammeSession.objects.filter(programme=programme)
                .annotate(taken=Count("participations", filter=TAKEN)))


def staff_of(programme) -> list[ProgrammeStaff]:
    return list(ProgrammeStaff.objects.filter(programme=programme).select_related("user"))


def participants_of(programme, *, status: str = "", with_results: bool = False):
    """Participants with their session; `has_result` only for the medical staff's list."""
    rows = (Participation.objects.filter(programme=programme)
            .select_related("employee", "session", "employee__agency")
            .only("id", "instansi_id", "programme_id", "status", "version", "employee__id",
                  "employee__name", "employee__nip", "employee__agency__name",
                  "employee__agency__id", "session__id", "session__date", "session__place")
            .order_by("employee__name", "id"))
    if status in Participation.Status.values:
        rows = rows.filter(status=status)
    if with_results:
        rows = rows.annotate(has_result=Exists(
            MedicalResult.objects.filter(participation=OuterRef("pk"))))
    return rows


def status_counts(programme) -> dict[str, int]:
    counts = dict(Participation.objects.filter(programme=programme).values_list("status")
                  .annotate(n=Count("id")).values_list("status", "n"))
    return {status: counts.get(status, 0) for status in Participation.Status.values}


def benefits_of_programme(programme):
    return (BenefitRecord.objects.filter(programme=programme)
            .select_related("employee").order_by("-date", "-id"))


def benefits_of_employee(employee_id) -> list[BenefitRecord]:
    return list(BenefitRecord.objects.filter(employee_id=employee_id).select_related("programme"))


def agencies() -> list[Unit]:
    return list(Unit.objects.filter(parent__isnull=True).only("id", "name", "instansi_id")
                .order_by("name"))


def find_employee_by_nip(nip: str) -> Employee | None:
    return Employee.objects.filter(nip=str(nip or "").strip()).select_related("agency").first()


def my_participations_in(programme, employee_id) -> list[Participation]:
    return list(Participation.objects.filter(programme=programme, employee_id=employee_id)
                .select_related("session")
                .annotate(has_result=Exists(MedicalResult.objects.filter(participation=OuterRef("pk")))))


def agency_names(agency_ids) -> list[str]:
    if not agency_ids:
        return []
    return list(Unit.objects.filter(pk__in=agency_ids).order_by("name").values_list("name", flat=True))


def get_staff_member_for(actor, raw_pk) -> ProgrammeStaff:
    """A staff entry of a programme the actor manages; 404 otherwise."""
    found = ProgrammeStaff.objects.select_related("programme", "user").filter(pk=_id(raw_pk)).first()
    if found is None or not policy.can_view_programme(actor, found.programme, staff=False) \
            or not policy.can_manage_programme(actor, found.programme):
        raise Http404
    return found


def own_employee(actor) -> Employee | None:
    """The viewer's own employee row (for his eligibility), or None for an account without one."""
    if not actor.employee_id:
        return None
    return Employee.objects.filter(pk=actor.employee_id).first()


def participations_of_employee(employee_id) -> list[Participation]:
    """For the profile: programme and status only (no result, not even whether one exists)."""
    return list(Participation.objects.filter(employee_id=employee_id).select_related("programme")
                .order_by("-programme__year", "programme__name"))
