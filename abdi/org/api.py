"""The organisation through the JSON API: units, positions and acting officials (Plt/Plh)."""

import datetime

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from abdi.core.api import (
    Id,
    InputSchema,
    Page,
    PageQuery,
    RefId,
    actor_of,
    blank,
    choice_of,
    errors,
    paginate,
    refuse_nulls,
)
from abdi.core.errors import DomainError, Forbidden
from abdi.people import queries as people_queries
from abdi.people.choices import JobKind, JobLevel

from . import policy, queries, services
from .models import ActingAssignment, Position, Unit

router = Router(tags=["organisation"])

UnitKind = choice_of(Unit.Kind)
ActingKind = choice_of(ActingAssignment.Kind)
PelaksanaGroup = choice_of(Position.PelaksanaGroup)

MAX_SORT = 2_147_483_647


def _require_org_access(actor) -> None:
    if not policy.can_view_org(actor):
        raise Forbidden(_("You may not see the organisation."))


# ---------------------------------------------------------------- schemas


class UnitOut(Schema):
    id: int
    parent_id: int | None
    agency_id: int | None = Field(..., description="The perangkat daerah (itself for a root).")
    kind: UnitKind
    name: str
    short_name: str
    code: str
    path: str = Field(..., description="Ids from the root, e.g. /3/17/42/.")
    depth: int
    sort_order: int
    address: str
    is_active: bool
    version: int


class UnitCreate(InputSchema):
    parent: RefId | None = Field(None, description="Parent unit; none creates a perangkat daerah.")
    kind: UnitKind
    name: str = Field(..., min_length=1, max_length=160)
    short_name: str | None = Field(None, max_length=40)
    code: str = Field(..., min_length=1, max_length=40)
    sort_order: int = Field(0, ge=0, le=MAX_SORT)
    address: str | None = Field(None, max_length=200)
    is_active: bool = True


class UnitPatch(InputSchema):
    version: int = Field(..., ge=1, description="The `version` you read; 409 if it changed.")
    kind: UnitKind | None = None
    name: str | None = Field(None, min_length=1, max_length=160)
    short_name: str | None = Field(None, max_length=40)
    code: str | None = Field(None, min_length=1, max_length=40)
    sort_order: int | None = Field(None, ge=0, le=MAX_SORT)
    address: str | None = Field(None, max_length=200)
    is_active: bool | None = None


class UnitFilters(PageQuery):
    parent: RefId | None = Field(None, description="Only the children of this unit.")
    agency: RefId | None = Field(None, description="Only units of this perangkat daerah.")
    root: bool = Field(False, description="Only perangkat daerah (units without a parent).")
    q: str = Field("", max_length=100, description="Words of the name, or the exact code.")
    active: bool | None = None


class PositionOut(Schema):
    id: int
    unit_id: int
    unit_name: str = Field(..., alias="unit.name")
    name: str
    kind: JobKind
    level: str
    kelas_jabatan: int
    is_head: bool
    pelaksana_group: str
    eselon: str
    retirement_age_override: int | None
    is_active: bool


class PositionCreate(InputSchema):
    unit: RefId
    name: str = Field(..., min_length=1, max_length=200)
    kind: JobKind
    level: JobLevel | None = None
    kelas_jabatan: int = Field(..., ge=1, le=17)
    is_head: bool = False
    pelaksana_group: PelaksanaGroup | None = None
    eselon: str | None = Field(None, max_length=6)
    retirement_age_override: int | None = Field(None, ge=50, le=75)
    is_active: bool = True


class PositionFilters(PageQuery):
    unit: RefId | None = None
    agency: RefId | None = None
    kind: JobKind | None = None
    is_head: bool | None = None
    active: bool | None = None


class ActingEmployee(Schema):
    id: int
    nip: str
    name: str
    full_name: str


class ActingPosition(Schema):
    id: int
    name: str
    unit_id: int


class ActingOut(Schema):
    id: int
    kind: ActingKind
    position: ActingPosition
    employee: ActingEmployee
    start: datetime.date
    end: datetime.date
    sk_number: str


class ActingCreate(InputSchema):
    kind: ActingKind
    position: RefId = Field(..., description="The head position the Plt/Plh acts in.")
    employee: RefId
    start: datetime.date
    end: datetime.date
    sk_number: str | None = Field(None, max_length=80)


class ActingFilters(PageQuery):
    position: RefId | None = None
    unit: RefId | None = None
    employee: RefId | None = None
    on: datetime.date | None = Field(None, description="Only assignments covering this day.")


# ---------------------------------------------------------------- helpers


def _unit_ref(pk: int | None, field: str) -> Unit | None:
    if pk is None:
        return None
    unit = queries.get_unit(pk)
    if unit is None:
        raise DomainError(_("Unknown unit."), field=field)
    return unit


def _texts(values: dict, *names: str) -> dict:
    for name in names:
        if name in values:
            values[name] = blank(values[name])
    return values


