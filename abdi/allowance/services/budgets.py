"""The TPP budget (pagu APBD) of each perangkat daerah for a year, set by BKPSDM."""

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import DomainError, Forbidden
from abdi.org.models import Unit

from .. import policy
from ..models import TppBudget

MAX_BUDGET = 10**14  # Rp a year: far above any perangkat daerah's TPP


@transaction.atomic
def set_budget(*, actor, instansi_id: int, year, agency_id, amount: int | None) -> TppBudget | None:
    """Set (or, with no amount, remove) an agency's budget for the year."""
    if not policy.can_run_payroll(actor, instansi_id):
        raise Forbidden(_("Only the BKPSDM admin sets the TPP budget."))
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise DomainError(_("Choose a year."), field="year") from None
    if not 2000 <= year <= 2100:
        raise DomainError(_("Choose a year."), field="year")
    text = str(agency_id or "").strip()
    agency = (Unit.objects.filter(pk=int(text), parent__isnull=True).first()
              if text.isdigit() and len(text) < 12 else None)
    if agency is None:
        raise DomainError(_("Choose a perangkat daerah of this government."), field="agency")
    if amount is not None and not 0 <= amount <= MAX_BUDGET:
        raise DomainError(_("Enter the budget as a whole number of Rupiah."), field="amount")
    existing = TppBudget.objects.select_for_update().filter(year=year, agency=agency).first()
    fields = ["year", "agency", "amount"]
    if amount is None:
        if existing is not None:
            record(actor=actor, action=AuditEntry.Action.DELETE, obj=existing,
                   before=snapshot(existing, fields))
            existing.delete()
        return None
    before = snapshot(existing, fields) if existing else None
    budget = existing or TppBudget(instansi_id=instansi_id, year=year, agency=agency)
    budget.amount, budget.updated_by = amount, actor.user
    budget.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE if before else AuditEntry.Action.CREATE,
           obj=budget, before=before, after=snapshot(budget, fields))
    return budget
