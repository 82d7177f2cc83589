"""One employee's trainings: register, the atasan's decision, HR's attendance, result and
certificate, the participant's evaluation, and trainings done elsewhere reported and verified.

Every write runs in one transaction with one audit entry; staff edits name the version they read.
"""

import uuid

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..models import Evaluation, TrainingEvent, TrainingRecord
from ..rules import workflow
from ..rules.jp import PPPK_MAXIMUM_JP, exceeds_pppk_maximum, jp_of_activity
from .common import check_certificate, schedule, text

AUDITED = ["status", "reason", "result", "certificate", "certificate_number", "jp", "year",
           "decided_by", "minutes", "stated_jp"]
QUESTIONS = ("content", "teaching", "organisation", "usefulness")


def _locked(record: TrainingRecord, version) -> TrainingRecord:
    current = (TrainingRecord.objects.select_for_update(of=("self",))
               .select_related("employee", "employee__unit", "event").get(pk=record.pk))
    if str(current.version) != str(version):
        raise Conflict(_("Someone else changed this training record in the meantime; reload it "
                         "and redo your change."))
    return current


def _move(record: TrainingRecord, target: str) -> None:
    if not workflow.may_move(record.status, target):
        raise Conflict(_("A record that is %(status)s cannot be changed this way.")
                       % {"status": record.get_status_display().lower()})
    record.status = target


def _save(actor, record, before, action=AuditEntry.Action.UPDATE) -> TrainingRecord:
    record.version += 1
    record.save()
    audit(actor=actor, action=action, obj=record, before=before,
          after=snapshot(record, AUDITED), employee_id=record.employee_id)
    return record


def _store_certificate(record, upload, extension) -> None:
    record.certificate.save(f"{record.employee_id}-{uuid.uuid4().hex[:12]}.{extension}", upload,
                            save=False)


def _check_pppk_maximum(employee, event) -> None:
    """A PPPK may develop at most 24 JP a year (PP 49/2018 Pasal 40(1)): completed trainings and
    those registered for or approved count, so the maximum is never passed."""
    from abdi.people.choices import EmployeeKind

    if employee.kind not in (EmployeeKind.PPPK, EmployeeKind.PPPK_PARUH_WAKTU):
        return
    year = event.ends_on.year
    so_far = queries.jp_of(employee.pk, year) + sum(
        jp_of_activity(r.form, minutes=r.minutes, stated_jp=r.stated_jp)
        for r in queries.planned_records(employee.pk, year))
    adding = jp_of_activity(event.form, minutes=event.minutes, stated_jp=event.stated_jp)
    if exceeds_pppk_maximum(so_far, adding):
        raise DomainError(_("A PPPK's development is at most %(max)d JP a year (PP 49/2018 "
                            "Pasal 40): %(so_far)d JP are already counted this year and this "
                            "training adds %(adding)d.")
                          % {"max": PPPK_MAXIMUM_JP, "so_far": so_far, "adding": adding})


@transaction.atomic
def register(*, actor, event: TrainingEvent) -> TrainingRecord:
    from abdi.people.models import Employee

    if not policy.can_register(actor, event):
        raise Forbidden(_("Registration for this training is closed."))
    event = TrainingEvent.objects.select_for_update().get(pk=event.pk)  # one seat at a time
    employee = Employee.objects.get(pk=actor.employee_id)
    if queries.live_record(event, employee.pk) is not None:
        raise Conflict(_("You are registered for this training already."))
    if queries.seats_taken(event) >= event.quota:
        raise Conflict(_("The quota of this training is full."))
    _check_pppk_maximum(employee, event)
    try:
        with transaction.atomic():
            record = TrainingRecord.objects.create(
                instansi_id=event.instansi_id, employee=employee, event=event, title=event.title,
                form=event.form, organiser=event.institution.name, starts_on=event.starts_on,
                ends_on=event.ends_on, minutes=event.minutes, stated_jp=event.stated_jp,
                status=workflow.REGISTERED, year=event.ends_on.year, created_by=actor.user)
    except IntegrityError:  # the same registration sent twice at once
        raise Conflict(_("You are registered for this training already.")) from None
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=record,
          after=snapshot(record, AUDITED), employee_id=employee.pk)
    return record


@transaction.atomic
def decide_registration(*, actor, record, version, approve: bool, reason: str = ""):
    if not policy.can_decide_registration(actor, record):
        raise Forbidden(_("Only the employee's atasan decides on this registration."))
    record = _locked(record, version)
    before = snapshot(record, AUDITED)
    _move(record, workflow.APPROVED if approve else workflow.REFUSED)
    if not approve:
        record.reason = text(reason, "reason", low=5, high=1000)
    record.decided_by_id = actor.employee_id
    return _save(actor, record, before)


@transaction.atomic
def cancel_registration(*, actor, record, version):
    if not policy.can_cancel(actor, record) or record.event_id is None:
        raise Forbidden(_("Only the employee withdraws his registration."))
    record = _locked(record, version)
    before = snapshot(record, AUDITED)
    _move(record, workflow.CANCELLED)
    return _save(actor, record, before)


