"""Who may see and edit SKM results: the one place these decisions are made.

BKPSDM (HR_ADMIN) and the Pimpinan (LEADER) see every unit; an agency admin the units of their
perangkat daerah; a unit head their unit and the units below it. Everyone else gets 404.
"""


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id == instansi_id)


def can_view_overview(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and (
        actor.sees_whole_government or actor.is_agency_admin or actor.is_supervisor))


def can_view_unit(actor, unit) -> bool:
    if not _in_government(actor, unit.instansi_id):
        return False
    return (actor.sees_whole_government or unit.agency_id in actor.agency_ids
            or actor.leads_unit_path(unit.path))


def can_edit_unit(actor, unit) -> bool:
    """N and the rencana tindak lanjut: the unit's admins (BKPSDM, its agency's admin, its head);
    the Pimpinan reads only."""
    if not _in_government(actor, unit.instansi_id):
        return False
    return actor.is_hr_admin or unit.agency_id in actor.agency_ids or actor.leads_unit_path(unit.path)


def can_manage_settings(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)
