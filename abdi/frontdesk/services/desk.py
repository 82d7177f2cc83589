"""Managing a unit's services (jenis layanan) and counters (loket): each write checks the policy,
runs in one transaction with an optimistic version and leaves one audit entry."""

import re

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..models import Counter, Service

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
SERVICE_FIELDS = ["unit", "name", "code", "is_active"]
COUNTER_FIELDS = ["unit", "name", "is_active"]


def _check(actor, unit):
    if unit is None or not policy.can_manage_unit(actor, unit):
        raise Forbidden(_("You do not manage this unit's front desk."))


def _name(value, field, limit) -> str:
    text = " ".join(str(value or "").split())
    if not 3 <= len(text) <= limit:
        raise DomainError(_("Write a name of 3 to %(n)d characters.") % {"n": limit}, field=field)
    return text


def _locked(model, obj, version):
    try:
        version = int(version)
    except (TypeError, ValueError):
        raise Conflict(_("The form is out of date; reload the page.")) from None
    current = model.objects.select_for_update().select_related("unit").get(pk=obj.pk)
    if current.version != version:
        raise Conflict(_("Someone else changed this in the meantime; reload and redo your change."))
    return current


@transaction.atomic
def save_service(*, actor, unit, name, code, is_active=True, service=None, version=None) -> Service:
    """Create (service=None) or change a service of a unit."""
    _check(actor, unit)
    name = _name(name, "name", 160)
    code = str(code or "").strip()
    if not CODE.match(code):
        raise DomainError(_("Use letters, digits, dots, dashes or underscores for the code."),
                          field="code")
    if service is None:
        row, before, action = Service(instansi_id=unit.instansi_id), {}, AuditEntry.Action.CREATE
    else:
        _check(actor, service.unit)
        row = _locked(Service, service, version)
        before, action = snapshot(row, SERVICE_FIELDS), AuditEntry.Action.UPDATE
        row.version += 1
    row.unit, row.name, row.code, row.is_active = unit, name, code, bool(is_active)
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        raise DomainError(_("Another service already has this code."), field="code") from None
    record(actor=actor, action=action, obj=row, before=before, after=snapshot(row, SERVICE_FIELDS),
           unit_id=unit.pk, agency_id=unit.agency_id)
    queries.bump_public_desk()
    return row


@transaction.atomic
def save_counter(*, actor, unit, name, service_ids=(), staff_ids=(), is_active=True, counter=None,
                 version=None) -> Counter:
    """Create (counter=None) or change a counter: its services (of its unit) and its staff
    (employees of its unit or the units below)."""
    _check(actor, unit)
    name = _name(name, "name", 120)
    wanted_services = {int(s) for s in service_ids if str(s).isdigit() and len(str(s)) < 19}
    wanted_staff = {int(s) for s in staff_ids if str(s).isdigit() and len(str(s)) < 19}
    services = list(Service.objects.filter(unit=unit, pk__in=wanted_services))
    staff = list(queries.staff_choices(unit).filter(pk__in=wanted_staff))
    if len(services) != len(wanted_services):
        raise DomainError(_("Choose services of this unit only."), field="services")
    if len(staff) != len(wanted_staff):
        raise DomainError(_("Choose staff who work in this unit."), field="staff")
    if counter is None:
        row, action = Counter(instansi_id=unit.instansi_id), AuditEntry.Action.CREATE
        before = {}
    else:
        _check(actor, counter.unit)
        row = _locked(Counter, counter, version)
        action = AuditEntry.Action.UPDATE
        before = snapshot(row, COUNTER_FIELDS) | {
            "services": sorted(row.services.values_list("pk", flat=True)),
            "staff": sorted(row.staff.values_list("pk", flat=True))}
        row.version += 1
    row.unit, row.name, row.is_active = unit, name, bool(is_active)
    row.save()
    row.services.set(services)
    row.staff.set(staff)
    after = snapshot(row, COUNTER_FIELDS) | {"services": sorted(s.pk for s in services),
                                             "staff": sorted(s.pk for s in staff)}
    record(actor=actor, action=action, obj=row, before=before, after=after, unit_id=unit.pk,
           agency_id=unit.agency_id)
    queries.bump_public_desk()
    return row
