"""Who may do what with rewards: the one place these decisions are made.

Nominate: the employee's supervisors (the chain above: whoever leads a unit the employee is in,
Plt/Plh included) and BKPSDM; never oneself. Decide: BKPSDM or a leader (pimpinan), never on a
nomination of oneself. Settings, kinds, past awards and the SLKS list: BKPSDM. The award history
shows to whoever may see the employee's profile; the public-page consent is the employee's own.
"""

from abdi.people.policy import can_view_employee


def _member(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and instansi_id and actor.instansi_id == instansi_id)


def can_manage(actor, instansi_id) -> bool:
    """Settings, kinds, past awards and the SLKS list: the BKPSDM admin of that government."""
    return _member(actor, instansi_id) and actor.is_hr_admin


def can_nominate(actor, employee) -> bool:
    if not _member(actor, employee.instansi_id) or actor.owns(employee.pk):
        return False
    return actor.is_hr_admin or actor.leads_unit_path(employee.unit.path)


def may_nominate_someone(actor) -> bool:
    """Whether the nominate and candidates pages are worth showing at all."""
    return _member(actor, actor.instansi_id) and (actor.is_hr_admin or actor.is_supervisor)


def can_decide(actor, nomination) -> bool:
    if not _member(actor, nomination.instansi_id) or actor.owns(nomination.employee_id):
        return False
    return actor.is_hr_admin or actor.is_leader


def can_view_nomination(actor, nomination) -> bool:
    if not _member(actor, nomination.instansi_id):
        return False
    return (can_decide(actor, nomination) or can_nominate(actor, nomination.employee)
            or (nomination.nominated_by_id is not None and nomination.nominated_by_id == actor.user.pk))


def sees_all_nominations(actor) -> bool:
    return actor.is_hr_admin or actor.is_leader


def can_view_awards(actor, employee) -> bool:
    return can_view_employee(actor, employee)


def can_set_consent(actor, employee) -> bool:
    """Only the employee decides whether their name appears on the public page."""
    return _member(actor, employee.instansi_id) and actor.owns(employee.pk)
