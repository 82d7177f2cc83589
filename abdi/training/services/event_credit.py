"""Credit for attending an event of another capability (forums and events): a completed training
record whose JP follow training's own rule, so it counts toward the 20 JP of the year.

Training knows nothing of events: the caller passes plain values and a source key. The key is
kept in `certificate_number` (TrainingRecord has no field of its own for it), so a second
check-in or a re-run finds the record it made and never credits twice.
"""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot

from ..models import TrainingRecord
from ..rules import workflow
from ..rules.jp import jp_of_activity

AUDITED = ["status", "jp", "year", "minutes", "reason", "certificate_number"]


def _existing(employee_id: int, source_key: str):
    return (TrainingRecord.objects.select_for_update()
            .filter(employee_id=employee_id, event__isnull=True, certificate_number=source_key)
            .order_by("id").first())


@transaction.atomic
def credit_event_attendance(*, actor, employee, title: str, organiser: str,
                            starts_on: datetime.date, ends_on: datetime.date, minutes: int,
                            form: str, source_key: str) -> TrainingRecord:
    """The completed record of this attendance (made once; revived when it had been voided)."""
    jp = jp_of_activity(form, minutes=minutes)  # R-KOM-5: floor(minutes / 45)
    record = _existing(employee.pk, source_key)
    wanted = {"status": workflow.COMPLETED, "jp": jp, "minutes": minutes, "reason": "",
              "year": ends_on.year, "title": title[:200], "form": form,
              "starts_on": starts_on, "ends_on": max(starts_on, ends_on)}
    if record is not None:
        # A second check-in changes nothing; an event whose time or dates changed afterwards
        # brings its attendees' credit along (the JP follow the event, not the first check-in).
        if all(getattr(record, name) == value for name, value in wanted.items()):
            return record
        before = snapshot(record, AUDITED)
        for name, value in wanted.items():
            setattr(record, name, value)
        record.version += 1
        record.save()
        audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=record, before=before,
              after=snapshot(record, AUDITED), employee_id=employee.pk)
        return record
    record = TrainingRecord.objects.create(
        instansi_id=employee.instansi_id, employee=employee, title=title[:200], form=form,
        organiser=organiser[:160], starts_on=starts_on, ends_on=max(starts_on, ends_on),
        minutes=minutes, status=workflow.COMPLETED, result=_("Attended"),
        certificate_number=source_key[:100], jp=jp, year=ends_on.year,
        created_by=getattr(actor, "user", None))
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=record,
          after=snapshot(record, AUDITED), employee_id=employee.pk)
    return record


@transaction.atomic
def void_event_credit(*, actor, employee_id: int, source_key: str) -> TrainingRecord | None:
    """The attendance was withdrawn: its JP no longer count (the record stays, cancelled)."""
    record = _existing(employee_id, source_key)
    if record is None or record.status != workflow.COMPLETED:
        return None
    before = snapshot(record, AUDITED)
    record.status, record.jp = workflow.CANCELLED, 0
    record.reason = _("Attendance withdrawn by the organiser of the event.")
    record.version += 1
    record.save()
    audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=record, before=before,
          after=snapshot(record, AUDITED), employee_id=employee_id)
    return record