def _choices(values: dict, *names: str) -> dict:
    """Enum members to their stored value; None to the empty choice."""
    for name in names:
        if name in values:
            values[name] = "" if values[name] is None else str(values[name])
    return values


# ---------------------------------------------------------------- units


@router.get("/units", response={200: Page[UnitOut], **errors(401, 403, 422)},
            summary="Units of the organisation")
def list_units(request, filters: Query[UnitFilters]):
    """Perangkat daerah and unit kerja in tree order; filter by parent or agency."""
    _require_org_access(actor_of(request))
    rows = queries.unit_list(parent=filters.parent, agency=filters.agency, root=filters.root,
                             q=" ".join(filters.q.split()), active=filters.active)
    return paginate(rows, filters)


@router.post("/units", response={201: UnitOut, **errors(401, 403, 409, 422)},
             summary="Add a unit")
def create_unit(request, payload: UnitCreate):
    """A unit under `parent`; without a parent a new perangkat daerah (BKPSDM only)."""
    actor = actor_of(request)
    _require_org_access(actor)
    values = payload.model_dump(exclude_unset=True)
    parent = _unit_ref(values.pop("parent", None), "parent")
    values = _choices(_texts(values, "short_name", "address"), "kind")
    unit = services.create_unit(actor=actor, instansi_id=actor.instansi_id, parent=parent,
                                **values)
    return Status(201, unit)


@router.get("/units/{unit_id}", response={200: UnitOut, **errors(401, 403, 404, 422)},
            summary="One unit")
def get_unit(request, unit_id: Id):
    return queries.get_unit_for_user(actor_of(request), unit_id)


@router.patch("/units/{unit_id}", response={200: UnitOut, **errors(401, 403, 404, 409, 422)},
              summary="Change a unit")
def update_unit(request, unit_id: Id, payload: UnitPatch):
    """Send the fields to change with the `version` you read; moving a unit is a reorganisation."""
    actor = actor_of(request)
    unit = queries.get_unit_for_user(actor, unit_id)
    values = payload.model_dump(exclude_unset=True)
    version = values.pop("version")
    refuse_nulls(values, ("kind", "name", "code", "sort_order", "is_active"))
    if not values:
        raise DomainError(_("Send at least one field to change."))
    values = _choices(_texts(values, "short_name", "address"), "kind")
    return services.update_unit(actor=actor, unit=unit, expected_version=version, **values)


# ---------------------------------------------------------------- positions


@router.get("/positions", response={200: Page[PositionOut], **errors(401, 403, 422)},
            summary="Positions (jabatan)")
def list_positions(request, filters: Query[PositionFilters]):
    _require_org_access(actor_of(request))
    rows = queries.position_list(
        unit=filters.unit, agency=filters.agency, kind=filters.kind and str(filters.kind),
        is_head=filters.is_head, active=filters.active,
    )
    return paginate(rows, filters)


@router.post("/positions", response={201: PositionOut, **errors(401, 403, 409, 422)},
             summary="Add a position")
def create_position(request, payload: PositionCreate):
    """A jabatan in a unit; a unit has at most one head position."""
    actor = actor_of(request)
    _require_org_access(actor)
    values = payload.model_dump(exclude_unset=True)
    unit = _unit_ref(values.pop("unit"), "unit")
    values = _choices(_texts(values, "eselon"), "kind", "level", "pelaksana_group")
    position = services.create_position(actor=actor, unit=unit, **values)
    return Status(201, queries.get_position(position.pk))


# ---------------------------------------------------------------- acting officials


@router.get("/acting-assignments", response={200: Page[ActingOut], **errors(401, 403, 422)},
            summary="Acting officials (Plt/Plh)")
def list_acting(request, filters: Query[ActingFilters]):
    """Who acts in which head position and when, newest first."""
    _require_org_access(actor_of(request))
    rows = queries.acting_list(position=filters.position, unit=filters.unit,
                               employee=filters.employee, on=filters.on)
    return paginate(rows, filters)


@router.post("/acting-assignments", response={201: ActingOut, **errors(401, 403, 409, 422)},
             summary="Appoint a Plt/Plh")
def create_acting(request, payload: ActingCreate):
    """The acting official overrides the holder as atasan for the dates given."""
    actor = actor_of(request)
    _require_org_access(actor)
    position = queries.get_position(payload.position)
    if position is None:
        raise DomainError(_("Unknown position."), field="position")
    if not policy.can_assign_acting(actor, position.unit.agency_id):
        # Asked before the employee lookup, so the refusal does not depend on who is visible.
        raise Forbidden(_("You may not appoint acting officials here."))
    try:
        employee = people_queries.get_employee_for_user(actor, payload.employee)
    except Http404:
        raise DomainError(_("Unknown employee."), field="employee") from None
    assignment = services.assign_acting(
        actor=actor, position=position, employee=employee, kind=str(payload.kind),
        start=payload.start, end=payload.end, sk_number=blank(payload.sk_number),
    )
    return Status(201, queries.get_acting_for_user(actor, assignment.pk))
