"""Employees through the JSON API: the directory, profiles, history and changes.

Same queries, policy and services as the pages, so a role sees and changes exactly what it
would on screen. `id`, `nip` and `siasn_id` are kept in every schema for the BKN SIASN sync.
"""

import datetime

from django.utils import timezone
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
    errors,
    paginate,
    refuse_nulls,
)
from abdi.core.errors import DomainError
from abdi.org import queries as org_queries

from . import policy, queries, services
from .choices import EducationLevel, EmployeeKind, EmployeeStatus, Gender, JobKind, JobLevel

router = Router(tags=["employees"])

# Texts that are stored as "" when absent (the model's blank=True char fields).
TEXT_FIELDS = (
    "nip_lama", "nik", "siasn_id", "front_title", "back_title", "birth_place", "grade",
    "education_major", "email", "phone", "address",
)


# Fields an employee always has: a PATCH may omit them but not send null.
REQUIRED_FIELDS = ("nip", "name", "birth_date", "gender", "kind", "unit", "status")

# The columns a directory row shows: the list loads nothing else.
ROW_COLUMNS = (
    "id", "nip", "siasn_id", "name", "front_title", "back_title", "kind", "grade", "job_kind",
    "status", "unit__id", "unit__name", "agency__id", "agency__name", "agency__short_name",
    "position__id", "position__name", "position__kind", "position__is_head",
)


# ---------------------------------------------------------------- schemas


class UnitRef(Schema):
    id: int
    name: str


class AgencyRef(Schema):
    id: int
    name: str
    short_name: str


class PositionRef(Schema):
    id: int
    name: str
    kind: str
    is_head: bool


class EmployeeRow(Schema):
    id: int
    nip: str
    siasn_id: str
    name: str
    full_name: str
    kind: EmployeeKind
    grade: str
    job_kind: str
    status: EmployeeStatus
    unit: UnitRef
    agency: AgencyRef
    position: PositionRef | None


class EmployeeDetail(EmployeeRow):
    nip_lama: str
    front_title: str
    back_title: str
    gender: Gender
    tmt_grade: datetime.date | None
    tmt_cpns: datetime.date | None
    tmt_position: datetime.date | None
    education_level: str
    education_major: str
    email: str
    phone: str
    retirement_date: datetime.date | None
    contract_ends_on: datetime.date | None = Field(
        ..., description="PPPK only: the day the perjanjian kerja ends; null for a PNS.")
    version: int = Field(..., description="Send it back with a change (optimistic locking).")
    updated_at: datetime.datetime
    personal_data_included: bool = Field(
        ..., description="False when NIK, address and birth details are withheld from you."
    )
    nik: str | None
    birth_place: str | None
    birth_date: datetime.date | None
    address: str | None
    can_edit: bool = Field(..., description="You may change master data of this employee.")
    editable_fields: list[str] | None = Field(
        ..., description="Fields you may change; null means every field."
    )


class EmployeeCreate(InputSchema):
    nip: str = Field(..., max_length=18)
    nip_lama: str | None = Field(None, max_length=9)
    nik: str | None = Field(None, max_length=16)
    siasn_id: str | None = Field(None, max_length=64)
    name: str = Field(..., min_length=1, max_length=120)
    front_title: str | None = Field(None, max_length=40)
    back_title: str | None = Field(None, max_length=60)
    birth_place: str | None = Field(None, max_length=80)
    birth_date: datetime.date
    gender: Gender
    kind: EmployeeKind
    grade: str | None = Field(None, max_length=5)
    tmt_grade: datetime.date | None = None
    tmt_cpns: datetime.date | None = None
    unit: RefId = Field(..., description="Id of the unit kerja.")
    position: RefId | None = Field(None, description="Id of a position of that unit.")
    tmt_position: datetime.date | None = None
    status: EmployeeStatus = EmployeeStatus.AKTIF
    education_level: EducationLevel | None = None
    education_major: str | None = Field(None, max_length=120)
    email: str | None = Field(None, max_length=254)
    phone: str | None = Field(None, max_length=20)
    address: str | None = Field(None, max_length=240)
    contract_ends_on: datetime.date | None = Field(
        None, description="PPPK only: the day the perjanjian kerja ends.")


