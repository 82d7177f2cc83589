"""Who may do what with public consultation forums: the one place these decisions are made.

BKPSDM (HR admin) runs every forum of the government; an agency admin runs the forums of his
perangkat daerah; the pimpinan (leader) reads every forum but changes nothing and sees no
registrant's personal data. Anyone else of the government sees nothing of the back office.
"""


def _member(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id is not None
                and actor.instansi_id == instansi_id)


def can_use_back_office(actor) -> bool:
    return actor.is_authenticated and (actor.is_hr_admin or actor.is_agency_admin
                                       or actor.is_leader)


def can_create_forum(actor, instansi_id) -> bool:
    return _member(actor, instansi_id) and (actor.is_hr_admin or actor.is_agency_admin)


def may_organise_for(actor, agency_id) -> bool:
    """The agency a forum is organised by: any for BKPSDM, his own for an agency admin."""
    return actor.is_hr_admin or (actor.is_agency_admin and agency_id in actor.agency_ids)


def can_manage_forum(actor, forum) -> bool:
    return _member(actor, forum.instansi_id) and may_organise_for(actor, forum.agency_id)


def can_view_forum(actor, forum) -> bool:
    return can_manage_forum(actor, forum) or (_member(actor, forum.instansi_id)
                                              and actor.is_leader)


def can_view_registrants(actor, forum) -> bool:
    """Names and contacts of registrants: the organising agency's admins and BKPSDM only."""
    return can_manage_forum(actor, forum)
