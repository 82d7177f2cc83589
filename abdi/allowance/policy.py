"""Who may do what with allowances: the one place these decisions are made."""


def can_manage_rules(actor, instansi_id) -> bool:
    """The TPP rules, the calendar: the BKPSDM admin of that government."""
    return bool(actor.is_authenticated and actor.is_hr_admin and actor.instansi_id == instansi_id)


def can_view_rules(actor, instansi_id) -> bool:
    """Every member of the government may read the rules their TPP is computed by."""
    return bool(actor.is_authenticated and actor.instansi_id == instansi_id)