class EmployeePatch(InputSchema):
    version: int = Field(..., ge=1, description="The `version` you read; 409 if it changed.")
    reason: str = Field("", max_length=160, description="Why (kept with a new history entry).")
    nip: str | None = Field(None, max_length=18)
    nip_lama: str | None = Field(None, max_length=9)
    nik: str | None = Field(None, max_length=16)
    siasn_id: str | None = Field(None, max_length=64)
    name: str | None = Field(None, max_length=120)
    front_title: str | None = Field(None, max_length=40)
    back_title: str | None = Field(None, max_length=60)
    birth_place: str | None = Field(None, max_length=80)
    birth_date: datetime.date | None = None
    gender: Gender | None = None
    kind: EmployeeKind | None = None
    grade: str | None = Field(None, max_length=5)
    tmt_grade: datetime.date | None = None
    tmt_cpns: datetime.date | None = None
    unit: RefId | None = None
    position: RefId | None = None
    tmt_position: datetime.date | None = None
    status: EmployeeStatus | None = None
    education_level: EducationLevel | None = None
    education_major: str | None = Field(None, max_length=120)
    email: str | None = Field(None, max_length=254)
    phone: str | None = Field(None, max_length=20)
    address: str | None = Field(None, max_length=240)
    contract_ends_on: datetime.date | None = Field(
        None, description="PPPK only: the day the perjanjian kerja ends.")


class EmployeeFilters(PageQuery):
    q: str = Field("", max_length=100, description="Name words, or the start of a NIP.")
    agency: RefId | None = Field(None, description="Id of a perangkat daerah.")
    unit: RefId | None = None
    grade: str = Field("", max_length=5)
    job_kind: JobKind | None = None
    status: EmployeeStatus | None = None
    kind: EmployeeKind | None = None


class RankEntry(Schema):
    id: int
    grade: str
    tmt: datetime.date
    sk_number: str
    sk_date: datetime.date | None


class PositionEntry(Schema):
    id: int
    position_id: int | None
    position_name: str
    unit_id: int | None
    unit_name: str
    job_kind: str
    level: JobLevel | str
    kelas_jabatan: int | None
    tmt: datetime.date
    sk_number: str
    sk_date: datetime.date | None
    reason: str


class History(Schema):
    employee_id: int
    ranks: list[RankEntry]
    positions: list[PositionEntry]


class SupervisorOut(Schema):
    employee_id: int
    on: datetime.date
    supervisor: EmployeeRow | None = Field(
        ..., description="The atasan langsung (a Plt/Plh when one acts); null for none."
    )


class Created(Schema):
    employee: EmployeeDetail
    warnings: list[str]


class Updated(Schema):
    employee: EmployeeDetail
    warnings: list[str]


# ---------------------------------------------------------------- helpers


def _detail(actor, employee) -> dict:
    """The profile as the actor may see it: personal data only for those in charge."""
    personal = policy.can_view_personal_data(actor, employee)
    fields = policy.editable_fields(actor, employee)
    data = EmployeeRow.model_validate(employee).model_dump()
    for name in ("nip_lama", "front_title", "back_title", "gender", "tmt_grade", "tmt_cpns",
                 "tmt_position", "education_level", "education_major", "email", "phone",
                 "retirement_date", "contract_ends_on", "version", "updated_at"):
        data[name] = getattr(employee, name)
    for name in ("nik", "birth_place", "birth_date", "address"):
        data[name] = getattr(employee, name) if personal else None
    data["personal_data_included"] = personal
    data["can_edit"] = policy.can_edit_employee(actor, employee)
    data["editable_fields"] = None if fields is None else sorted(fields - {"photo"})
    return data


