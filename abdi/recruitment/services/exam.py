"""The hook the CAT app uses to put the exam session, room and seat on the exam card."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError, NotFound

from .. import queries
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


@transaction.atomic
def enrol_in_session(*, actor, selection, session) -> dict:
    """The MS applicants of a selection become candidates of a CAT session, each on a seat, and
    the session, room and seat are printed on their exam cards. Repeating it updates, never
    duplicates (the CAT matches candidates by registration number)."""
    from abdi.cat.models import Attempt  # the exam engine; recruitment feeds it
    from abdi.cat.services import enrol_candidates

    rows = [{"registration_number": row["registration_number"], "name": row["applicant_name"],
             "application_ref": row["application_id"], "opening_ref": row["opening_id"],
             "opening_title": row["opening_title"], "category": ""}
            for row in queries.verified_applications(selection.instansi_id, selection.pk)]
    if not rows:
        raise DomainError(_("No applicant of this selection has passed the administrative "
                          "selection (MS) yet."))
    report = enrol_candidates(actor=actor, session=session, rows=rows)
    label = f"{session.title}, {timezone.localtime(session.starts_at):%d-%m-%Y %H:%M}"
    seats = (Attempt.objects.filter(session=session, candidate__application_ref__in=[
        r["application_ref"] for r in rows]).values_list("candidate__application_ref", "seat"))
    for application_id, seat in seats:
        set_exam_place(actor=actor, application_id=application_id, session_label=label,
                       room=session.room, seat=str(seat))
    return report
