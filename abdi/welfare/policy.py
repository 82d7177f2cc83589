"""Who may do what with welfare programmes: the one place these decisions are made.

Health data (results of a check-up or treatment) is read by two kinds of people only: the
employee it is about, and the medical staff named on that programme. Not BKPSDM, not the
agency admin, not the supervisor, not the pimpinan: they manage the programme and may see who
registered and attended, never what a doctor wrote. Another government is never reachable
(tenant scope), and is checked here as well so a policy call alone is safe.
"""

from .models import ProgrammeStaff


def _member(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id is not None
                and actor.instansi_id == instansi_id)


def can_create_programme(actor, instansi_id) -> bool:
    """BKPSDM for the whole government; an agency admin for his own perangkat daerah."""
    return _member(actor, instansi_id) and (actor.is_hr_admin or actor.is_agency_admin)


def may_target_agencies(actor, agency_ids) -> bool:
    """An agency admin's programme names only agencies he manages (and at least one)."""
    if actor.is_hr_admin:
        return True
    wanted = {int(a) for a in agency_ids or ()}
    return bool(wanted) and wanted <= set(actor.agency_ids)


def can_manage_programme(actor, programme) -> bool:
    if not _member(actor, programme.instansi_id):
        return False
    if actor.is_hr_admin:
        return True
    return actor.is_agency_admin and may_target_agencies(actor, programme.agency_ids)


def is_medical_staff(actor, programme) -> bool:
    """Named on this programme's medical staff (a per-programme list, not a role)."""
    if not _member(actor, programme.instansi_id) or not programme.is_health:
        return False
    return ProgrammeStaff.objects.filter(programme_id=programme.pk, user_id=actor.user.pk).exists()


def can_view_programme(actor, programme, *, staff: bool) -> bool:
    """Managers and staff always; employees once it is published (open or closed)."""
    if not _member(actor, programme.instansi_id):
        return False
    if staff or can_manage_programme(actor, programme):
        return True
    return actor.employee_id is not None and programme.status != programme.Status.DRAFT


def can_view_participants(actor, programme, *, staff: bool) -> bool:
    """Who was invited, registered, attended: the managers and the medical staff."""
    return staff or can_manage_programme(actor, programme)


def can_view_participation(actor, participation, *, staff: bool) -> bool:
    if not _member(actor, participation.instansi_id):
        return False
    return actor.owns(participation.employee_id) or can_view_participants(
        actor, participation.programme, staff=staff)


def can_take_part(actor, participation) -> bool:
    """Registering, choosing a session and cancelling: the employee himself."""
    return _member(actor, participation.instansi_id) and actor.owns(participation.employee_id)


def can_record_health(actor, participation, *, staff: bool) -> bool:
    """Attendance and results: the programme's medical staff, never on their own record."""
    return (staff and _member(actor, participation.instansi_id)
            and participation.programme.is_health and not actor.owns(participation.employee_id))


def can_read_result(actor, participation, *, staff: bool) -> bool:
    """The employee and the programme's medical staff. Nobody else, whatever their role."""
    if not _member(actor, participation.instansi_id):
        return False
    return actor.owns(participation.employee_id) or (staff and participation.programme.is_health)


def can_view_welfare_of(actor, employee) -> bool:
    """Benefit records and programme participation (never results) of an employee: the employee,
    BKPSDM and the admin of the employee's agency. Not the supervisor: taking part in a free
    treatment already says something about one's health."""
    if not _member(actor, employee.instansi_id):
        return False
    return actor.owns(employee.pk) or actor.is_hr_admin or employee.agency_id in actor.agency_ids


def can_record_benefit(actor, programme, employee) -> bool:
    if not can_manage_programme(actor, programme) or employee.instansi_id != programme.instansi_id:
        return False
    return actor.is_hr_admin or employee.agency_id in actor.agency_ids


def can_update_benefit(actor, record) -> bool:
    return can_record_benefit(actor, record.programme, record.employee)
