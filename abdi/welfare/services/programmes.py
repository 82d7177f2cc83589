"""Programmes, their medical staff and their sessions: BKPSDM (or an agency admin) sets them up
and invites every eligible employee at once."""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.accounts.models import User
from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org.models import Unit
from abdi.people.choices import EmployeeKind
from abdi.people.models import Employee
from abdi.people.rules.grades import grade_ordinal

from .. import policy, rules
from ..models import Participation, Programme, ProgrammeSession, ProgrammeStaff

PROGRAMME_FIELDS = ("kind", "name", "year", "description", "min_age", "max_age", "employee_kinds",
                    "min_service_years", "min_grade", "max_grade", "agency_ids")
SESSION_FIELDS = ("date", "start_time", "place", "capacity", "note")
MAX_CAPACITY = 100_000
MAX_AGE = 100


def _text(value, field, what, *, maximum, required=True) -> str:
    text = " ".join(str(value or "").split()) if field != "description" else str(value or "").strip()
    if required and not text:
        raise DomainError(_("Enter the %(what)s.") % {"what": what}, field=field)
    if len(text) > maximum:
        raise DomainError(_("The %(what)s is longer than %(max)d characters.")
                          % {"what": what, "max": maximum}, field=field)
    return text


def _small(value, field, *, low, high):
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise DomainError(_("Enter a whole number."), field=field) from None
    if not low <= number <= high:
        raise DomainError(_("Enter a number from %(low)d to %(high)d.") % {"low": low, "high": high},
                          field=field)
    return number


def _grade(value, field) -> tuple[str, int]:
    text = str(value or "").strip()
    if not text:
        return "", 0
    try:
        ordinal = grade_ordinal(text, kind=EmployeeKind.PNS)
    except (ValueError, KeyError):
        raise DomainError(_("Enter a PNS golongan such as III/a."), field=field) from None
    return text.upper(), ordinal


def clean_programme(actor, instansi_id, values: dict) -> dict:
    """The programme's fields, checked; raises DomainError naming the field."""
    kind = values.get("kind")
    if kind not in Programme.Kind.values:
        raise DomainError(_("Choose the kind of programme."), field="kind")
    this_year = timezone.localdate().year
    year = _small(values.get("year"), "year", low=this_year - 5, high=this_year + 5)
    if year is None:
        raise DomainError(_("Enter the year."), field="year")
    clean = {
        "kind": kind, "year": year,
        "name": _text(values.get("name"), "name", _("name"), maximum=160),
        "description": _text(values.get("description"), "description", _("description"),
                             maximum=4000, required=False),
        "min_age": _small(values.get("min_age"), "min_age", low=0, high=MAX_AGE),
        "max_age": _small(values.get("max_age"), "max_age", low=0, high=MAX_AGE),
        "min_service_years": _small(values.get("min_service_years"), "min_service_years",
                                    low=0, high=60),
    }
    if clean["min_age"] is not None and clean["max_age"] is not None \
            and clean["min_age"] > clean["max_age"]:
        raise DomainError(_("The minimum age is above the maximum age."), field="max_age")
    kinds = sorted({str(k) for k in values.get("employee_kinds") or ()})
    if any(k not in EmployeeKind.values for k in kinds):
        raise DomainError(_("Choose employee kinds from the list."), field="employee_kinds")
    clean["employee_kinds"] = kinds
    clean["min_grade"], clean["min_grade_ordinal"] = _grade(values.get("min_grade"), "min_grade")
    clean["max_grade"], clean["max_grade_ordinal"] = _grade(values.get("max_grade"), "max_grade")
    if clean["min_grade_ordinal"] and clean["max_grade_ordinal"] \
            and clean["min_grade_ordinal"] > clean["max_grade_ordinal"]:
        raise DomainError(_("The lowest golongan is above the highest."), field="max_grade")
    try:
        agency_ids = sorted({int(a) for a in values.get("agency_ids") or ()})
    except (TypeError, ValueError):
        raise DomainError(_("Choose perangkat daerah from the list."), field="agency_ids") from None
    known = set(Unit.objects.filter(instansi_id=instansi_id, parent__isnull=True, pk__in=agency_ids)
                .values_list("pk", flat=True)) if agency_ids else set()
    if known != set(agency_ids):
        raise DomainError(_("Choose perangkat daerah from the list."), field="agency_ids")
    if not policy.may_target_agencies(actor, agency_ids):
        raise Forbidden(_("Name only the perangkat daerah you manage."), field="agency_ids")
    clean["agency_ids"] = agency_ids
    return clean


