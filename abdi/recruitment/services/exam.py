"""The hook the CAT app uses to put the exam session, room and seat on the exam card."""

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError, NotFound

from ..models import Application
from ..rules import workflow

EXAM_FIELDS = ("exam_session_label", "exam_room", "exam_seat")


@transaction.atomic
def set_exam_place(*, actor, application_id: int, session_label: str | None, room: str | None,
                   seat: str | None) -> Application:
    """Call inside the government's scope. Only an MS application sits the exam; None clears."""
    locked = Application.objects.select_for_update().filter(pk=application_id).first()
    if locked is None:
        raise NotFound(_("Not found."))
    if locked.status != workflow.Status.MS:
        raise DomainError(_("Only an MS application sits the exam."))
    before = {f: getattr(locked, f) for f in EXAM_FIELDS}
    locked.exam_session_label, locked.exam_room, locked.exam_seat = session_label, room, seat
    locked.save(update_fields=list(EXAM_FIELDS))
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after={f: getattr(locked, f) for f in EXAM_FIELDS})
    return locked
