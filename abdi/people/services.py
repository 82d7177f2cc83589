"""Writing employee data: each function is one transaction with its audit entry."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from . import policy, rules
from .models import Employee, PositionHistory, RankHistory
from .validation import check_employee, retirement_date_for

EMPLOYEE_FIELDS = [
    "nip", "nip_lama", "nik", "siasn_id", "name", "front_title", "back_title", "birth_place",
    "birth_date", "gender", "kind", "grade", "tmt_grade", "tmt_cpns", "unit", "position",
    "tmt_position", "status", "education_level", "education_major", "email", "phone",
    "address", "photo", "contract_ends_on",
]


def derive_fields(employee: Employee) -> None:
    """Fields that follow from others: agency, kind of jabatan, grade order, retirement.

    Public because bulk imports (abdi.transfer) derive them the same way; unit and position
    must be attached objects, so no query is made.
    """
    employee.agency_id = employee.unit.agency_id
    employee.job_kind = employee.position.kind if employee.position_id else ""
    employee.grade_ordinal = (
        rules.grade_ordinal(employee.grade, kind=employee.kind) if employee.grade else 0
    )
    employee.retirement_date = retirement_date_for(employee.birth_date, employee.position)


def _check_head_is_free(employee: Employee) -> None:
    position = employee.position
    if position is not None and position.is_head:
        taken = Employee.objects.filter(position=position).exclude(pk=employee.pk)
        if taken.exists():
            raise Conflict(_("Another employee already holds this head position."),
                           field="position")


def _raise_if_invalid(checked) -> None:
    if not checked.ok:
        first = next(iter(checked.errors.values()))[0]
        raise DomainError(first, errors=checked.errors)


@transaction.atomic
def create_employee(*, actor, instansi_id: int, values: dict) -> tuple[Employee, list[str]]:
    """Create an employee with an opening history entry; returns it and the warnings."""
    unit = values.get("unit")
    if not policy.can_create_employee(actor, unit.agency_id if unit else None):
        raise Forbidden(_("You may not add employees to this perangkat daerah."))
    checked = check_employee(values, today=timezone.localdate())
    _raise_if_invalid(checked)
    if Employee.objects.filter(nip=checked.values["nip"]).exists():
        raise Conflict(_("An employee with this NIP already exists."), field="nip")
    employee = Employee(instansi_id=instansi_id,
                        **{k: v for k, v in checked.values.items() if k in EMPLOYEE_FIELDS})
    derive_fields(employee)
    _check_head_is_free(employee)
    try:
        with transaction.atomic():
            employee.save()
    except IntegrityError as exc:
        raise Conflict(_("An employee with this NIP already exists."), field="nip") from exc
    _open_history(employee)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=employee,
           after=snapshot(employee, EMPLOYEE_FIELDS), employee_id=employee.pk,
           unit_id=employee.unit_id, agency_id=employee.agency_id)
    return employee, checked.warnings


def opening_history(employee: Employee) -> list:
    """Unsaved riwayat entries of a new employee (imports save many of them in bulk)."""
    entries = []
    if employee.grade:
        entries.append(RankHistory(instansi_id=employee.instansi_id, employee=employee,
                                   grade=employee.grade,
                                   tmt=employee.tmt_grade or employee.tmt_cpns or timezone.localdate()))
    entries.append(PositionHistory(
        instansi_id=employee.instansi_id, employee=employee, position=employee.position,
        position_name=employee.position.name if employee.position else "",
        unit=employee.unit, unit_name=employee.unit.name, job_kind=employee.job_kind,
        level=employee.position.level if employee.position else "",
        kelas_jabatan=employee.position.kelas_jabatan if employee.position else None,
        tmt=employee.tmt_position or employee.tmt_cpns or timezone.localdate(),
    ))
    return entries


def _open_history(employee: Employee) -> None:
    for entry in opening_history(employee):
        entry.save()


@transaction.atomic
def update_employee(*, actor, employee: Employee, expected_version: int, values: dict,
                    reason: str = "") -> tuple[Employee, list[str]]:
    """Change fields the actor may change; refused if someone saved in between."""
    allowed = policy.editable_fields(actor, employee)
    if allowed is not None:
        denied = set(values) - allowed
        if not allowed or denied:
            raise Forbidden(_("You may not change these fields: %(fields)s.")
                            % {"fields": ", ".join(sorted(denied)) or "-"})
    # of=self: PostgreSQL cannot lock the nullable side (position) of the outer join.
    locked = (
        Employee.objects.select_for_update(of=("self",))
        .select_related("unit", "position")
        .get(pk=employee.pk)
    )
    if locked.version != expected_version:
        raise Conflict(_("Someone else changed this employee meanwhile. Reload and try again."))
    if "unit" in values and values["unit"] and values["unit"].agency_id != locked.agency_id \
            and not actor.is_hr_admin:
        raise Forbidden(_("Only BKPSDM may move an employee to another perangkat daerah."))
    before = snapshot(locked, EMPLOYEE_FIELDS)
    merged = {name: getattr(locked, name) for name in EMPLOYEE_FIELDS} | values
    checked = check_employee(merged, today=timezone.localdate())
    if allowed is not None:
        # Self-service edits answer only for the fields changed, not for the master data.
        checked.errors = {k: v for k, v in checked.errors.items() if k in values}
    _raise_if_invalid(checked)
    if checked.values["nip"] != locked.nip and Employee.objects.filter(nip=checked.values["nip"]).exists():
        raise Conflict(_("An employee with this NIP already exists."), field="nip")
    for name in values:
        setattr(locked, name, checked.values[name])
    derive_fields(locked)
    _check_head_is_free(locked)
    locked.version += 1
    locked.save()
    after = snapshot(locked, EMPLOYEE_FIELDS)
    _extend_history(locked, before, after, reason=reason)
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before, after=after,
           employee_id=locked.pk, unit_id=locked.unit_id, agency_id=locked.agency_id)
    return locked, checked.warnings


def change_history(employee: Employee, before: dict, after: dict, *, reason: str = "") -> list:
    """Unsaved riwayat entries for a change: a new grade, unit or position opens one."""
    today = timezone.localdate()
    entries = []
    if before.get("grade") != after.get("grade") and after.get("grade"):
        entries.append(RankHistory(instansi_id=employee.instansi_id, employee=employee,
                                   grade=employee.grade, tmt=employee.tmt_grade or today))
    if before.get("unit") != after.get("unit") or before.get("position") != after.get("position"):
        position = employee.position
        entries.append(PositionHistory(
            instansi_id=employee.instansi_id, employee=employee, position=position,
            position_name=position.name if position else "", unit=employee.unit,
            unit_name=employee.unit.name, job_kind=employee.job_kind,
            level=position.level if position else "",
            kelas_jabatan=position.kelas_jabatan if position else None,
            tmt=employee.tmt_position or today, reason=reason[:160],
        ))
    return entries


def _extend_history(employee: Employee, before: dict, after: dict, *, reason: str) -> None:
    for entry in change_history(employee, before, after, reason=reason):
        entry.save()


@transaction.atomic
def add_rank_history(*, actor, employee: Employee, grade: str, tmt, sk_number="", sk_date=None):
    if not policy.can_edit_employee(actor, employee):
        raise Forbidden(_("You may not change this employee."))
    entry = RankHistory(instansi_id=employee.instansi_id, employee=employee, grade=grade, tmt=tmt,
                        sk_number=sk_number, sk_date=sk_date)
    entry.save()
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=entry,
           after=snapshot(entry, ["grade", "tmt", "sk_number", "sk_date"]),
           employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    return entry
