"""Who may manage accounts and roles. The one place these decisions are made.

BKPSDM (hr_admin) manages every account of its government and grants roles; an agency
admin manages the accounts of employees of their own perangkat daerah that hold no role,
and grants nothing. Nobody manages their own account or roles here (they have their own
pages), so no one can raise their own rights.
"""

from .models import Role

# Roles an HR admin may grant; agency_admin must name the perangkat daerah.
GRANTABLE_ROLES = (Role.AGENCY_ADMIN, Role.HR_ADMIN, Role.LEADER)


def _same_government(actor, account) -> bool:
    return (
        actor.is_authenticated
        and actor.instansi_id is not None
        and account.instansi_id == actor.instansi_id
        and not account.is_operator
    )


def _is_self(actor, account) -> bool:
    return actor.user is not None and account.pk == actor.user.pk


def _employee_agency_id(account) -> int | None:
    employee = account.employee if account.employee_id else None
    return employee.agency_id if employee is not None else None


def can_manage_accounts(actor) -> bool:
    """Whether the account pages for admins are open to the actor at all."""
    return actor.is_authenticated and actor.instansi_id is not None and (
        actor.is_hr_admin or actor.is_agency_admin
    )


def can_view_account(actor, account) -> bool:
    if not can_manage_accounts(actor) or not _same_government(actor, account):
        return False
    if actor.is_hr_admin:
        return True
    return _employee_agency_id(account) in actor.agency_ids


def can_manage_account(actor, account, *, account_roles=()) -> bool:
    """Reset the password, (de)activate, reset the second factor of someone else's account.

    An agency admin may not touch an account that holds a role: that would let them take
    over an account with more rights than their own.
    """
    if not can_view_account(actor, account) or _is_self(actor, account):
        return False
    if actor.is_hr_admin:
        return True
    return not account_roles


def can_create_account(actor, employee) -> bool:
    """An account for an employee (username = NIP): BKPSDM, or the employee's agency admin."""
    if not can_manage_accounts(actor) or employee.instansi_id != actor.instansi_id:
        return False
    return actor.is_hr_admin or employee.agency_id in actor.agency_ids


def can_edit_roles(actor, account) -> bool:
    """Grant or revoke roles: BKPSDM only, never on their own account."""
    return (
        actor.is_hr_admin
        and _same_government(actor, account)
        and not _is_self(actor, account)
    )


def grantable_roles(actor) -> tuple:
    return GRANTABLE_ROLES if actor.is_hr_admin else ()


def can_manage_own_tokens(actor) -> bool:
    return actor.is_authenticated
