"""BKPSDM's settings of complaint handling and the designation of complaint officers."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..models import ComplaintOfficer, ComplaintSettings

SETTING_FIELDS = ["verification_days", "first_reply_days", "reporter_window_days",
                  "completion_pengaduan_days", "completion_pengawasan_days",
                  "completion_informasi_days", "completion_aspirasi_days", "amber_percent",
                  "red_percent", "portal_enabled"]


@transaction.atomic
def save_settings(*, actor, version, values: dict) -> ComplaintSettings:
    if not policy.can_manage_setup(actor):
        raise Forbidden(_("Only BKPSDM changes the complaint settings."))
    current = queries.settings_copy(actor.instansi_id)
    if current.pk:
        current = ComplaintSettings.objects.select_for_update().get(pk=current.pk)
    if int(version or 0) != current.version:
        raise Conflict(_("Someone else changed the settings in the meantime; reload the page."))
    before = snapshot(current, SETTING_FIELDS) if current.pk else {}
    for name in SETTING_FIELDS:
        if name in values:
            setattr(current, name, values[name])
    if not 1 <= current.amber_percent < current.red_percent <= 100:
        raise DomainError(_("The amber threshold must be below the red one, both 1 to 100."),
                          field="amber_percent")
    current.version += 1
    current.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE if before else AuditEntry.Action.CREATE,
           obj=current, before=before, after=snapshot(current, SETTING_FIELDS))
    queries.forget_settings()
    return current


@transaction.atomic
def designate_officer(*, actor, employee, duty: str, agency=None) -> ComplaintOfficer:
    if not policy.can_manage_setup(actor):
        raise Forbidden(_("Only BKPSDM designates complaint officers."))
    if employee is None:
        raise DomainError(_("No employee has this NIP."), field="nip")
    if duty not in ComplaintOfficer.Duty.values:
        raise DomainError(_("Choose a duty."), field="duty")
    if duty == ComplaintOfficer.Duty.LIAISON:
        if agency is None or agency.parent_id is not None:
            raise DomainError(_("A liaison answers for one perangkat daerah: choose it."),
                              field="agency")
    else:
        agency = None
    try:
        with transaction.atomic():
            officer = ComplaintOfficer.objects.create(instansi_id=actor.instansi_id,
                                                      employee=employee, duty=duty, agency=agency)
    except IntegrityError:
        raise Conflict(_("This employee already has this duty.")) from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=officer,
           after={"employee": employee.pk, "duty": duty, "agency": agency.pk if agency else None})
    return officer


@transaction.atomic
def remove_officer(*, actor, officer) -> None:
    if not policy.can_manage_setup(actor):
        raise Forbidden(_("Only BKPSDM designates complaint officers."))
    record(actor=actor, action=AuditEntry.Action.DELETE, obj=officer,
           before={"employee": officer.employee_id, "duty": officer.duty})
    officer.delete()
