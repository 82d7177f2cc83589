"""Who may do what with trainings: the one place it is decided.

The atasan is whoever leads the employee today (head of the unit, or the Plt/Plh acting for
them), as abdi.performance.policy decides it; nobody approves their own registration. BKPSDM
(HR_ADMIN) manages the catalogue, attendance, results and verifies reported trainings. A record
is seen by its employee, the officials above him, the admin of his agency, HR and the leaders.
"""

from django.utils import timezone

from abdi.org.queries import supervisor_of


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.instansi_id == instansi_id)


def current_atasan_id(employee) -> int | None:
    leader = supervisor_of(employee, on=timezone.localdate())
    return leader.pk if leader is not None else None


def is_current_atasan(actor, employee) -> bool:
    if not actor.employee_id or actor.owns(employee.pk) \
            or not _in_government(actor, employee.instansi_id):
        return False
    return current_atasan_id(employee) == actor.employee_id


def can_manage_catalogue(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)


def can_register(actor, event) -> bool:
    return (_in_government(actor, event.instansi_id) and actor.employee_id is not None
            and event.status == "open")


def can_view_trainings_of(actor, employee) -> bool:
    if not _in_government(actor, employee.instansi_id):
        return False
    return (actor.owns(employee.pk) or actor.sees_whole_government
            or employee.agency_id in actor.agency_ids or actor.leads_unit_path(employee.unit.path))


def can_view_record(actor, record) -> bool:
    return can_view_trainings_of(actor, record.employee)


def can_decide_registration(actor, record) -> bool:
    return record.event_id is not None and is_current_atasan(actor, record.employee)


def can_record_outcome(actor, record) -> bool:
    """Attendance, results and certificates of events, and verifying reported trainings: HR;
    never on one's own record."""
    return (_in_government(actor, record.instansi_id) and actor.is_hr_admin
            and not actor.owns(record.employee_id))


def can_evaluate(actor, record) -> bool:
    return actor.owns(record.employee_id) and record.event_id is not None


def can_cancel(actor, record) -> bool:
    return actor.owns(record.employee_id)


def can_report_external(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.employee_id)


def can_see_unit_standing(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.sees_whole_government or actor.is_agency_admin))


def can_export(actor) -> bool:
    return can_see_unit_standing(actor)