@transaction.atomic
def record_attendance(*, actor, record, version, attended: bool):
    if not policy.can_record_outcome(actor, record) or record.event_id is None:
        raise Forbidden(_("Only BKPSDM records attendance, never on its own record."))
    record = _locked(record, version)
    before = snapshot(record, AUDITED)
    _move(record, workflow.ATTENDED if attended else workflow.ABSENT)
    return _save(actor, record, before)


def _credit(record) -> None:
    cap = None  # optional caps per form are empty by default (R-KOM-5)
    record.jp = jp_of_activity(record.form, minutes=record.minutes, stated_jp=record.stated_jp,
                               cap_per_form=cap)
    record.year = record.ends_on.year


@transaction.atomic
def complete(*, actor, record, version, result: str, certificate=None,
             certificate_number: str = ""):
    """HR records the result (and the certificate) of an attended event: its JP now count."""
    if not policy.can_record_outcome(actor, record) or record.event_id is None:
        raise Forbidden(_("Only BKPSDM records results, never on its own record."))
    upload, extension = check_certificate(certificate, required=False)
    record = _locked(record, version)
    before = snapshot(record, AUDITED)
    _move(record, workflow.COMPLETED)
    record.result = text(result, "result", low=2, high=200)
    record.certificate_number = " ".join(str(certificate_number or "").split())[:100]
    if upload is not None:
        _store_certificate(record, upload, extension)
    _credit(record)
    return _save(actor, record, before)


@transaction.atomic
def report_external(*, actor, data: dict, certificate) -> TrainingRecord:
    """A training done elsewhere, reported by the employee with its certificate; HR verifies."""
    from abdi.people.models import Employee

    if not policy.can_report_external(actor):
        raise Forbidden(_("Only an employee reports his own trainings."))
    form = str(data.get("form") or "")
    from ..rules.jp import Form

    if form not in Form.__members__.values():
        raise DomainError(_("Choose a form from the list."), field="form")
    title = text(data.get("title"), "title", low=5, high=200)
    organiser = text(data.get("organiser"), "organiser", low=3, high=160)
    starts_on, ends_on, minutes, stated_jp = schedule(
        data.get("starts_on"), data.get("ends_on"), data.get("minutes"), data.get("stated_jp"))
    upload, extension = check_certificate(certificate)
    employee = Employee.objects.get(pk=actor.employee_id)
    if TrainingRecord.objects.filter(employee=employee, event__isnull=True, title=title,
                                     starts_on=starts_on).exclude(status=workflow.REFUSED).exists():
        raise Conflict(_("This training has been reported already."))
    record = TrainingRecord(instansi_id=employee.instansi_id, employee=employee, title=title,
                            form=form, organiser=organiser, starts_on=starts_on, ends_on=ends_on,
                            minutes=minutes, stated_jp=stated_jp, status=workflow.REPORTED,
                            year=ends_on.year, created_by=actor.user,
                            certificate_number=" ".join(str(data.get("certificate_number") or "")
                                                        .split())[:100])
    _store_certificate(record, upload, extension)
    record.save()
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=record,
          after=snapshot(record, AUDITED), employee_id=employee.pk)
    return record


@transaction.atomic
def verify_external(*, actor, record, version, accept: bool, reason: str = ""):
    if not policy.can_record_outcome(actor, record) or record.event_id is not None:
        raise Forbidden(_("Only BKPSDM verifies reported trainings, never its own."))
    record = _locked(record, version)
    before = snapshot(record, AUDITED)
    _move(record, workflow.COMPLETED if accept else workflow.REFUSED)
    record.decided_by_id = actor.employee_id
    if accept:
        record.result = record.result or _("Verified by BKPSDM")
        _credit(record)
    else:
        record.reason = text(reason, "reason", low=5, high=1000)
    return _save(actor, record, before)


@transaction.atomic
def evaluate(*, actor, record, answers: dict, comment: str = "") -> Evaluation:
    if not policy.can_evaluate(actor, record):
        raise Forbidden(_("Only a participant evaluates the training."))
    if record.status not in (workflow.ATTENDED, workflow.COMPLETED):
        raise Conflict(_("You can evaluate a training after attending it."))
    if Evaluation.objects.filter(record=record).exists():
        raise Conflict(_("You have evaluated this training already."))
    scores = {}
    for question in QUESTIONS:
        raw = str(answers.get(question) or "")
        if raw not in {"1", "2", "3", "4", "5"}:
            raise DomainError(_("Give every question a score from 1 to 5."), field=question)
        scores[question] = int(raw)
    evaluation = Evaluation.objects.create(instansi_id=record.instansi_id, record=record,
                                           event_id=record.event_id,
                                           comment=str(comment or "").strip()[:2000], **scores)
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=evaluation,
          after=dict(scores), employee_id=record.employee_id)
    return evaluation
