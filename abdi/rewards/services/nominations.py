"""Usulan penghargaan: a supervisor or BKPSDM nominates, BKPSDM or a leader decides (one gate:
rules.next_status); an approval writes the award into the history in the same transaction."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..models import Award, Nomination
from ..rules import Decision, next_status
from . import inputs

DUPLICATE = gettext_lazy(
    "This employee already has an open or approved nomination for this award in that year.")


@transaction.atomic
def nominate(*, actor, employee, kind, year, reason, evidence="") -> Nomination:
    if employee is None:
        raise DomainError(_("Choose the employee to nominate."), field="employee")
    if not policy.can_nominate(actor, employee):
        raise Forbidden(_("Only the employee's supervisors and BKPSDM nominate them."))
    if kind is None or not kind.is_active or kind.instansi_id != employee.instansi_id:
        raise DomainError(_("Choose one of the kinds of award offered."), field="kind")
    today = timezone.localdate()
    award_year = inputs.year(year, latest=today.year + 1)
    clean_reason = inputs.text(reason, "reason", minimum=20)
    clean_evidence = inputs.text(evidence, "evidence")
    if queries.open_nomination_exists(employee.pk, kind.pk, award_year):
        raise Conflict(DUPLICATE, field="employee")
    if not queries.is_candidate(employee, kind, award_year):
        raise DomainError(_("%(name)s does not meet the conditions of %(kind)s for %(year)s (predikat "
                            "history, discipline register or service years).") % {
            "name": employee.name, "kind": kind.name, "year": award_year}, field="employee")
    try:
        with transaction.atomic():
            nomination = Nomination.objects.create(
                instansi_id=employee.instansi_id, employee=employee, kind=kind, year=award_year,
                reason=clean_reason, evidence=clean_evidence, nominated_by=actor.user,
                nominated_by_label=actor.label)
    except IntegrityError:  # the same nomination sent twice at once
        raise Conflict(DUPLICATE, field="employee") from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=nomination,
           after={"kind": kind.code, "year": award_year, "status": nomination.status},
           employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    return nomination


@transaction.atomic
def decide(*, actor, nomination, decision, reason="", version=None, sk_number="",
           sk_date=None) -> Nomination:
    """Approve or reject; ``version`` is the one the decider read (a stale page gets a Conflict)."""
    if not policy.can_decide(actor, nomination):
        raise Forbidden(_("Only BKPSDM or a leader decides on nominations."))
    read_version = inputs.version(version)
    locked = Nomination.objects.select_for_update(of=("self",)).select_related("kind").get(pk=nomination.pk)
    if locked.version != read_version:
        raise Conflict(_("Someone decided on this nomination meanwhile. Reload the page."))
    target = next_status(locked.status, str(decision or ""))
    if target is None:
        if str(decision or "") not in {d.value for d in Decision}:
            raise DomainError(_("Choose approve or reject."), field="decision")
        raise Conflict(_("This nomination has been decided already."))
    minimum = 10 if target == Nomination.Status.REJECTED else 0
    clean_reason = inputs.text(reason, "decision_reason", minimum=minimum, maximum=2000)
    number = inputs.text(sk_number, "sk_number", maximum=80)
    dated = inputs.day(sk_date, "sk_date")
    before = {"status": locked.status}
    locked.status, locked.decision_reason = target, clean_reason
    locked.decided_by, locked.decided_by_label, locked.decided_at = actor.user, actor.label, timezone.now()
    locked.version += 1
    locked.save(update_fields=["status", "decision_reason", "decided_by", "decided_by_label",
                               "decided_at", "version"])
    employee = locked.employee
    if target == Nomination.Status.APPROVED:
        try:
            with transaction.atomic():
                award = Award.objects.create(
                    instansi_id=locked.instansi_id, employee_id=locked.employee_id, kind=locked.kind,
                    slks_class=locked.kind.slks_class, year=locked.year, sk_number=number,
                    sk_date=dated, nomination=locked, recorded_by=actor.user)
        except IntegrityError:
            raise Conflict(_("The award history already holds this SLKS class for the employee.")) \
                from None
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=award,
               after={"kind": locked.kind.code, "year": award.year, "sk_number": number},
               employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after={"status": target.value, "decision_reason": clean_reason},
           employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    return locked