def _duplicate_name():
    return Conflict(_("A programme with this name already exists for that year."), field="name")


@transaction.atomic
def create_programme(*, actor, instansi_id, values: dict) -> Programme:
    if not policy.can_create_programme(actor, instansi_id):
        raise Forbidden(_("Only BKPSDM or an agency admin sets up welfare programmes."))
    clean = clean_programme(actor, instansi_id, values)
    try:
        with transaction.atomic():
            programme = Programme.objects.create(instansi_id=instansi_id, created_by=actor.user,
                                                 **clean)
    except IntegrityError:
        raise _duplicate_name() from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=programme,
           after=snapshot(programme, (*PROGRAMME_FIELDS, "status")))
    return programme


@transaction.atomic
def update_programme(*, actor, programme: Programme, values: dict, version) -> Programme:
    locked = Programme.objects.select_for_update().get(pk=programme.pk)
    if not policy.can_manage_programme(actor, locked):
        raise Forbidden(_("You do not manage this programme."))
    if str(locked.version) != str(version):
        raise Conflict(_("Someone changed this programme since you opened it. Reload and try again."))
    clean = clean_programme(actor, locked.instansi_id, values)
    if clean["kind"] != locked.kind and locked.participations.exists():
        raise Conflict(_("The kind cannot change once employees take part."), field="kind")
    before = snapshot(locked, PROGRAMME_FIELDS)
    for name, value in clean.items():
        setattr(locked, name, value)
    locked.version += 1
    try:
        with transaction.atomic():
            locked.save()
    except IntegrityError:
        raise _duplicate_name() from None
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, PROGRAMME_FIELDS))
    return locked


@transaction.atomic
def set_programme_status(*, actor, programme: Programme, status: str, version) -> Programme:
    locked = Programme.objects.select_for_update().get(pk=programme.pk)
    if not policy.can_manage_programme(actor, locked):
        raise Forbidden(_("You do not manage this programme."))
    if status not in Programme.Status.values:
        raise DomainError(_("Choose a status from the list."), field="status")
    if str(locked.version) != str(version):
        raise Conflict(_("Someone changed this programme since you opened it. Reload and try again."))
    if status == locked.status:
        return locked
    before = {"status": locked.status}
    locked.status = status
    locked.version += 1
    locked.save(update_fields=["status", "version", "updated_at"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after={"status": status})
    return locked


@transaction.atomic
def add_staff(*, actor, programme: Programme, username: str, duty: str = "") -> ProgrammeStaff:
    if not policy.can_manage_programme(actor, programme):
        raise Forbidden(_("You do not manage this programme."))
    if not programme.is_health:
        raise DomainError(_("Only a health programme has medical staff."), field="username")
    name = str(username or "").strip().lower()
    user = User.objects.filter(username=name, instansi_id=programme.instansi_id,
                               is_active=True).first() if 0 < len(name) <= 150 else None
    if user is None:
        raise DomainError(_("No active account of this government has that NIP or e-mail."),
                          field="username")
    duty = _text(duty, "duty", _("duty"), maximum=80, required=False)
    try:
        with transaction.atomic():
            member = ProgrammeStaff.objects.create(instansi_id=programme.instansi_id,
                                                   programme=programme, user=user, duty=duty)
    except IntegrityError:
        raise Conflict(_("This person is already on the programme's medical staff."),
                       field="username") from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=member,
           after={"programme": programme.pk, "user": user.pk, "duty": duty})
    return member


@transaction.atomic
def remove_staff(*, actor, member: ProgrammeStaff) -> None:
    if not policy.can_manage_programme(actor, member.programme):
        raise Forbidden(_("You do not manage this programme."))
    record(actor=actor, action=AuditEntry.Action.DELETE, obj=member,
           before={"programme": member.programme_id, "user": member.user_id})
    member.delete()


