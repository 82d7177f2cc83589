"""Changing the organisation: units, positions and acting assignments (Plt/Plh)."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.choices import JobKind
from abdi.people.rules import normalise_job_level, validate_kelas_jabatan

from . import policy
from .models import ActingAssignment, Position, Unit

UNIT_FIELDS = ["parent", "kind", "name", "short_name", "code", "sort_order", "address",
               "is_active"]
POSITION_FIELDS = ["unit", "name", "kind", "level", "kelas_jabatan", "is_head", "pelaksana_group",
                   "eselon", "retirement_age_override", "is_active"]
ACTING_FIELDS = ["kind", "position", "employee", "start", "end", "sk_number"]


def _agency_id_of(parent: Unit | None) -> int | None:
    return parent.agency_id if parent else None


def _full_clean(obj, *, exclude=None) -> None:
    """Model validation as a DomainError, so callers handle one kind of refusal."""
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as exc:
        errors = exc.message_dict if hasattr(exc, "error_dict") else {NON_FIELD_ERRORS: exc.messages}
        field, messages = next(iter(errors.items()))
        raise DomainError(
            messages[0], field=None if field == NON_FIELD_ERRORS else field, errors=errors
        ) from exc


def _check_unit(unit: Unit) -> None:
    if unit.parent_id is None and unit.kind not in Unit.AGENCY_KINDS:
        raise DomainError(
            _("A perangkat daerah must be a dinas, badan, kecamatan or another kind of agency."),
            field="kind",
        )
    unit.code = (unit.code or "").strip()
    unit.name = (unit.name or "").strip()


def _check_position(position: Position) -> None:
    """The level fits the kind, the kelas is 1-17, the law-set BUP is for a JF only."""
    try:
        kind = JobKind(position.kind)
    except ValueError:
        raise DomainError(_("Choose a kind of position."), field="kind") from None
    try:
        level = normalise_job_level(kind, position.level or None)
    except ValueError:
        if kind == JobKind.FUNGSIONAL and not position.level:
            message = _("A jabatan fungsional needs its jenjang (e.g. Ahli Muda).")
        elif kind == JobKind.FUNGSIONAL:
            message = _("This is not a jenjang of a jabatan fungsional.")
        elif kind == JobKind.JPT:
            message = _("A JPT level is Utama, Madya or Pratama.")
        else:
            message = _("This kind of position has no level; leave the level empty.")
        raise DomainError(message, field="level") from None
    position.level = level.value if level else ""
    try:
        position.kelas_jabatan = validate_kelas_jabatan(position.kelas_jabatan)
    except ValueError:
        raise DomainError(_("Kelas jabatan must be a whole number from 1 to 17."),
                          field="kelas_jabatan") from None
    if position.retirement_age_override is not None and kind != JobKind.FUNGSIONAL:
        # PP 11/2017 Pasal 240: only a JF can have its BUP set by its own law.
        raise DomainError(_("Only a jabatan fungsional can have a retirement age set by law."),
                          field="retirement_age_override")
    if position.pelaksana_group and kind != JobKind.PELAKSANA:
        raise DomainError(_("Only a pelaksana position belongs to a pelaksana group."),
                          field="pelaksana_group")
    position.name = (position.name or "").strip()


@transaction.atomic
def create_unit(*, actor, instansi_id: int, parent: Unit | None, **fields) -> Unit:
    if parent is None and not policy.can_create_agency(actor):
        raise Forbidden(_("Only the BKPSDM administrator may create a perangkat daerah."))
    if parent is not None and not policy.can_manage_units(actor, parent.agency_id):
        raise Forbidden(_("You may not change this part of the organisation."))
    if parent is not None and parent.instansi_id != instansi_id:
        raise DomainError(_("The parent unit belongs to another government."), field="parent")
    unit = Unit(instansi_id=instansi_id, parent=parent, **fields)
    _check_unit(unit)
    if Unit.objects.filter(code=unit.code).exists():
        raise Conflict(_("A unit with this code already exists."), field="code")
    _full_clean(unit, exclude=["agency", "path"])
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
    if not policy.can_edit_unit(actor, unit):
        raise Forbidden(_("You may not change this part of the organisation."))
    locked = Unit.objects.select_for_update().get(pk=unit.pk)
    if locked.version != expected_version:
        raise Conflict(_("Someone else changed this unit meanwhile. Reload and try again."))
    if "parent" in fields and fields["parent"] != locked.parent:
        raise DomainError(_("Moving a unit to another parent is done by a reorganisation."))
    before = snapshot(locked, UNIT_FIELDS)
    for name, value in fields.items():
        setattr(locked, name, value)
    _check_unit(locked)
    if Unit.objects.filter(code=locked.code).exclude(pk=locked.pk).exists():
        raise Conflict(_("A unit with this code already exists."), field="code")
    _full_clean(locked, exclude=["agency", "path"])
    locked.version += 1
    try:
        with transaction.atomic():
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
    position = Position(instansi_id=unit.instansi_id, unit=unit, **fields)
    _check_position(position)
    if position.is_head and Position.objects.filter(unit=unit, is_head=True).exists():
        raise Conflict(_("This unit already has a head position."), field="is_head")
    if Position.objects.filter(unit=unit, name=position.name).exists():
        raise Conflict(_("This unit already has a position with this name."), field="name")
    _full_clean(position)
    position.save()
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=position,
           after=snapshot(position, POSITION_FIELDS), unit_id=unit.pk, agency_id=unit.agency_id)
    return position


@transaction.atomic
def update_position(*, actor, position: Position, expected_version: int | None = None,
                    **fields) -> Position:
    if not policy.can_manage_units(actor, position.unit.agency_id):
        raise Forbidden(_("You may not change this part of the organisation."))
    new_unit = fields.get("unit")
    if new_unit is not None and new_unit.pk != position.unit_id and not policy.can_manage_units(
        actor, new_unit.agency_id
    ):
        raise Forbidden(_("You may not change this part of the organisation."))
    locked = Position.objects.select_for_update().select_related("unit").get(pk=position.pk)
    if expected_version is not None and locked.version != expected_version:
        raise Conflict(_("Someone else changed this position meanwhile. Reload and try again."))
    before = snapshot(locked, POSITION_FIELDS)
    for name, value in fields.items():
        setattr(locked, name, value)
    _check_position(locked)
    others = Position.objects.filter(unit_id=locked.unit_id).exclude(pk=locked.pk)
    if locked.is_head and others.filter(is_head=True).exists():
        raise Conflict(_("This unit already has a head position."), field="is_head")
    if others.filter(name=locked.name).exists():
        raise Conflict(_("This unit already has a position with this name."), field="name")
    _full_clean(locked)
    locked.version += 1
    try:
        with transaction.atomic():
            locked.save()
    except IntegrityError as exc:
        raise Conflict(_("This unit already has a head position or a position with this name.")) from exc
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, POSITION_FIELDS), unit_id=locked.unit_id,
           agency_id=locked.unit.agency_id)
    return locked


def _overlapping(position: Position, start, end):
    return ActingAssignment.objects.select_for_update().filter(
        position=position, start__lte=end, end__gte=start
    )


@transaction.atomic
def assign_acting(*, actor, position: Position, employee, kind: str, start, end,
                  sk_number: str = "") -> ActingAssignment:
    """Appoint a Plt/Plh to a head position; overlapping assignments are refused."""
    if not policy.can_assign_acting(actor, position.unit.agency_id):
        raise Forbidden(_("You may not appoint acting officials here."))
    if not position.is_head:
        raise DomainError(_("A Plt/Plh can only act in the head position of a unit."),
                          field="position")
    if kind not in ActingAssignment.Kind.values:
        raise DomainError(_("Choose Plt or Plh."), field="kind")
    if end < start:
        raise DomainError(_("The end date is before the start date."), field="end")
    if employee.instansi_id != position.instansi_id:
        raise DomainError(_("This employee belongs to another government."), field="employee")
    if employee.position_id == position.pk:
        raise DomainError(_("The holder of the position cannot act in it."), field="employee")
    if _overlapping(position, start, end).exists():
        raise Conflict(_("Another acting official covers part of these dates."), field="start")
    assignment = ActingAssignment(instansi_id=position.instansi_id, position=position,
                                  employee=employee, kind=kind, start=start, end=end,
                                  sk_number=(sk_number or "").strip())
    _full_clean(assignment)
    assignment.save()
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=assignment,
           after=snapshot(assignment, ACTING_FIELDS), employee_id=employee.pk,
           unit_id=position.unit_id, agency_id=position.unit.agency_id)
    return assignment


@transaction.atomic
def end_acting(*, actor, assignment: ActingAssignment, end) -> ActingAssignment:
    """Set the last day of an acting assignment (ending it early, or extending it)."""
    if not policy.can_assign_acting(actor, assignment.position.unit.agency_id):
        raise Forbidden(_("You may not appoint acting officials here."))
    locked = ActingAssignment.objects.select_for_update().get(pk=assignment.pk)
    if end < locked.start:
        raise DomainError(_("The end date is before the start date."), field="end")
    if end > locked.end and _overlapping(locked.position, locked.end, end).exclude(
        pk=locked.pk
    ).exists():
        raise Conflict(_("Another acting official covers part of these dates."), field="end")
    before = snapshot(locked, ACTING_FIELDS)
    locked.end = end
    locked.save(update_fields=["end"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, ACTING_FIELDS), employee_id=locked.employee_id,
           unit_id=assignment.position.unit_id, agency_id=assignment.position.unit.agency_id)
    return locked
