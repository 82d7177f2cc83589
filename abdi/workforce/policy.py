"""Who may see and change workload analyses and formation proposals: the one place it is decided.

BKPSDM (HR_ADMIN) does everything; the admin of a perangkat daerah prepares and submits the ABK of
its units; the Pimpinan (LEADER) reads everything; the head of a unit reads the ABK of the units
he leads. Everyone else is answered 404, so that not even the existence of an ABK leaks.
"""

from .choices import AbkStatus, ProposalStatus


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and actor.instansi_id == instansi_id)


def can_open_workforce(actor) -> bool:
    """The ABK pages at all: the roles above and unit heads."""
    return bool(actor.is_authenticated and actor.instansi_id and (
        actor.is_hr_admin or actor.is_leader or actor.is_agency_admin or actor.is_supervisor))


def can_prepare_for(actor, *, instansi_id, agency_id) -> bool:
    """Start an ABK of a unit, edit its tasks, import, submit."""
    return _in_government(actor, instansi_id) and (
        actor.is_hr_admin or (actor.is_agency_admin and agency_id in actor.agency_ids))


def can_prepare_any(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.is_hr_admin or actor.is_agency_admin))


def can_view_abk(actor, abk) -> bool:
    if not _in_government(actor, abk.instansi_id):
        return False
    return (actor.is_hr_admin or actor.is_leader
            or (actor.is_agency_admin and abk.agency_id in actor.agency_ids)
            or actor.leads_unit_path(abk.unit.path))


def can_edit_abk(actor, abk) -> bool:
    return abk.status in (AbkStatus.DRAFT, AbkStatus.RETURNED) and can_prepare_for(
        actor, instansi_id=abk.instansi_id, agency_id=abk.agency_id)


def can_submit_abk(actor, abk) -> bool:
    return can_edit_abk(actor, abk)


def can_review_abk(actor, abk) -> bool:
    """Approve or return: BKPSDM only."""
    return (abk.status == AbkStatus.SUBMITTED and _in_government(actor, abk.instansi_id)
            and actor.is_hr_admin)


def can_revise_abk(actor, abk) -> bool:
    """An approved ABK is frozen; a change starts a new revision."""
    return abk.status == AbkStatus.APPROVED and can_prepare_for(
        actor, instansi_id=abk.instansi_id, agency_id=abk.agency_id)


def can_configure(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)


def can_view_proposal(actor, proposal) -> bool:
    if not _in_government(actor, proposal.instansi_id):
        return False
    return (actor.is_hr_admin or actor.is_leader
            or (actor.is_agency_admin and proposal.agency_id is not None
                and proposal.agency_id in actor.agency_ids))


def can_manage_proposals(actor) -> bool:
    """Draw up and approve the formation proposal: BKPSDM."""
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)


def can_approve_proposal(actor, proposal) -> bool:
    return (proposal.status == ProposalStatus.DRAFT and _in_government(actor, proposal.instansi_id)
            and actor.is_hr_admin)


def can_see_proposals(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.is_hr_admin or actor.is_leader or actor.is_agency_admin))
