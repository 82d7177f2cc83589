"""Who may see and moderate citizens' ratings of an employee: the one place it is decided.

An employee's ratings are seen by the employee, their atasan of today (head of their unit or
the Plt/Plh acting for them, as abdi.performance decides it) and BKPSDM. Nobody else, not even
a leader or an agency admin: they are answered 404, so not even the existence leaks.
"""

from abdi.performance.policy import is_current_atasan


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id == instansi_id)


def can_view_ratings_of(actor, employee) -> bool:
    if not _in_government(actor, employee.instansi_id):
        return False
    return actor.owns(employee.pk) or actor.is_hr_admin or is_current_atasan(actor, employee)


def can_moderate(actor, rating) -> bool:
    """Hiding an abusive comment is BKPSDM's, never the rated employee's (not even when the
    rated employee works at BKPSDM) nor their atasan's."""
    return (_in_government(actor, rating.instansi_id) and actor.is_hr_admin
            and not actor.owns(rating.employee_id))


def can_change_settings(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)


def can_issue_code(actor, counter, staff_ids) -> bool:
    """An officer issues visit codes only at a counter where they serve."""
    return (_in_government(actor, counter.instansi_id) and actor.employee_id is not None
            and counter.is_active and actor.employee_id in staff_ids)


def sees_team(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.is_hr_admin or actor.is_supervisor))