def _resolve_refs(values: dict) -> dict:
    """Ids of unit and position become objects of the user's government, or a 422."""
    if "unit" in values and values["unit"] is not None:
        unit = org_queries.get_unit(values["unit"])
        if unit is None:
            raise DomainError(_("Unknown unit."), field="unit")
        values["unit"] = unit
    if "position" in values and values["position"] is not None:
        position = org_queries.get_position(values["position"])
        if position is None:
            raise DomainError(_("Unknown position."), field="position")
        values["position"] = position
    for name in TEXT_FIELDS:
        if name in values:
            values[name] = blank(values[name])
    for name in ("gender", "kind", "status", "education_level"):
        if values.get(name) is not None:
            values[name] = str(values[name])
        elif name in values and name == "education_level":
            values[name] = ""
    return values


# ---------------------------------------------------------------- operations


@router.get("", response={200: Page[EmployeeRow], **errors(401, 403, 422)},
            summary="Employee directory")
def list_employees(request, filters: Query[EmployeeFilters]):
    """Employees you may see, by name; filters combine. Paginated with limit/offset."""
    actor = actor_of(request)
    rows = queries.directory(
        actor, q=filters.q, agency=filters.agency, unit=filters.unit, grade=filters.grade,
        job_kind=filters.job_kind and str(filters.job_kind),
        status=filters.status and str(filters.status), kind=filters.kind and str(filters.kind),
    )
    return paginate(rows.only(*ROW_COLUMNS), filters)


@router.post("", response={201: Created, **errors(401, 403, 409, 422)},
             summary="Add an employee")
def create_employee(request, payload: EmployeeCreate):
    """Adds a PNS or PPPK with the opening history entry; warnings (e.g. NIK vs NIP) come back."""
    actor = actor_of(request)
    values = _resolve_refs(payload.model_dump(exclude_unset=True))
    employee, warnings = services.create_employee(
        actor=actor, instansi_id=actor.instansi_id, values=values
    )
    employee = queries.get_employee_for_user(actor, employee.pk)
    return Status(201, {"employee": _detail(actor, employee), "warnings": warnings})


@router.get("/{employee_id}", response={200: EmployeeDetail, **errors(401, 403, 404, 422)},
            summary="Employee profile")
def get_employee(request, employee_id: Id):
    """NIK, address and birth details are null unless you are the person or an admin in charge."""
    actor = actor_of(request)
    return _detail(actor, queries.get_employee_to_read(actor, employee_id))


@router.patch("/{employee_id}", response={200: Updated, **errors(401, 403, 404, 409, 422)},
              summary="Change an employee")
def update_employee(request, employee_id: Id, payload: EmployeePatch):
    """Send only the fields to change with the `version` you read; 409 if someone saved since."""
    actor = actor_of(request)
    employee = queries.get_employee_for_user(actor, employee_id)
    values = payload.model_dump(exclude_unset=True)
    version, reason = values.pop("version"), values.pop("reason", "")
    if not values:
        raise DomainError(_("Send at least one field to change."))
    refuse_nulls(values, REQUIRED_FIELDS)
    employee, warnings = services.update_employee(
        actor=actor, employee=employee, expected_version=version,
        values=_resolve_refs(values), reason=reason,
    )
    employee = queries.get_employee_for_user(actor, employee.pk)
    return {"employee": _detail(actor, employee), "warnings": warnings}


@router.get("/{employee_id}/history", response={200: History, **errors(401, 403, 404, 422)},
            summary="Rank and position history")
def employee_history(request, employee_id: Id):
    """Riwayat pangkat/golongan and riwayat jabatan/unit, newest first."""
    employee = queries.get_employee_for_user(actor_of(request), employee_id)
    entries = queries.history(employee)
    return {"employee_id": employee.pk, "ranks": entries["ranks"],
            "positions": entries["positions"]}


@router.get("/{employee_id}/supervisor", response={200: SupervisorOut, **errors(401, 403, 404, 422)},
            summary="Atasan langsung")
def employee_supervisor(request, employee_id: Id, on: datetime.date | None = None):
    """The direct supervisor derived from the structure on a day (today by default)."""
    employee = queries.get_employee_for_user(actor_of(request), employee_id)
    day = on or timezone.localdate()
    supervisor = org_queries.supervisor_of(employee, on=day)
    if supervisor is not None:
        # The chain of command is visible to its members, even above what they may browse.
        supervisor = queries.employee_card(supervisor.pk)
    return {"employee_id": employee.pk, "on": day, "supervisor": supervisor}
