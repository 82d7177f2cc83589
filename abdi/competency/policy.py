"""Who may see and handle competency results: the one place it is decided.

Assessment results are seen only by the employee, their atasan today (head of the unit or the
Plt/Plh acting, as abdi.performance.policy decides it) and HR: BKPSDM (HR_ADMIN) for the whole
government, the agency admin for their agency. Everyone else gets 404. A Pimpinan (LEADER) is
not HR and does not see individual results.
"""

from abdi.performance.policy import is_current_atasan


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.instansi_id == instansi_id)


def is_hr_for(actor, *, instansi_id, agency_id) -> bool:
    return _in_government(actor, instansi_id) and (
        actor.is_hr_admin or agency_id in actor.agency_ids)


def can_view_results(actor, employee) -> bool:
    if not _in_government(actor, employee.instansi_id):
        return False
    return (actor.owns(employee.pk) or is_hr_for(actor, instansi_id=employee.instansi_id,
                                                  agency_id=employee.agency_id)
            or is_current_atasan(actor, employee))


def can_record_assessment(actor, employee) -> bool:
    """Results come from the assessment centre through HR; never entered by the employee."""
    return is_hr_for(actor, instansi_id=employee.instansi_id, agency_id=employee.agency_id)


def can_import(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)


def can_see_gap_maps(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.is_hr_admin or actor.is_agency_admin))


def can_see_agency_map(actor, agency_id) -> bool:
    return can_see_gap_maps(actor) and (actor.is_hr_admin or agency_id in actor.agency_ids)


def can_define_competencies(actor) -> bool:
    """Technical competencies and jabatan standards are set by BKPSDM."""
    return can_import(actor)


def can_request_development(actor, employee) -> bool:
    return _in_government(actor, employee.instansi_id) and actor.owns(employee.pk)


def can_propose_plan(actor, employee) -> bool:
    return can_record_assessment(actor, employee) or is_current_atasan(actor, employee)


def can_see_plans(actor) -> bool:
    return can_see_gap_maps(actor)


def can_view_plan(actor, plan) -> bool:
    return can_see_agency_map(actor, plan.agency_id) and actor.instansi_id == plan.instansi_id


def can_consolidate(actor, agency_id) -> bool:
    return can_see_agency_map(actor, agency_id)


def can_decide_plan(actor, plan) -> bool:
    """Approved or returned by the HR office (BKPSDM)."""
    return can_view_plan(actor, plan) and actor.is_hr_admin
