"""Who manages a unit's services (jenis layanan) and counters (loket): BKPSDM for every unit, an
agency admin for the units of their perangkat daerah. Everyone else is answered 404."""


def can_manage_any(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.is_hr_admin or actor.is_agency_admin))


def can_manage_unit(actor, unit) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id == unit.instansi_id
                and (actor.is_hr_admin or unit.agency_id in actor.agency_ids))
