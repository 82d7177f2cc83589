"""Keberatan against a month's TPP: the employee files it on their slip, BKPSDM answers."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy
from ..models import TppObjection, TppRun, TppSlip

MIN_TEXT, MAX_TEXT = 10, 2000


def _text(value, field, what) -> str:
    text = " ".join(str(value or "").split())
    if not MIN_TEXT <= len(text) <= MAX_TEXT:
        raise DomainError(_("Write the %(what)s in 10 to 2000 characters.") % {"what": what},
                          field=field)
    return text


@transaction.atomic
def file_objection(*, actor, slip: TppSlip, text: str) -> TppObjection:
    if not actor.owns(slip.employee_id) or actor.instansi_id != slip.instansi_id:
        raise Forbidden(_("Only the employee objects to their own TPP."))
    if slip.run.status not in (TppRun.Status.DONE, TppRun.Status.LOCKED):
        raise Conflict(_("This month is still being computed."))
    clean = _text(text, "text", _("objection"))
    if TppObjection.objects.filter(slip=slip, status=TppObjection.Status.OPEN).exists():
        raise Conflict(_("Your objection to this month is still waiting for an answer."))
    try:
        with transaction.atomic():
            objection = TppObjection.objects.create(instansi_id=slip.instansi_id, slip=slip,
                                                    employee_id=slip.employee_id, text=clean)
    except IntegrityError:  # the same objection sent twice at once
        raise Conflict(_("Your objection to this month is still waiting for an answer.")) from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=objection, after={"text": clean},
           employee_id=slip.employee_id)
    return objection


@transaction.atomic
def answer_objection(*, actor, objection: TppObjection, answer: str) -> TppObjection:
    if not policy.can_run_payroll(actor, objection.instansi_id):
        raise Forbidden(_("Only the BKPSDM admin answers objections to the TPP."))
    locked = TppObjection.objects.select_for_update().get(pk=objection.pk)
    if locked.status != TppObjection.Status.OPEN:
        raise Conflict(_("This objection has been answered already."))
    locked.answer = _text(answer, "answer", _("answer"))
    locked.status, locked.answered_by, locked.answered_at = (
        TppObjection.Status.ANSWERED, actor.user, timezone.now())
    locked.save(update_fields=["answer", "status", "answered_by", "answered_at"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before={"status": "open"},
           after={"status": "answered", "answer": locked.answer}, employee_id=locked.employee_id)
    return locked
