"""Administrative selection: BKPSDM verifies each application against the requirements (MS /
TMS with reasons), publishes the result, and answers the sanggah inside the window."""

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError

from ..models import Application, Objection, Selection
from ..rules import windows, workflow
from .common import check_version, require_manager


@transaction.atomic
def verify_application(*, actor, application, checks: dict[str, bool], reason: str,
                       version) -> Application:
    """Record the per-requirement checks: all met -> MS, any not met -> TMS with a reason."""
    locked = (Application.objects.select_for_update().select_related("selection")
              .get(pk=application.pk))
    require_manager(actor, locked.instansi_id)
    check_version(locked, version)
    if locked.selection.result_published:
        raise Conflict(_("The result is published; only a sanggah can change it."))
    try:
        target = workflow.verdict(checks)
    except ValueError as empty:
        raise DomainError(_("Check every requirement.")) from empty
    reason = (reason or "").strip()
    if target == workflow.Status.TMS and not reason:
        raise DomainError(_("Give the reason for TMS: the applicant reads it."), field="reason")
    if locked.status != target and not workflow.may_move(locked.status, target, published=False):
        raise Conflict(_("This application cannot move to that status."))
    before = {"status": locked.status, "checks": locked.checks, "reason": locked.reason}
    locked.status = target
    locked.checks = {k: bool(v) for k, v in checks.items()}
    locked.reason = reason if target == workflow.Status.TMS else ""
    locked.verified_by = actor.user
    locked.verified_at = timezone.now()
    locked.version += 1
    locked.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after={"status": locked.status, "checks": locked.checks, "reason": locked.reason})
    return locked


@transaction.atomic
def publish_result(*, actor, selection, version, today: date | None = None) -> Selection:
    """Announce the administrative result; the sanggah window starts today."""
    locked = Selection.objects.select_for_update().get(pk=selection.pk)
    require_manager(actor, locked.instansi_id)
    check_version(locked, version)
    if locked.result_published:
        raise Conflict(_("The result is already published."))
    today = today or timezone.localdate()
    if today <= locked.registration_closes:
        raise DomainError(_("Registration is still open; publish the result after it closes."))
    waiting = locked.applications.filter(status=workflow.Status.SUBMITTED).count()
    if waiting:
        raise DomainError(_("%(count)d applications are not verified yet.") % {"count": waiting})
    locked.result_published_on = today
    locked.version += 1
    locked.save(update_fields=["result_published_on", "version"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked,
           before={"result_published_on": None}, after={"result_published_on": str(today)})
    return locked


@transaction.atomic
def answer_objection(*, actor, objection, accept: bool, answer: str, version,
                     today: date | None = None) -> Objection:
    """Accept (the application becomes MS) or reject, with a reason, within the window plus the
    same number of days for the answer."""
    locked = (Objection.objects.select_for_update()
              .select_related("application", "application__selection").get(pk=objection.pk))
    require_manager(actor, locked.instansi_id)
    check_version(locked, version)
    target = workflow.ObjectionStatus.ACCEPTED if accept else workflow.ObjectionStatus.REJECTED
    if not workflow.may_answer_objection(locked.status, target):
        raise Conflict(_("This sanggah is already answered."))
    answer = (answer or "").strip()
    if not answer:
        raise DomainError(_("Give the reason of the answer: the applicant reads it."),
                          field="answer")
    selection = locked.application.selection
    today = today or timezone.localdate()
    # The answer period: as long as the sanggah period, right after it (R-REC: UNCONFIRMED).
    last = windows.sanggah_last_day(selection.result_published_on, 2 * selection.sanggah_days)
    if today > last:
        raise DomainError(_("The period to answer this sanggah has ended."))
    locked.status = target
    locked.answer = answer
    locked.answered_by = actor.user
    locked.answered_at = timezone.now()
    locked.version += 1
    locked.save()
    application = Application.objects.select_for_update().get(pk=locked.application_id)
    if accept:
        if not workflow.may_move(application.status, workflow.Status.MS, published=True,
                                 by_objection=True):
            raise Conflict(_("This application cannot move to MS."))
        before = {"status": application.status, "reason": application.reason}
        application.status = workflow.Status.MS
        application.checks = dict.fromkeys(application.checks, True) or {"sanggah": True}
        application.reason = ""
        application.verified_by = actor.user
        application.verified_at = timezone.now()
        application.version += 1
        application.save()
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=application, before=before,
               after={"status": application.status, "reason": ""})
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked,
           before={"status": workflow.ObjectionStatus.FILED.value},
           after={"status": locked.status, "answer": answer})
    return locked
