"""Taking part: the employee registers for a session or cancels; the programme's medical staff
record attendance and results. Results never enter the audit trail, only the fact of entry."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.models import Employee

from .. import policy, rules
from ..models import MedicalResult, Participation, Programme, ProgrammeSession, refusal_text

MAX_RESULT_TEXT = 8000


def _stale():
    return Conflict(_("Someone changed this record since you opened it. Reload and try again."))


def move(participation: Participation, to: str, *, actor, **fields) -> Participation:
    """The one gate of status changes: checks the transition, saves, writes the audit entry."""
    was = participation.status
    if to not in Participation.TRANSITIONS.get(was, set()):
        raise Conflict(_("A participation that is %(was)s cannot become %(to)s.") % {
            "was": Participation.Status(was).label, "to": Participation.Status(to).label})
    participation.status = to
    for name, value in fields.items():
        setattr(participation, name, value)
    participation.version += 1
    participation.save()
    after = {"status": to}
    if "session" in fields:
        after["session"] = participation.session_id
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=participation,
           before={"status": was}, after=after, employee_id=participation.employee_id)
    return participation


def _taken(session: ProgrammeSession) -> int:
    return Participation.objects.filter(session=session,
                                        status__in=Participation.TAKES_A_PLACE).count()


@transaction.atomic
def register(*, actor, session: ProgrammeSession) -> Participation:
    """The employee takes a place in a session: refused when the programme is not open, he is
    not eligible, already registered, or the session is full."""
    if actor.employee_id is None or actor.instansi_id != session.instansi_id:
        raise Forbidden(_("Only an employee registers for a welfare programme."))
    # The session row is the lock that keeps two last registrations from both taking the last place.
    locked_session = ProgrammeSession.objects.select_for_update(of=("self",)).select_related("programme").get(
        pk=session.pk)
    programme = locked_session.programme
    if programme.status != Programme.Status.OPEN or not programme.is_health:
        raise Conflict(_("This programme is not open for registration."))
    if locked_session.date < timezone.localdate():
        raise Conflict(_("This session has already taken place."))
    employee = Employee.objects.get(pk=actor.employee_id)
    reasons = rules.refusals(programme.conditions(), rules.Facts(
        birth_date=employee.birth_date, kind=employee.kind, status=employee.status,
        tmt_cpns=employee.tmt_cpns, grade_ordinal=employee.grade_ordinal,
        agency_id=employee.agency_id), on=timezone.localdate())
    if reasons:
        raise Forbidden(_("You are not eligible: %(reasons)s.")
                        % {"reasons": "; ".join(refusal_text(r) for r in reasons)})
    existing = (Participation.objects.select_for_update()
                .filter(programme=programme, employee=employee).first())
    if existing is not None and existing.status not in (Participation.Status.INVITED,
                                                        Participation.Status.CANCELLED):
        raise Conflict(_("You are already registered for this programme."))
    if not rules.has_room(locked_session.capacity, _taken(locked_session)):
        raise Conflict(_("This session is full. Choose another session."))
    now = timezone.now()
    if existing is not None:
        return move(existing, Participation.Status.REGISTERED, actor=actor, session=locked_session,
                    registered_at=now)
    try:
        with transaction.atomic():
            created = Participation.objects.create(
                instansi_id=programme.instansi_id, programme=programme, employee=employee,
                session=locked_session, status=Participation.Status.REGISTERED, registered_at=now)
    except IntegrityError:  # the same registration sent twice at once
        raise Conflict(_("You are already registered for this programme.")) from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=created,
           after={"status": created.status, "session": locked_session.pk},
           employee_id=employee.pk)
    return created


def _lock(participation: Participation, version) -> Participation:
    locked = (Participation.objects.select_for_update(of=("self",)).select_related("programme")
              .get(pk=participation.pk))
    if str(locked.version) != str(version):
        raise _stale()
    return locked


@transaction.atomic
def cancel(*, actor, participation: Participation, version) -> Participation:
    if not policy.can_take_part(actor, participation):
        raise Forbidden(_("Only the employee cancels his own registration."))
    locked = _lock(participation, version)
    if locked.status not in (Participation.Status.INVITED, Participation.Status.REGISTERED):
        raise Conflict(_("Only an invitation or a registration can be cancelled."))
    return move(locked, Participation.Status.CANCELLED, actor=actor)


@transaction.atomic
def record_attendance(*, actor, participation: Participation, attended, version) -> Participation:
    staff = policy.is_medical_staff(actor, participation.programme)
    if not policy.can_record_health(actor, participation, staff=staff):
        raise Forbidden(_("Only the programme's medical staff record attendance."))
    if attended not in (True, False):
        raise DomainError(_("Say whether the employee attended."), field="attended")
    locked = _lock(participation, version)
    to = Participation.Status.ATTENDED if attended else Participation.Status.NO_SHOW
    if locked.status == to:
        return locked
    return move(locked, to, actor=actor, attendance_by=actor.user)


def _result_text(value, field, what, *, required=False) -> str:
    text = str(value or "").strip()
    if required and not text:
        raise DomainError(_("Enter the %(what)s.") % {"what": what}, field=field)
    if len(text) > MAX_RESULT_TEXT:
        raise DomainError(_("The %(what)s is longer than %(max)d characters.")
                          % {"what": what, "max": MAX_RESULT_TEXT}, field=field)
    return text


@transaction.atomic
def record_result(*, actor, participation: Participation, values: dict, version) -> MedicalResult:
    """Enter or correct the medical result. `version` is the result's version ("" for a new one).
    The audit entry says that a result was entered, never what it says."""
    staff = policy.is_medical_staff(actor, participation.programme)
    if not policy.can_record_health(actor, participation, staff=staff):
        raise Forbidden(_("Only the programme's medical staff enter results."))
    locked = (Participation.objects.select_for_update(of=("self",)).select_related("programme")
              .get(pk=participation.pk))
    if locked.status != Participation.Status.ATTENDED:
        raise Conflict(_("Record the attendance before the result."))
    clean = {
        "summary": _result_text(values.get("summary"), "summary", _("summary"), required=True),
        "findings": _result_text(values.get("findings"), "findings", _("findings")),
        "recommendation": _result_text(values.get("recommendation"), "recommendation",
                                       _("recommendation")),
        "follow_up_needed": bool(values.get("follow_up_needed")),
    }
    existing = MedicalResult.objects.select_for_update().filter(participation=locked).first()
    if existing is None:
        if str(version or "") not in ("", "0"):
            raise _stale()
        try:
            with transaction.atomic():
                result = MedicalResult.objects.create(instansi_id=locked.instansi_id,
                                                      participation=locked, entered_by=actor.user,
                                                      **clean)
        except IntegrityError:  # entered by a colleague at the same moment
            raise _stale() from None
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=result,
               after={"result_entered": True}, employee_id=locked.employee_id)
        return result
    if str(existing.version) != str(version):
        raise _stale()
    for name, value in clean.items():
        setattr(existing, name, value)
    existing.entered_by = actor.user
    existing.version += 1
    existing.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=existing,
           before={"result_version": existing.version - 1},
           after={"result_version": existing.version}, employee_id=locked.employee_id)
    return existing
