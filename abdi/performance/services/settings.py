"""The government's own choices for performance management (national defaults otherwise)."""

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import DomainError, Forbidden

from ..models import PerformanceSettings
from ..queries import forget_backdate_days
from ..rules import activity as activity_rules
from ..rules.cycle import AnnualRule, valid_deadline
from ..rules.distribution import Enforcement, QuotaRounding

FIELDS = ["backdate_days", "objection_days", "annual_rule", "curve_enforcement", "quota_rounding",
          "skp_deadline_month", "skp_deadline_day"]
MAX_OBJECTION_DAYS = 90


def _whole(value, field, low, high) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise DomainError(_("Enter a whole number."), field=field) from exc
    if not low <= number <= high:
        raise DomainError(_("Between %(low)s and %(high)s.") % {"low": low, "high": high}, field=field)
    return number


def _choice(value, field, allowed) -> str:
    if value not in {member.value for member in allowed}:
        raise DomainError(_("Choose one of the options."), field=field)
    return value


def clean_settings(values: dict) -> dict:
    clean = {
        "backdate_days": _whole(values.get("backdate_days"), "backdate_days", 0,
                                activity_rules.MAX_BACKDATE_DAYS),
        "objection_days": _whole(values.get("objection_days"), "objection_days", 1, MAX_OBJECTION_DAYS),
        "annual_rule": _choice(values.get("annual_rule"), "annual_rule", AnnualRule),
        "curve_enforcement": _choice(values.get("curve_enforcement"), "curve_enforcement", Enforcement),
        "quota_rounding": _choice(values.get("quota_rounding"), "quota_rounding", QuotaRounding),
        "skp_deadline_month": _whole(values.get("skp_deadline_month"), "skp_deadline_month", 1, 12),
        "skp_deadline_day": _whole(values.get("skp_deadline_day"), "skp_deadline_day", 1, 31),
    }
    if not valid_deadline(clean["skp_deadline_month"], clean["skp_deadline_day"]):
        raise DomainError(_("That day does not exist every year."), field="skp_deadline_day")
    return clean


@transaction.atomic
def update_settings(*, actor, instansi_id: int, values: dict) -> PerformanceSettings:
    """BKPSDM changes its government's settings; the audit keeps before and after."""
    if not actor.is_hr_admin or actor.instansi_id != instansi_id:
        raise Forbidden(_("Only the BKPSDM admin changes the performance settings."))
    clean = clean_settings(values)
    settings, _created = PerformanceSettings.objects.select_for_update().get_or_create(
        instansi_id=instansi_id)
    before = snapshot(settings, FIELDS)
    for name, value in clean.items():
        setattr(settings, name, value)
    settings.save()
    forget_backdate_days(instansi_id)  # now for this transaction, again for everyone at commit
    transaction.on_commit(lambda: forget_backdate_days(instansi_id))
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=settings, before=before,
           after=snapshot(settings, FIELDS))
    return settings
