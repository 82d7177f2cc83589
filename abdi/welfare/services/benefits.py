"""Records of other benefits (an "other benefit" programme): who received what, and when."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.models import Employee

from .. import policy, rules
from ..models import BenefitRecord, Programme, refusal_text

FIELDS = ("programme", "employee", "date", "amount", "description", "status")
MAX_AMOUNT = 10**12  # Rp: far above any single benefit


@transaction.atomic
def record_benefit(*, actor, programme: Programme, employee: Employee | None,
                   values: dict) -> BenefitRecord:
    if employee is None:
        raise DomainError(_("No employee of this government has that NIP."), field="nip")
    if not policy.can_record_benefit(actor, programme, employee):
        raise Forbidden(_("You may not record benefits of this programme for this employee."))
    if programme.kind != Programme.Kind.BENEFIT:
        raise DomainError(_("Benefits are recorded on an \"other benefit\" programme."))
    if programme.status == Programme.Status.DRAFT:
        raise Conflict(_("Open the programme before recording benefits."))
    day = values.get("date")
    if not isinstance(day, date):
        raise DomainError(_("Enter the date."), field="date")
    if day > timezone.localdate() + timedelta(days=366):
        raise DomainError(_("The date is too far in the future."), field="date")
    amount = values.get("amount")
    if amount is not None and (not isinstance(amount, int) or not 0 <= amount <= MAX_AMOUNT):
        raise DomainError(_("Enter the amount as a whole number of Rupiah."), field="amount")
    description = " ".join(str(values.get("description") or "").split())
    if not description or len(description) > 240:
        raise DomainError(_("Describe the benefit in 1 to 240 characters."), field="description")
    reasons = rules.refusals(programme.conditions(), rules.Facts(
        birth_date=employee.birth_date, kind=employee.kind, status=employee.status,
        tmt_cpns=employee.tmt_cpns, grade_ordinal=employee.grade_ordinal,
        agency_id=employee.agency_id), on=day)
    if reasons:
        raise DomainError(_("The employee is not eligible: %(reasons)s.")
                          % {"reasons": "; ".join(refusal_text(r) for r in reasons)}, field="nip")
    created = BenefitRecord.objects.create(
        instansi_id=programme.instansi_id, programme=programme, employee=employee, date=day,
        amount=amount, description=description, recorded_by=actor.user)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=created,
           after=snapshot(created, FIELDS), employee_id=employee.pk, agency_id=employee.agency_id)
    return created


@transaction.atomic
def set_benefit_status(*, actor, benefit: BenefitRecord, status: str, version) -> BenefitRecord:
    locked = BenefitRecord.objects.select_for_update(of=("self",)).select_related(
        "programme", "employee").get(pk=benefit.pk)
    if not policy.can_update_benefit(actor, locked):
        raise Forbidden(_("You may not change this benefit record."))
    if status not in BenefitRecord.Status.values:
        raise DomainError(_("Choose a status from the list."), field="status")
    if str(locked.version) != str(version):
        raise Conflict(_("Someone changed this record since you opened it. Reload and try again."))
    if status not in BenefitRecord.TRANSITIONS.get(locked.status, set()):
        raise Conflict(_("A benefit that is %(was)s cannot become %(to)s.") % {
            "was": locked.get_status_display(), "to": BenefitRecord.Status(status).label})
    before = {"status": locked.status}
    locked.status = status
    locked.version += 1
    locked.save(update_fields=["status", "version"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after={"status": status}, employee_id=locked.employee_id,
           agency_id=locked.employee.agency_id)
    return locked
