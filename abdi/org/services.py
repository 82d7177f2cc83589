"""Changing the organisation: units, positions and acting assignments (Plt/Plh)."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from . import policy
from .models import ActingAssignment, Position, Unit

UNIT_FIELDS = ["parent", "kind", "name", "short_name", "code", "sort_order", "address",
               "is_active"]
POSITION_FIELDS = ["unit", "name", "kind", "level", "kelas_jabatan", "is_head", "pelaksana_group",
                   "eselon", "retirement_age_override", "is_active"]
ACTING_FIELDS = ["kind", "position", "employee", "start", "end", "sk_number"]


def _agency_id_of(parent: Unit | None) -> int | None:
    return parent.agency_id if parent else None


@transaction.atomic
def create_unit(*, actor, instansi_id: int, parent: Unit | None, **fields) -> Unit:
    if parent is None and not policy.can_create_agency(actor):
        raise Forbidden(_("Only the BKPSDM administrator may create a perangkat daerah."))
    if parent is not None and not policy.can_manage_units(actor, parent.agency_id):
        raise Forbidden(_("You may not change this part of the organisation."))
    if Unit.objects.filter(code=fields.get("code")).exists():
        raise Conflict(_("A unit with this code already exists."), field="code")
    unit = Unit(instansi_id=instansi_id, parent=parent, **fields)
    unit.full_clean(exclude=["agency", "path"])
    unit.save()
    unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
    unit.depth = parent.depth + 1 if parent else 0
    unit.agency_id = parent.agency_id if parent else unit.pk
    unit.save(update_fields=["path", "depth", "agency"])
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=unit, after=snapshot(unit, UNIT_FIELDS),
           unit_id=unit.pk, agency_id=unit.agency_id)
    return unit


@transaction.atomic
def update_unit(*, actor, unit: Unit, expected_version: int, **fields) -> Unit:
    if not policy.can_manage_units(actor, unit.agency_id) or (
        unit.parent_id is None and not policy.can_create_agency(actor)
    ):
        raise Forbidden(_("You may not change this part of the organisation."))
    locked = Unit.objects.select_for_update().get(pk=unit.pk)
    if locked.version != expected_version:
        raise Conflict(_("Someone else changed this unit meanwhile. Reload and try again."))
    if "parent" in fields and fields["parent"] != locked.parent:
        raise DomainError(_("Moving a unit to another parent is done by a reorganisation."))
    before = snapshot(locked, UNIT_FIELDS)
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.full_clean(exclude=["agency", "path"])
    locked.version += 1
    try:
        locked.save()
    except IntegrityError as exc:
        raise Conflict(_("A unit with this code already exists."), field="code") from exc
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, UNIT_FIELDS), unit_id=locked.pk, agency_id=locked.agency_id)
    return locked


@transaction.atomic
def create_position(*, actor, unit: Unit, **fields) -> Position:
    if not policy.can_manage_units(actor, unit.agency_id):
        raise Forbidden(_("You may not change this part of the organisation."))
    if fields.get("is_head") and Position.objects.filter(unit=unit, is_head=True).exists():
        raise Conflict(_("This unit already has a head position."), field="is_head")
    if Position.objects.filter(unit=unit, name=fields.get("name")).exists():
        raise Conflict(_("This unit already has a position with this name."), field="name")
    position = Position(instansi_id=unit.instansi_id, unit=unit, **fields)
    position.full_clean()
    position.save()
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=position,
           after=snapshot(position, POSITION_FIELDS), unit_id=unit.pk, agency_id=unit.agency_id)
    return position


@transaction.atomic
def update_position(*, actor, position: Position, **fields) -> Position:
    if not policy.can_manage_units(actor, position.unit.agency_id):
        raise Forbidden(_("You may not change this part of the organisation."))
    locked = Position.objects.select_for_update().get(pk=position.pk)
    before = snapshot(locked, POSITION_FIELDS)
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.full_clean()
    try:
        locked.save()
    except IntegrityError as exc:
        raise Conflict(_("This unit already has a head position or a position with this name.")) from exc
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, POSITION_FIELDS), unit_id=locked.unit_id,
           agency_id=locked.unit.agency_id)
    return locked


@transaction.atomic
def assign_acting(*, actor, position: Position, employee, kind: str, start, end,
                  sk_number: str = "") -> ActingAssignment:
    """Appoint a Plt/Plh to a head position; overlapping assignments are refused."""
    if not policy.can_assign_acting(actor, position.unit.agency_id):
        raise Forbidden(_("You may not appoint acting officials here."))
    if not position.is_head:
        raise DomainError(_("A Plt/Plh can only act in the head position of a unit."),
                          field="position")
    if end < start:
        raise DomainError(_("The end date is before the start date."), field="end")
    if employee.position_id == position.pk:
        raise DomainError(_("The holder of the position cannot act in it."), field="employee")
    overlapping = ActingAssignment.objects.select_for_update().filter(
        position=position, start__lte=end, end__gte=start
    )
    if overlapping.exists():
        raise Conflict(_("Another acting official covers part of these dates."), field="start")
    assignment = ActingAssignment(instansi_id=position.instansi_id, position=position,
                                  employee=employee, kind=kind, start=start, end=end,
                                  sk_number=sk_number)
    assignment.full_clean()
    assignment.save()
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=assignment,
           after=snapshot(assignment, ACTING_FIELDS), employee_id=employee.pk,
           unit_id=position.unit_id, agency_id=position.unit.agency_id)
    return assignment


@transaction.atomic
def end_acting(*, actor, assignment: ActingAssignment, end) -> ActingAssignment:
    if not policy.can_assign_acting(actor, assignment.position.unit.agency_id):
        raise Forbidden(_("You may not appoint acting officials here."))
    if end < assignment.start:
        raise DomainError(_("The end date is before the start date."), field="end")
    before = snapshot(assignment, ACTING_FIELDS)
    assignment.end = end
    assignment.save(update_fields=["end"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=assignment, before=before,
           after=snapshot(assignment, ACTING_FIELDS), employee_id=assignment.employee_id,
           unit_id=assignment.position.unit_id, agency_id=assignment.position.unit.agency_id)
    return assignment
