"""Career development writes: study requests (tugas/izin belajar) through the atasan then
BKPSDM, and leadership-training records (PKP/PKA/PKN) that gate structural posts."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.people.models import Employee
from abdi.performance.policy import current_atasan_id

from .. import policy
from ..models import LeadershipTraining, StudyRequest
from ..models.career import FUNDING_CHOICES, STUDY_LEVEL_CHOICES, TRAINING_CHOICES

STUDY_FIELDS = ("kind", "institution", "programme", "level", "start", "end", "funding")


def _date(raw, label) -> datetime.date:
    if isinstance(raw, datetime.date):
        return raw
    try:
        return datetime.date.fromisoformat(str(raw or "").strip()[:10])
    except ValueError:
        raise DomainError(_("%(field)s is not a valid date.") % {"field": label}) from None


def _text(raw, label, limit) -> str:
    value = str(raw or "").strip()
    if not value:
        raise DomainError(_("%(field)s is required.") % {"field": label})
    if len(value) > limit:
        raise DomainError(_("%(field)s is too long.") % {"field": label})
    return value


def submit_study(*, actor, kind, institution, programme, level, start, end, funding) -> StudyRequest:
    if not actor.employee_id:
        raise Forbidden(_("Only an employee files a study request."))
    if kind not in StudyRequest.Kind.values:
        raise DomainError(_("Unknown kind of study request."))
    if level not in dict(STUDY_LEVEL_CHOICES):
        raise DomainError(_("Unknown level of study."))
    if funding not in dict(FUNDING_CHOICES):
        raise DomainError(_("Unknown funding."))
    start, end = _date(start, _("Start")), _date(end, _("End"))
    if end <= start:
        raise DomainError(_("The study must end after it starts."))
    if (end - start).days > 366 * 7:
        raise DomainError(_("A study request covers at most seven years."))
    institution = _text(institution, _("Institution"), 160)
    programme = _text(programme, _("Programme"), 160)
    employee = Employee.objects.get(pk=actor.employee_id)
    with transaction.atomic():
        req = StudyRequest.objects.create(
            instansi_id=employee.instansi_id, employee=employee, agency_id=employee.agency_id,
            kind=kind, institution=institution, programme=programme, level=level, start=start,
            end=end, funding=funding, atasan_id=current_atasan_id(employee))
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=req, before={},
               after={f: str(getattr(req, f)) for f in STUDY_FIELDS}, employee_id=employee.pk)
    return req


def _locked(request_id, version) -> StudyRequest:
    req = StudyRequest.objects.select_for_update().select_related("employee").filter(
        pk=request_id).first()
    if req is None:
        raise NotFound(_("Unknown study request."))
    if str(version) != str(req.version):
        raise Conflict(_("Someone decided this request in the meantime. Reload and try again."))
    return req


def _decide(actor, req, *, new_status, note_field, note):
    note = str(note or "").strip()[:300]
    before = {"status": req.status}
    req.status = new_status
    setattr(req, note_field, note)
    req.version += 1
    if new_status in ("approved", "rejected"):
        req.decided_at = timezone.now()
    req.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=req, before=before,
           after={"status": new_status, note_field: note}, employee_id=req.employee_id)
    return req


def endorse_study(*, actor, request_id, version, approve: bool, note="") -> StudyRequest:
    """The atasan of today (incl. Plt/Plh) endorses or rejects."""
    with transaction.atomic():
        req = _locked(request_id, version)
        if not policy.can_endorse_study(actor, req):
            raise Forbidden(_("Only the employee's current supervisor endorses this request."))
        if approve:
            req.atasan_id = actor.employee_id
        return _decide(actor, req, new_status="endorsed" if approve else "rejected",
                       note_field="atasan_note", note=note)


def decide_study(*, actor, request_id, version, approve: bool, note="") -> StudyRequest:
    with transaction.atomic():
        req = _locked(request_id, version)
        if not policy.can_decide_study(actor, req):
            raise Forbidden(_("BKPSDM decides only requests the supervisor endorsed."))
        return _decide(actor, req, new_status="approved" if approve else "rejected",
                       note_field="hr_note", note=note)


def record_training(*, actor, employee_id, kind, year, certificate_number) -> LeadershipTraining:
    employee = Employee.objects.filter(pk=employee_id).first()
    if employee is None:
        raise NotFound(_("Unknown employee."))
    if not policy.can_record_training(actor, employee):
        raise Forbidden(_("You may not record trainings of this employee."))
    if kind not in dict(TRAINING_CHOICES):
        raise DomainError(_("Unknown leadership training."))
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise DomainError(_("Unknown year.")) from None
    if not 1970 <= year <= timezone.localdate().year:
        raise DomainError(_("Unknown year."))
    number = _text(certificate_number, _("Certificate number"), 80)
    with transaction.atomic():
        if LeadershipTraining.objects.filter(employee=employee, kind=kind).exists():
            raise Conflict(_("This training is already recorded for the employee."))
        verified = actor.is_hr_admin
        training = LeadershipTraining.objects.create(
            instansi_id=employee.instansi_id, employee=employee, kind=kind, year=year,
            certificate_number=number, verified=verified,
            verified_by=actor.user if verified else None)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=training, before={},
               after={"kind": kind, "year": year, "certificate": number, "verified": verified},
               employee_id=employee.pk)
    return training


def verify_training(*, actor, training_id) -> LeadershipTraining:
    with transaction.atomic():
        training = LeadershipTraining.objects.select_for_update().filter(pk=training_id).first()
        if training is None:
            raise NotFound(_("Unknown training."))
        if not policy.can_verify_training(actor, training):
            raise Forbidden(_("Only BKPSDM verifies leadership trainings."))
        training.verified, training.verified_by = True, actor.user
        training.save(update_fields=["verified", "verified_by"])
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=training,
               before={"verified": False}, after={"verified": True}, employee_id=training.employee_id)
    return training
