"""Who may change the organisation. One place; views and API ask here."""


def can_view_org(actor) -> bool:
    return actor.is_authenticated and actor.instansi_id is not None


def can_manage_units(actor, agency_id: int | None) -> bool:
    """BKPSDM shapes the whole tree; an agency admin only inside their own agency."""
    if actor.is_hr_admin:
        return True
    return actor.is_agency_admin and agency_id is not None and agency_id in actor.agency_ids


def can_create_agency(actor) -> bool:
    return actor.is_hr_admin


def can_assign_acting(actor, agency_id: int | None) -> bool:
    return can_manage_units(actor, agency_id)


def can_edit_unit(actor, unit) -> bool:
    """A perangkat daerah itself is BKPSDM's to change; its units also its own admin's."""
    if unit.parent_id is None:
        return can_create_agency(actor)
    return can_manage_units(actor, unit.agency_id)


def can_manage_some_units(actor) -> bool:
    """Whether the organisation admin pages are open to the actor at all."""
    return can_create_agency(actor) or any(can_manage_units(actor, a) for a in actor.agency_ids)
