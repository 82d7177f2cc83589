"""Account operations: second-factor devices, API tokens, passwords, activation, roles.

Each write is one transaction with its audit entry; permission checks come from policy.py.
"""

import datetime
import secrets

from axes.utils import reset as reset_login_failures
from django.contrib.auth import update_session_auth_hash
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from . import policy, principal_cache
from .models import ApiToken, Role, RoleGrant, User

# No 0/O, 1/l/I: a temporary password is read aloud or copied from a screen.
_TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
TOKEN_NAME_MAX = 80


def pending_totp_device(user) -> TOTPDevice:
    """The unconfirmed device being set up (one per user), created on first need."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Abdi", confirmed=False)
    return device


def confirmed_totp_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@transaction.atomic
def confirm_totp_device(device: TOTPDevice, code: str) -> bool:
    if not device.verify_token(code.strip()):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return True


def temporary_password() -> str:
    """Three groups of four unambiguous characters, e.g. ``kQ7m-x2Rp-9fTa`` (about 70 bits)."""
    return "-".join("".join(secrets.choice(_TEMP_ALPHABET) for _ in range(4)) for _ in range(3))


def _audit_account(actor, account, *, action, before=None, after=None):
    """An audit entry about an account; operators' accounts belong to no government."""
    if account.instansi_id is None:
        return None
    employee = account.employee if account.employee_id else None
    return record(
        actor=actor, action=action, obj=account, before=before, after=after,
        employee_id=account.employee_id,
        unit_id=employee.unit_id if employee else None,
        agency_id=employee.agency_id if employee else None,
    )


def _roles_of(account) -> frozenset:
    return frozenset(
        RoleGrant.objects.with_scope(instansi=account.instansi_id)
        .filter(user=account).values_list("role", flat=True)
    ) if account.instansi_id else frozenset()


# --- own account -------------------------------------------------------------------------


@transaction.atomic
def change_own_password(*, actor, request, form) -> User:
    """Save a valid PasswordChangeForm, keep the session, clear the temporary-password flag."""
    user = form.user
    user.must_change_password = False
    form.save()
    update_session_auth_hash(request, user)
    _audit_account(actor, user, action=AuditEntry.Action.UPDATE,
                   before={"password": ""}, after={"password": "changed by the owner"})
    return user


@transaction.atomic
def issue_api_token(*, actor, name: str, expires_at: datetime.datetime | None = None
                    ) -> tuple[ApiToken, str]:
    """A new token for the actor's own account; the raw value is returned once, never stored."""
    if not policy.can_manage_own_tokens(actor):
        raise Forbidden(_("You may not create API tokens."))
    name = " ".join((name or "").split())
    if not name:
        raise DomainError(_("Give the token a name, e.g. the system that will use it."),
                          field="name")
    if len(name) > TOKEN_NAME_MAX:
        raise DomainError(_("The name is too long (at most %(max)d characters).")
                          % {"max": TOKEN_NAME_MAX}, field="name")
    if expires_at is not None and expires_at <= timezone.now():
        raise DomainError(_("The expiry date must be in the future."), field="expires_at")
    user = actor.user
    if ApiToken.objects.filter(user=user, name=name, revoked=False).exists():
        raise Conflict(_("You already have an active token with this name."), field="name")
    token, raw = ApiToken.issue(user, name, expires_at=expires_at)
    _audit_account(actor, user, action=AuditEntry.Action.UPDATE,
                   before={"api_token": None}, after={"api_token": f"issued {token}"})
    return token, raw


@transaction.atomic
def revoke_api_token(*, actor, token: ApiToken) -> ApiToken:
    if actor.user is None or token.user_id != actor.user.pk:
        raise Forbidden(_("You may only revoke your own tokens."))
    locked = ApiToken.objects.select_for_update().get(pk=token.pk)
    if locked.revoked:
        return locked
    locked.revoked = True
    locked.save(update_fields=["revoked"])
    _audit_account(actor, actor.user, action=AuditEntry.Action.UPDATE,
                   before={"api_token": f"active {locked}"}, after={"api_token": f"revoked {locked}"})
    return locked


# --- accounts of others (admins) ---------------------------------------------------------


@transaction.atomic
def create_account(*, actor, employee) -> tuple[User, str]:
    """An account for an employee, username = NIP, with a temporary password shown once."""
    if not policy.can_create_account(actor, employee):
        raise Forbidden(_("You may not create an account for this employee."))
    if User.objects.filter(employee_id=employee.pk).exists():
        raise Conflict(_("This employee already has an account."), field="nip")
    username = employee.nip.strip().lower()
    if User.objects.filter(username=username).exists():
        raise Conflict(_("An account with this NIP as username already exists."), field="nip")
    password = temporary_password()
    try:
        with transaction.atomic():
            account = User.objects.create_user(
                username, password, instansi_id=employee.instansi_id, employee=employee,
                display_name=employee.full_name[:150], email=employee.email or "",
                must_change_password=True,
            )
    except IntegrityError as exc:
        raise Conflict(_("This employee already has an account."), field="nip") from exc
    _audit_account(actor, account, action=AuditEntry.Action.CREATE,
                   after={"username": account.username, "is_active": True})
    return account, password


