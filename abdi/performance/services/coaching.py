"""Dialog kinerja and coaching (pembinaan) after a predikat below Baik (performance.md §8, §11)."""


from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy
from ..models import CoachingPlan, CoachingSession, PerformanceDialog, Skp
from ..rules.ratings import Predikat
from .inputs import clean_text, parse_date


@transaction.atomic
def record_dialog(*, actor, skp: Skp, date, participants: str, notes: str) -> PerformanceDialog:
    if not policy.can_record_dialog(actor, skp):
        raise Forbidden(_("Only the employee and their atasan record a dialog kinerja."))
    dialog = PerformanceDialog.objects.create(
        instansi_id=skp.instansi_id, skp=skp, date=parse_date(date), author_id=actor.employee_id,
        participants=clean_text(participants, _("Participants"), limit=300),
        notes=clean_text(notes, _("Notes")))
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=dialog,
           after=snapshot(dialog, ["date", "participants", "notes"]), employee_id=skp.employee_id)
    return dialog


def _locked_plan(actor, plan: CoachingPlan) -> CoachingPlan:
    plan = (CoachingPlan.objects.select_for_update(of=("self",))
            .select_related("employee", "employee__unit").get(pk=plan.pk))
    if not policy.can_coach(actor, plan):
        raise Forbidden(_("Only the employee's atasan leads their coaching."))
    if plan.status == CoachingPlan.Status.CLOSED:
        raise Conflict(_("This coaching plan is closed."))
    return plan


@transaction.atomic
def set_coaching_goals(*, actor, plan: CoachingPlan, goals: str) -> CoachingPlan:
    plan = _locked_plan(actor, plan)
    before = snapshot(plan, ["goals"])
    plan.goals = clean_text(goals, _("Goals"))
    plan.coach_id = actor.employee_id
    plan.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=plan, before=before,
           after=snapshot(plan, ["goals"]), employee_id=plan.employee_id)
    return plan


@transaction.atomic
def add_coaching_session(*, actor, plan: CoachingPlan, date, notes: str = "",
                         done: bool = False) -> CoachingSession:
    """A check-in date (planned) or a counselling note (done)."""
    plan = _locked_plan(actor, plan)
    entry = CoachingSession.objects.create(
        instansi_id=plan.instansi_id, plan=plan, date=parse_date(date),
        notes=clean_text(notes, _("Notes"), required=done), done=bool(done))
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=entry,
           after=snapshot(entry, ["date", "notes", "done"]), employee_id=plan.employee_id)
    return entry


@transaction.atomic
def close_coaching(*, actor, plan: CoachingPlan, outcome: str, next_predikat: str) -> CoachingPlan:
    """The result at the next evaluation closes the plan."""
    plan = _locked_plan(actor, plan)
    if next_predikat not in Predikat.__members__.values():
        raise DomainError(_("Choose the predikat of the next evaluation."), field="next_predikat")
    before = snapshot(plan, ["status", "outcome", "next_predikat"])
    plan.outcome = clean_text(outcome, _("Result"))
    plan.next_predikat = next_predikat
    plan.status = CoachingPlan.Status.CLOSED
    plan.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=plan, before=before,
           after=snapshot(plan, ["status", "outcome", "next_predikat"]), employee_id=plan.employee_id)
    return plan
