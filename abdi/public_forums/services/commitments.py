"""What the organisers promised at a forum, and each step towards keeping the promise."""

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import DomainError, Forbidden
from abdi.org.models import Unit

from .. import policy, rules
from ..models import Commitment, CommitmentProgress, Forum
from ._common import link, text

COMMITMENT_FIELDS = ("promise", "responsible_unit", "due_date", "status", "drop_reason")


def _date(value, field) -> date:
    if not isinstance(value, date):
        raise DomainError(_("Enter a date."), field=field)
    return value


@transaction.atomic
def add_commitment(*, actor, forum: Forum, values: dict) -> Commitment:
    """Recorded once the forum was held (its minutes are published)."""
    if not policy.can_manage_forum(actor, forum):
        raise Forbidden(_("You may not change this forum."))
    if forum.status != Forum.Status.CONCLUDED:
        raise DomainError(_("Publish the minutes first; commitments belong to a forum that "
                            "was held."))
    unit_id = values.get("responsible_unit")
    unit = Unit.objects.filter(instansi_id=forum.instansi_id, is_active=True,
                               pk=getattr(unit_id, "pk", unit_id)).first() if unit_id else None
    if unit is None:
        raise DomainError(_("Choose the responsible unit from the list."),
                          field="responsible_unit")
    commitment = Commitment.objects.create(
        instansi_id=forum.instansi_id, forum=forum, responsible_unit=unit,
        promise=text(values.get("promise"), "promise", _("commitment"), maximum=2000,
                     multiline=True),
        due_date=_date(values.get("due_date"), "due_date"))
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=commitment,
           after=snapshot(commitment, COMMITMENT_FIELDS), agency_id=forum.agency_id)
    return commitment


@transaction.atomic
def record_progress(*, actor, commitment: Commitment, values: dict) -> CommitmentProgress:
    """A progress entry moves the commitment to its status; dropping needs a reason."""
    locked = Commitment.objects.select_for_update().select_related("forum").get(
        pk=commitment.pk)
    if not policy.can_manage_forum(actor, locked.forum):
        raise Forbidden(_("You may not change this forum."))
    status = values.get("status")
    if status not in Commitment.Status.values:
        raise DomainError(_("Choose the status from the list."), field="status")
    if not rules.commitment_move_allowed(locked.status, status):
        raise DomainError(_("A commitment that is done or dropped can no longer change."),
                          field="status")
    note = text(values.get("note"), "note", _("note"), maximum=2000, multiline=True)
    when = _date(values.get("date"), "date")
    if when > timezone.localdate():
        raise DomainError(_("The date of a progress entry cannot be in the future."),
                          field="date")
    before = snapshot(locked, COMMITMENT_FIELDS)
    if status == Commitment.Status.DROPPED:
        # The public reads why a promise was dropped: the note is the reason, and required.
        locked.drop_reason = note[:500]
    entry = CommitmentProgress.objects.create(
        instansi_id=locked.instansi_id, commitment=locked, status=status, note=note, date=when,
        evidence_link=link(values.get("evidence_link"), "evidence_link"), recorded_by=actor.user)
    locked.status = status
    locked.version += 1
    locked.save(update_fields=["status", "drop_reason", "version", "updated_at"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, COMMITMENT_FIELDS), agency_id=locked.forum.agency_id)
    return entry
