"""Who may see and do what in talent management and career development. The one place.

The 9-box is confidential HR data (PermenPANRB 3/2020: talent mapping is run by the PPK through
the talent-management team): BKPSDM (HR_ADMIN) and the leaders see every box, an agency admin the
boxes of their agency, the employee only their own box and its recommended actions. The atasan
does NOT see their staff's boxes: they rate performance, and seeing the box would feed back into
the rating the box is built from.
"""

from abdi.performance.policy import is_current_atasan


def _member(actor, instansi_id) -> bool:
    return actor.is_authenticated and actor.instansi_id is not None and actor.instansi_id == instansi_id


def can_see_grid(actor) -> bool:
    return actor.is_authenticated and (actor.is_hr_admin or actor.is_leader or actor.is_agency_admin)


def grid_agency_ids(actor) -> frozenset | None:
    """None = the whole government; otherwise the agencies this actor may see."""
    if actor.sees_whole_government:
        return None
    return actor.agency_ids if actor.is_agency_admin else frozenset()


def can_view_placement(actor, placement) -> bool:
    if not _member(actor, placement.instansi_id):
        return False
    if actor.owns(placement.employee_id) or actor.sees_whole_government:
        return True
    return actor.is_agency_admin and placement.agency_id in actor.agency_ids


def can_compute(actor) -> bool:
    return actor.is_authenticated and actor.is_hr_admin


def can_configure(actor) -> bool:
    return actor.is_authenticated and actor.is_hr_admin


def can_view_succession(actor) -> bool:
    """The promotion committee (Baperjakat / TPK) works from HR and the leaders."""
    return actor.is_authenticated and (actor.is_hr_admin or actor.is_leader)


def can_manage_succession(actor) -> bool:
    return actor.is_authenticated and actor.is_hr_admin


# ---------------------------------------------------------------- career development


def can_view_study(actor, req) -> bool:
    if not _member(actor, req.instansi_id):
        return False
    return (actor.owns(req.employee_id) or actor.is_hr_admin
            or (actor.is_agency_admin and req.agency_id in actor.agency_ids)
            or is_current_atasan(actor, req.employee))


def can_endorse_study(actor, req) -> bool:
    """Step 1: the atasan langsung of today (holder or Plt/Plh), never on their own request."""
    return req.status == "submitted" and is_current_atasan(actor, req.employee)


def can_decide_study(actor, req) -> bool:
    """Step 2: BKPSDM, after the atasan endorsed; never on their own request."""
    return (req.status == "endorsed" and _member(actor, req.instansi_id) and actor.is_hr_admin
            and not actor.owns(req.employee_id))


def can_record_training(actor, employee) -> bool:
    """HR enters (verified); the employee may declare their own (unverified until HR checks)."""
    return _member(actor, employee.instansi_id) and (actor.is_hr_admin or actor.owns(employee.pk))


def can_verify_training(actor, training) -> bool:
    return _member(actor, training.instansi_id) and actor.is_hr_admin
