"""Who may see and handle discipline cases: the one place these decisions are made.

A case is seen by the employee, the officials above him (the heads of his unit and of the units
above it in his agency, and the Pimpinan acting for the PPK) and HR (BKPSDM, the admin of his
agency). Everyone else is answered 404, so that a case's existence does not leak.
"""


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id == instansi_id)


def can_manage(actor, *, instansi_id, agency_id) -> bool:
    """Record, examine, decide, cancel: BKPSDM, and the admin of the employee's agency."""
    return _in_government(actor, instansi_id) and (
        actor.is_hr_admin or agency_id in actor.agency_ids)


def can_manage_any(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.is_hr_admin or actor.is_agency_admin))


def is_official_over(actor, employee) -> bool:
    """A superior who may impose (§6.4): a head of the unit or of a unit above it, or the PPK."""
    if not _in_government(actor, employee.instansi_id) or actor.owns(employee.pk):
        return False
    return actor.is_leader or actor.leads_unit_path(employee.unit.path)


def can_view_cases_of(actor, employee) -> bool:
    if not _in_government(actor, employee.instansi_id):
        return False
    return (actor.owns(employee.pk) or is_official_over(actor, employee)
            or can_manage(actor, instansi_id=employee.instansi_id, agency_id=employee.agency_id))


def can_view(actor, case) -> bool:
    return can_view_cases_of(actor, case.employee)


def can_edit(actor, case) -> bool:
    return can_manage(actor, instansi_id=case.instansi_id, agency_id=case.agency_id)


def can_view_minutes(actor, case) -> bool:
    """The Berita Acara Pemeriksaan is confidential: HR and the officials, not the employee."""
    return can_edit(actor, case) or is_official_over(actor, case.employee)


def can_see_absence_flags(actor) -> bool:
    return can_manage_any(actor)
