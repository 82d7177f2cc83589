"""Who may do what with allowances: the one place these decisions are made."""


def can_manage_rules(actor, instansi_id) -> bool:
    """The TPP rules, the calendar: the BKPSDM admin of that government."""
    return bool(actor.is_authenticated and actor.is_hr_admin and actor.instansi_id == instansi_id)


def can_view_rules(actor, instansi_id) -> bool:
    """Every member of the government may read the rules their TPP is computed by."""
    return bool(actor.is_authenticated and actor.instansi_id == instansi_id)


def can_run_payroll(actor, instansi_id) -> bool:
    """The monthly TPP run, its review and its lock: the BKPSDM admin."""
    return can_manage_rules(actor, instansi_id)


def can_view_slip(actor, slip) -> bool:
    """A TPP slip: its employee, the BKPSDM admin, and the admin of the employee's agency."""
    if not actor.is_authenticated or actor.instansi_id != slip.instansi_id:
        return False
    return actor.owns(slip.employee_id) or actor.is_hr_admin or slip.agency_id in actor.agency_ids
