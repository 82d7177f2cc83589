"""Who may do what with SKPs, daily activities and feedback. The one place it is decided.

The atasan is whoever leads the employee today (the head of their unit, or the Plt/Plh acting
for them), read from the structure at the moment of the act: a supervisor who moved away
loses the right the same day. Nobody approves, validates or rates their own work.
"""

from django.utils import timezone

from abdi.org.queries import supervisor_of
from abdi.people import policy as people_policy

from .rules.workflow import SKP_ACTION_BY_APPRAISER, SKP_ACTION_BY_OWNER, SKP_EDITABLE, SkpAction


def current_atasan_id(employee) -> int | None:
    """The atasan langsung of the employee on the government's today (incl. Plt/Plh)."""
    leader = supervisor_of(employee, on=timezone.localdate())
    return leader.pk if leader is not None else None


def is_current_atasan(actor, employee) -> bool:
    if not actor.employee_id or actor.owns(employee.pk) or actor.instansi_id != employee.instansi_id:
        return False
    return current_atasan_id(employee) == actor.employee_id


def can_view_skp(actor, skp) -> bool:
    if not actor.is_authenticated or actor.instansi_id != skp.instansi_id:
        return False
    if actor.employee_id is not None and actor.employee_id == skp.appraiser_id:
        return True
    return people_policy.can_view_employee(actor, skp.employee)


def can_create_skp(actor, employee) -> bool:
    """The employee plans their own; an admin in charge of them may fan a template out."""
    if not actor.is_authenticated or actor.instansi_id != employee.instansi_id:
        return False
    return actor.owns(employee.pk) or actor.is_hr_admin or employee.agency_id in actor.agency_ids


def can_edit_skp(actor, skp) -> bool:
    """Only the owner changes the plan, and only while it is a draft or returned."""
    return can_view_skp(actor, skp) and actor.owns(skp.employee_id) and skp.status in SKP_EDITABLE


def can_move_skp(actor, skp, action: SkpAction | str) -> bool:
    action = SkpAction(action)
    if not can_view_skp(actor, skp):
        return False
    if action in SKP_ACTION_BY_OWNER:
        return actor.owns(skp.employee_id)
    if action in SKP_ACTION_BY_APPRAISER:
        return is_current_atasan(actor, skp.employee)
    return False


def can_set_expectations(actor, skp) -> bool:
    """Ekspektasi khusus pimpinan: the atasan writes them before approving."""
    return skp.status in SKP_EDITABLE | {"submitted"} and is_current_atasan(actor, skp.employee)


def can_give_feedback(actor, skp) -> bool:
    return is_current_atasan(actor, skp.employee)


def can_report_activity(actor, skp) -> bool:
    return actor.is_authenticated and actor.owns(skp.employee_id) and skp.was_approved


def can_report_outcome(actor, skp) -> bool:
    return can_report_activity(actor, skp)


def can_view_activity(actor, activity) -> bool:
    return can_view_skp(actor, activity.skp)


def can_validate_activity(actor, activity) -> bool:
    return is_current_atasan(actor, activity.employee)


def can_see_validation_queue(actor) -> bool:
    return actor.is_authenticated and actor.employee_id is not None and actor.is_supervisor


# ---------------------------------------------------------------- appraisal


def can_view_appraisal(actor, appraisal) -> bool:
    return can_view_skp(actor, appraisal.skp)


def can_see_rating(actor, appraisal) -> bool:
    """The employee sees their ratings only once final; the penilai and admins before."""
    if not can_view_appraisal(actor, appraisal):
        return False
    if actor.owns(appraisal.employee_id):
        return appraisal.status == "final"
    return True


def can_self_assess(actor, appraisal) -> bool:
    return actor.owns(appraisal.employee_id) and appraisal.status != "final"


def can_give_peer_input(actor, appraisal, *, author_unit_id: int | None) -> bool:
    """Colleagues of the same unit give input on behaviour; never on themselves."""
    return (actor.is_authenticated and actor.employee_id is not None
            and not actor.owns(appraisal.employee_id) and appraisal.status != "final"
            and actor.instansi_id == appraisal.instansi_id
            and author_unit_id is not None and author_unit_id == appraisal.skp.unit_id
            # The atasan rates; their view is the rating, not a peer's input.
            and not is_current_atasan(actor, appraisal.employee))


def can_rate(actor, appraisal) -> bool:
    return appraisal.status != "final" and is_current_atasan(actor, appraisal.employee)


def can_finalise_unit(actor, *, leader_id: int | None) -> bool:
    """The unit's leader of the day (holder or Plt/Plh) signs the unit's predikat final."""
    return actor.employee_id is not None and leader_id == actor.employee_id


def can_set_unit_predikat(actor, *, parent_leader_id: int | None) -> bool:
    """SE MenPANRB 3/2023 step 1: the head one level up fixes it; BKPSDM may record it."""
    return actor.is_hr_admin or (actor.employee_id is not None
                                 and parent_leader_id == actor.employee_id)


def can_object(actor, appraisal) -> bool:
    return actor.owns(appraisal.employee_id) and appraisal.status == "final"


def can_decide_objection(actor, objection) -> bool:
    return actor.employee_id is not None and objection.reviewer_id == actor.employee_id


def can_coach(actor, plan) -> bool:
    return is_current_atasan(actor, plan.employee)


def can_record_dialog(actor, skp) -> bool:
    return actor.owns(skp.employee_id) or is_current_atasan(actor, skp.employee)


# ---------------------------------------------------------------- templates


def can_manage_templates(actor) -> bool:
    """SKP templates per jabatan: the admins, and unit heads for their own staff."""
    return (actor.is_authenticated and actor.instansi_id is not None
            and (actor.is_hr_admin or actor.is_agency_admin or actor.is_supervisor))


def can_delete_template(actor, template) -> bool:
    return can_manage_templates(actor) and (
        actor.is_hr_admin or (actor.user is not None and template.created_by_id == actor.user.pk))
