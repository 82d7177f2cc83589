"""Check-in on the phone inside an office's geofence, and the offices BKPSDM draws the fences
around. A check-in that passes is stored as a punch of source "phone" and today's status is
recomputed at once, so the employee sees it counted."""

import datetime
import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org.models import Unit
from abdi.people.models import Employee
from abdi.tenancy.models import Instansi

from ..models import AttendancePunch, OfficeLocation
from ..rules import geofence
from .attendance import recompute_days

OFFICE_FIELDS = ["name", "unit", "latitude", "longitude", "radius_m", "active"]
REPEAT_SECONDS = 60  # a second tap within a minute is the same check-in


def can_manage_offices(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)


def _number(value, field) -> float:
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        raise DomainError(_("The phone did not send its position. Allow location access and try "
                            "again."), field=field) from None
    if not math.isfinite(number):
        raise DomainError(_("The position sent cannot be read."), field=field)
    return number


def offices_for(employee) -> list[geofence.Office]:
    """The active offices of the employee's unit, of the units above it, and of the government."""
    ids = [part for part in (employee.unit.path if employee.unit_id else "").split("/") if part]
    paths = ["/" + "/".join(ids[:n]) + "/" for n in range(1, len(ids) + 1)]  # "/3/", "/3/17/", …
    rows = OfficeLocation.objects.filter(active=True).filter(
        Q(unit__isnull=True) | Q(unit__path__in=paths))
    return [geofence.Office(o.pk, o.name, float(o.latitude), float(o.longitude), o.radius_m)
            for o in rows]


@dataclass(frozen=True)
class CheckIn:
    punch: AttendancePunch
    decision: geofence.GeofenceDecision
    repeated: bool


@transaction.atomic
def phone_check_in(*, actor, latitude, longitude, accuracy) -> CheckIn:
    if not actor.is_authenticated or not actor.employee_id:
        raise Forbidden(_("Only an employee checks in."))
    fix = geofence.Fix(_number(latitude, "latitude"), _number(longitude, "longitude"),
                       abs(_number(accuracy, "accuracy")))
    if not geofence.valid_coordinates(fix.latitude, fix.longitude):
        raise DomainError(_("The position sent cannot be read."), field="latitude")
    employee = Employee.objects.select_for_update().select_related("unit").get(pk=actor.employee_id)
    offices = offices_for(employee)
    if not offices:
        raise DomainError(_("No office of yours is set up for check-in on the phone. Ask BKPSDM."))
    decision = geofence.check(fix, offices)
    if decision.too_vague:
        raise DomainError(_("The phone knows your position only to within %(accuracy)s m. Step "
                            "outside or turn on precise location, then try again.")
                          % {"accuracy": round(fix.accuracy_m)})
    if not decision.inside:
        raise DomainError(_("You are %(distance)s m from %(office)s; check in within %(radius)s m "
                            "of it.") % {"distance": round(decision.distance_m),
                                          "office": decision.office.name,
                                          "radius": decision.office.radius_m})
    now = timezone.now().replace(microsecond=0)
    recent = AttendancePunch.objects.filter(
        employee=employee, source=AttendancePunch.Source.PHONE,
        punched_at__gte=now - datetime.timedelta(seconds=REPEAT_SECONDS)).first()
    if recent is not None:
        return CheckIn(recent, decision, repeated=True)
    punch = AttendancePunch.objects.create(
        instansi_id=employee.instansi_id, employee=employee, punched_at=now,
        source=AttendancePunch.Source.PHONE,
        device=f"{decision.office.name[:60]} ({round(decision.distance_m)} m)")
    zone = Instansi.objects.get(pk=employee.instansi_id).zone
    today = timezone.localtime(now, zone).date()
    recompute_days(instansi_id=employee.instansi_id, employee_ids=[employee.pk], first_day=today,
                   last_day=today)
    return CheckIn(punch, decision, repeated=False)


# ---- the offices -----------------------------------------------------------------------------


def _coordinate(value, field, limit) -> Decimal:
    try:
        number = Decimal(str(value).strip()).quantize(Decimal("0.000001"))
    except (InvalidOperation, ValueError):
        raise DomainError(_("Enter the coordinate as a decimal number, e.g. -2.990934."),
                          field=field) from None
    if not number.is_finite() or abs(number) > limit:
        raise DomainError(_("The coordinate lies outside %(limit)s degrees.") % {"limit": limit},
                          field=field)
    return number


def _locked_office(office: OfficeLocation, version) -> OfficeLocation:
    """The office re-read under lock, refused when someone changed it since ``version`` was read."""
    current = OfficeLocation.objects.select_for_update().get(pk=office.pk)
    if str(version or "").strip() != str(current.version):
        raise Conflict(_("Someone else changed this office meanwhile. Reload the page and make "
                         "your change again."))
    return current


@transaction.atomic
def save_office(*, actor, office: OfficeLocation | None = None, version=None, name, unit_id=None,
                latitude, longitude, radius_m, active=None) -> OfficeLocation:
    """A new office (active unless told otherwise), or the changed fence of an existing one, which
    names the version it read; ``active=None`` keeps an existing office as it is."""
    if not can_manage_offices(actor):
        raise Forbidden(_("Only the BKPSDM admin sets up offices for check-in."))
    if office is not None:
        office = _locked_office(office, version)
    name = " ".join(str(name or "").split())
    if not name or len(name) > 120:
        raise DomainError(_("Give the office a name of at most 120 characters."), field="name")
    unit = None
    if str(unit_id or "").strip():
        text = str(unit_id).strip()
        unit = Unit.objects.filter(pk=int(text)).first() if text.isdigit() and len(text) < 12 \
            else None
        if unit is None:
            raise DomainError(_("Choose a unit of this government."), field="unit")
    lat, lon = _coordinate(latitude, "latitude", 90), _coordinate(longitude, "longitude", 180)
    text = str(radius_m or "").strip()
    if not text.isdigit() or not geofence.MIN_RADIUS_M <= int(text) <= geofence.MAX_RADIUS_M:
        raise DomainError(_("The radius is a whole number of metres from %(low)s to %(high)s.")
                          % {"low": geofence.MIN_RADIUS_M, "high": geofence.MAX_RADIUS_M},
                          field="radius_m")
    before = snapshot(office, OFFICE_FIELDS) if office is not None else None
    office = office or OfficeLocation(instansi_id=actor.instansi_id)
    office.name, office.unit, office.latitude, office.longitude = name, unit, lat, lon
    office.radius_m = int(text)
    if active is not None or office.pk is None:
        office.active = True if active is None else bool(active)
    if office.pk is not None:
        office.version += 1
    office.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE if before else AuditEntry.Action.CREATE,
           obj=office, before=before, after=snapshot(office, OFFICE_FIELDS))
    return office


@transaction.atomic
def set_office_active(*, actor, office: OfficeLocation, version, active: bool) -> OfficeLocation:
    """Deactivate an office (no check-in is accepted there any more; its past punches stay as they
    are) or bring it back. Offices are never deleted, so the history keeps its place names."""
    if not can_manage_offices(actor):
        raise Forbidden(_("Only the BKPSDM admin sets up offices for check-in."))
    office = _locked_office(office, version)
    if office.active == bool(active):
        raise Conflict(_("This office is active already.") if active
                       else _("This office is deactivated already."))
    before = snapshot(office, OFFICE_FIELDS)
    office.active = bool(active)
    office.version += 1
    office.save(update_fields=["active", "version"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=office, before=before,
           after=snapshot(office, OFFICE_FIELDS))
    return office