def _check_manageable(actor, account) -> None:
    if not policy.can_manage_account(actor, account, account_roles=_roles_of(account)):
        raise Forbidden(_("You may not manage this account."))


@transaction.atomic
def reset_password(*, actor, account: User) -> str:
    """A new temporary password; the owner must replace it at the next login.

    Changing the password also ends the owner's open sessions (their session hash no longer
    matches) and lifts a lock-out of the username.
    """
    _check_manageable(actor, account)
    password = temporary_password()
    locked = User.objects.select_for_update().get(pk=account.pk)
    locked.set_password(password)
    locked.must_change_password = True
    locked.save(update_fields=["password", "must_change_password"])
    # The lock-out page tells a locked-out user to ask for a reset: it must let them in.
    transaction.on_commit(lambda: reset_login_failures(username=locked.username))
    _audit_account(actor, locked, action=AuditEntry.Action.UPDATE,
                   before={"password": ""}, after={"password": "reset by an admin"})
    return password


@transaction.atomic
def set_account_active(*, actor, account: User, active: bool) -> User:
    _check_manageable(actor, account)
    locked = User.objects.select_for_update().get(pk=account.pk)
    if locked.is_active == active:
        return locked
    locked.is_active = active
    locked.save(update_fields=["is_active"])
    if not active:
        # A deactivated account's integrations stop too.
        live = ApiToken.objects.filter(user=locked, revoked=False)
        hashes = list(live.values_list("key_hash", flat=True))
        live.update(revoked=True)
        principal_cache.forget_tokens(hashes)
    _audit_account(actor, locked, action=AuditEntry.Action.UPDATE,
                   before={"is_active": not active}, after={"is_active": active})
    return locked


@transaction.atomic
def reset_second_factor(*, actor, account: User) -> User:
    """Remove the account's authenticator (a lost phone): it sets up a new one at next login."""
    _check_manageable(actor, account)
    devices = TOTPDevice.objects.filter(user=account)
    principal_cache.forget(account.pk, [device.persistent_id for device in devices])
    removed, _count = devices.delete()
    if removed:
        _audit_account(actor, account, action=AuditEntry.Action.UPDATE,
                       before={"second_factor": "set up"}, after={"second_factor": "reset"})
    return account


def _audit_grant(actor, grant, *, action, before=None, after=None):
    account = grant.user
    employee = account.employee if account.employee_id else None
    return record(
        actor=actor, action=action, obj=grant, before=before, after=after,
        employee_id=account.employee_id,
        unit_id=employee.unit_id if employee else None,
        agency_id=grant.agency_id or (employee.agency_id if employee else None),
    )


def _grant_values(grant) -> dict:
    return {"user": grant.user.username, "role": grant.role, "agency": grant.agency_id}


@transaction.atomic
def grant_role(*, actor, account: User, role: str, agency=None) -> RoleGrant:
    """Give a role; an agency admin names the perangkat daerah they will manage."""
    if not policy.can_edit_roles(actor, account):
        raise Forbidden(_("You may not change the roles of this account."))
    if role not in policy.grantable_roles(actor):
        raise DomainError(_("Unknown role."), field="role")
    if role == Role.AGENCY_ADMIN:
        if agency is None:
            raise DomainError(_("Choose the perangkat daerah this admin will manage."),
                              field="agency")
        if agency.instansi_id != account.instansi_id or agency.parent_id is not None:
            raise DomainError(_("Choose a perangkat daerah of this government."), field="agency")
    else:
        agency = None
    if not account.is_active:
        raise DomainError(_("Activate the account before granting it a role."))
    exists = RoleGrant.objects.filter(user=account, role=role, agency=agency).exists()
    if exists:
        raise Conflict(_("The account already has this role."), field="role")
    grant = RoleGrant(instansi_id=account.instansi_id, user=account, role=role, agency=agency)
    try:
        with transaction.atomic():
            grant.save()
    except IntegrityError as exc:
        raise Conflict(_("The account already has this role."), field="role") from exc
    _audit_grant(actor, grant, action=AuditEntry.Action.CREATE, after=_grant_values(grant))
    return grant


@transaction.atomic
def revoke_role(*, actor, grant: RoleGrant) -> None:
    account = grant.user
    if not policy.can_edit_roles(actor, account):
        raise Forbidden(_("You may not change the roles of this account."))
    before = _grant_values(grant)
    _audit_grant(actor, grant, action=AuditEntry.Action.DELETE, before=before)
    grant.delete()