def clean_session(values: dict) -> dict:
    day = values.get("date")
    if not isinstance(day, date):
        raise DomainError(_("Enter the date."), field="date")
    capacity = _small(values.get("capacity"), "capacity", low=1, high=MAX_CAPACITY)
    if capacity is None:
        raise DomainError(_("Enter the number of places."), field="capacity")
    return {"date": day, "start_time": values.get("start_time") or None, "capacity": capacity,
            "place": _text(values.get("place"), "place", _("place"), maximum=160),
            "note": _text(values.get("note"), "note", _("note"), maximum=240, required=False)}


@transaction.atomic
def add_session(*, actor, programme: Programme, values: dict) -> ProgrammeSession:
    if not policy.can_manage_programme(actor, programme):
        raise Forbidden(_("You do not manage this programme."))
    if programme.kind == Programme.Kind.BENEFIT:
        raise DomainError(_("A benefit programme has no sessions; record its benefits."))
    clean = clean_session(values)
    if clean["date"].year not in (programme.year, programme.year + 1):
        raise DomainError(_("The date must fall in the programme's year."), field="date")
    session = ProgrammeSession.objects.create(instansi_id=programme.instansi_id,
                                              programme=programme, **clean)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=session,
           after=snapshot(session, SESSION_FIELDS))
    return session


@transaction.atomic
def update_session(*, actor, session: ProgrammeSession, values: dict, version) -> ProgrammeSession:
    locked = (ProgrammeSession.objects.select_for_update(of=("self",)).select_related("programme")
              .get(pk=session.pk))
    if not policy.can_manage_programme(actor, locked.programme):
        raise Forbidden(_("You do not manage this programme."))
    if str(locked.version) != str(version):
        raise Conflict(_("Someone changed this session since you opened it. Reload and try again."))
    clean = clean_session(values)
    taken = locked.participations.filter(status__in=Participation.TAKES_A_PLACE).count()
    if clean["capacity"] < taken:
        raise Conflict(_("%(taken)d employees are registered; the capacity cannot be lower.")
                       % {"taken": taken}, field="capacity")
    before = snapshot(locked, SESSION_FIELDS)
    for name, value in clean.items():
        setattr(locked, name, value)
    locked.version += 1
    locked.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, SESSION_FIELDS))
    return locked


ELIGIBILITY_FIELDS = ("id", "birth_date", "kind", "status", "tmt_cpns", "grade_ordinal", "agency_id")


def eligible_employee_ids(programme: Programme, *, on: date) -> list[int]:
    """Every serving employee the programme's rules admit (one query, evaluated in Python)."""
    conditions = programme.conditions()
    candidates = Employee.objects.filter(instansi_id=programme.instansi_id,
                                         status__in=rules.SERVING_STATUSES)
    if conditions.agency_ids:
        candidates = candidates.filter(agency_id__in=conditions.agency_ids)
    if conditions.kinds:
        candidates = candidates.filter(kind__in=conditions.kinds)
    ids = []
    for row in candidates.values(*ELIGIBILITY_FIELDS).iterator(chunk_size=2000):
        facts = rules.Facts(birth_date=row["birth_date"], kind=row["kind"], status=row["status"],
                            tmt_cpns=row["tmt_cpns"], grade_ordinal=row["grade_ordinal"],
                            agency_id=row["agency_id"])
        if rules.is_eligible(conditions, facts, on=on):
            ids.append(row["id"])
    return ids


@transaction.atomic
def invite_eligible(*, actor, programme: Programme) -> int:
    """Invite every eligible employee not yet in the programme; returns how many were invited."""
    locked = Programme.objects.select_for_update().get(pk=programme.pk)
    if not policy.can_manage_programme(actor, locked):
        raise Forbidden(_("You do not manage this programme."))
    if locked.status != Programme.Status.OPEN:
        raise Conflict(_("Open the programme before inviting employees."))
    if not locked.is_health:
        raise DomainError(_("A benefit programme has no invitations; record its benefits."))
    eligible = eligible_employee_ids(locked, on=timezone.localdate())
    already = set(Participation.objects.filter(programme=locked).values_list("employee_id", flat=True))
    new = [Participation(instansi_id=locked.instansi_id, programme=locked, employee_id=pk)
           for pk in eligible if pk not in already]
    Participation.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    record(actor=actor, action=AuditEntry.Action.IMPORT, obj=locked,
           after={"invited": len(new)})
    return len(new)
