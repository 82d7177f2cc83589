"""Who may see and change employee data. The one place these decisions are made.

Scopes of sight: own record; subordinates (units the person heads, incl. Plt/Plh, and
below); the agency an admin kepegawaian manages; the whole government for BKPSDM and
pimpinan. Another government is never reachable (tenant scope), so it is not checked here.
"""

from django.db.models import Q

SELF_EDITABLE_FIELDS = frozenset({"email", "phone", "address", "photo"})


def visibility_filter(actor) -> Q | None:
    """A filter on Employee for what the actor may see; None means the whole government."""
    if actor.sees_whole_government:
        return None
    condition = Q(pk__in=[])
    if actor.employee_id:
        condition |= Q(pk=actor.employee_id)
    if actor.agency_ids:
        condition |= Q(agency_id__in=actor.agency_ids)
    for path in actor.led_unit_paths:
        condition |= Q(unit__path__startswith=path)
    return condition


def can_view_employee(actor, employee) -> bool:
    if not actor.is_authenticated or actor.instansi_id != employee.instansi_id:
        return False
    return (
        actor.sees_whole_government
        or actor.owns(employee.pk)
        or employee.agency_id in actor.agency_ids
        or actor.leads_unit_path(employee.unit.path)
    )


def can_browse_directory(actor) -> bool:
    return actor.is_authenticated and actor.instansi_id is not None


def can_view_personal_data(actor, employee) -> bool:
    """NIK, address, date of birth details: the person and the admins in charge only."""
    if not can_view_employee(actor, employee):
        return False
    return actor.owns(employee.pk) or actor.is_hr_admin or employee.agency_id in actor.agency_ids


def can_edit_employee(actor, employee) -> bool:
    """Master data (NIP, rank, position, status): BKPSDM, or the agency's admin; never one's own."""
    if not can_view_employee(actor, employee) or actor.owns(employee.pk):
        return False
    return actor.is_hr_admin or employee.agency_id in actor.agency_ids


def editable_fields(actor, employee) -> frozenset[str] | None:
    """None: every field; otherwise only these (an employee updates own contact details)."""
    if can_edit_employee(actor, employee):
        return None
    if actor.owns(employee.pk):
        return SELF_EDITABLE_FIELDS
    return frozenset()


def can_create_employee(actor, agency_id: int | None) -> bool:
    if not actor.is_authenticated or actor.instansi_id is None:
        return False
    return actor.is_hr_admin or (agency_id is not None and agency_id in actor.agency_ids)


def can_export(actor) -> bool:
    return actor.is_hr_admin or actor.is_agency_admin or actor.is_leader


def export_includes_personal_data(actor) -> bool:
    return actor.is_hr_admin or actor.is_agency_admin


def can_import(actor) -> bool:
    return actor.is_hr_admin or actor.is_agency_admin


def can_view_audit(actor, employee=None) -> bool:
    if employee is None:
        return actor.is_hr_admin or actor.is_agency_admin
    if actor.instansi_id is None or actor.instansi_id != employee.instansi_id:
        return False
    return actor.is_hr_admin or employee.agency_id in actor.agency_ids
