"""The award history entered directly (past SKs, by BKPSDM), its correction, and the employee's
own consent to the public recognition page."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy
from ..models import Award, RecognitionConsent
from . import inputs


@transaction.atomic
def record_award(*, actor, employee, kind, year, sk_number="", sk_date=None) -> Award:
    if employee is None:
        raise DomainError(_("No employee of this government has that NIP."), field="nip")
    if not policy.can_manage(actor, employee.instansi_id):
        raise Forbidden(_("Only BKPSDM enters awards into the history."))
    if kind is None or kind.instansi_id != employee.instansi_id:
        raise DomainError(_("Choose one of the kinds of award offered."), field="kind")
    award_year = inputs.year(year, latest=timezone.localdate().year)
    number = inputs.text(sk_number, "sk_number", maximum=80)
    dated = inputs.day(sk_date, "sk_date")
    if dated and dated > timezone.localdate():
        raise DomainError(_("The decree date cannot be in the future."), field="sk_date")
    try:
        with transaction.atomic():
            award = Award.objects.create(instansi_id=employee.instansi_id, employee=employee, kind=kind,
                                         slks_class=kind.slks_class, year=award_year,
                                         sk_number=number, sk_date=dated, recorded_by=actor.user)
    except IntegrityError:
        raise Conflict(_("The award history already holds this SLKS class for the employee."),
                       field="kind") from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=award,
           after={"kind": kind.code, "year": award_year, "sk_number": number},
           employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    return award


@transaction.atomic
def delete_award(*, actor, award) -> None:
    """A wrong entry of the history; awards that came from a nomination stay (its decision holds)."""
    if not policy.can_manage(actor, award.instansi_id):
        raise Forbidden(_("Only BKPSDM corrects the award history."))
    if award.nomination_id is not None:
        raise Conflict(_("This award came from an approved nomination and cannot be deleted."))
    employee = award.employee
    record(actor=actor, action=AuditEntry.Action.DELETE, obj=award,
           before={"kind": award.kind.code, "year": award.year, "sk_number": award.sk_number},
           employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    award.delete()


@transaction.atomic
def set_consent(*, actor, employee, public) -> RecognitionConsent:
    if not policy.can_set_consent(actor, employee):
        raise Forbidden(_("Only the employee decides about their own name on the public page."))
    value = inputs.flag(public)
    consent, _created = RecognitionConsent.objects.select_for_update().get_or_create(
        instansi_id=employee.instansi_id, employee=employee)
    before = {"public": consent.public}
    if consent.public != value:
        consent.public = value
        consent.save(update_fields=["public", "updated_at"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=consent, before=before,
           after={"public": value}, employee_id=employee.pk)
    return consent
