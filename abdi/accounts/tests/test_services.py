"""Account services: each write is checked, audited, and changes nothing when refused."""

import datetime

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from abdi.accounts import services
from abdi.accounts.actor import Actor
from abdi.accounts.models import ApiToken, Role, RoleGrant, User
from abdi.accounts.tests.factories import RoleGrantFactory
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within


def _actor(user):
    return Actor.for_user(user, ip="192.0.2.7")


def _entries():
    with scopes_disabled():
        return list(AuditEntry.objects.order_by("id"))


def test_temporary_passwords_are_long_random_and_unambiguous():
    passwords = {services.temporary_password() for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        assert len(password) == 14
        assert password.count("-") == 2
        assert not set(password) & set("0O1lI")


def test_create_account_for_employee_uses_the_nip_and_forces_a_new_password(world):
    admin = _actor(world.users.hr_admin)
    with within(world.gov):
        account, password = services.create_account(actor=admin, employee=world.peer)
    assert account.username == world.peer.nip
    assert account.instansi_id == world.gov.pk
    assert account.employee_id == world.peer.pk
    assert account.must_change_password
    assert account.check_password(password)
    (entry,) = _entries()
    assert (entry.action, entry.object_type, entry.employee_id, entry.ip) == (
        "create", "accounts.user", world.peer.pk, "192.0.2.7")
    assert password not in str(entry.changes)


def test_second_account_for_the_same_employee_is_a_conflict(world):
    with within(world.gov), pytest.raises(Conflict):
        services.create_account(actor=_actor(world.users.hr_admin), employee=world.own)
    assert _entries() == []


def test_agency_admin_creates_accounts_in_their_agency_only(world):
    actor = _actor(world.users.agency_admin)
    with within(world.gov):
        services.create_account(actor=actor, employee=world.peer)
        with pytest.raises(Forbidden):
            services.create_account(actor=actor, employee=world.other_unit)
    assert not User.objects.filter(employee_id=world.other_unit.pk).exclude(
        pk=world.users.other_unit.pk).exists()


def test_reset_password_sets_a_temporary_password_and_is_audited(world):
    target = world.users.own
    with within(world.gov):
        password = services.reset_password(actor=_actor(world.users.agency_admin), account=target)
    target.refresh_from_db()
    assert target.check_password(password)
    assert target.must_change_password
    assert not target.check_password("rahasia-123")
    (entry,) = _entries()
    assert entry.changes == {"password": ["", "reset by an admin"]}
    assert entry.agency_id == world.agency.pk


def test_agency_admin_cannot_take_over_an_account_that_holds_a_role(world):
    with scopes_disabled():
        RoleGrantFactory(user=world.users.supervisor, role=Role.LEADER)
    target = world.users.supervisor
    actor = _actor(world.users.agency_admin)
    with within(world.gov):
        for call in (
            lambda: services.reset_password(actor=actor, account=target),
            lambda: services.set_account_active(actor=actor, account=target, active=False),
            lambda: services.reset_second_factor(actor=actor, account=target),
        ):
            with pytest.raises(Forbidden):
                call()
    target.refresh_from_db()
    assert target.is_active
    assert target.check_password("rahasia-123")
    assert _entries() == []


@pytest.mark.parametrize("persona", ["hr_admin", "agency_admin"])
def test_nobody_manages_their_own_account_here(world, persona):
    user = getattr(world.users, persona)
    with within(world.gov), pytest.raises(Forbidden):
        services.set_account_active(actor=_actor(user), account=user, active=False)
    user.refresh_from_db()
    assert user.is_active


def test_deactivation_revokes_tokens_and_is_audited(world):
    target = world.users.own
    token, _raw = ApiToken.issue(target, "sync")
    with within(world.gov):
        services.set_account_active(actor=_actor(world.users.hr_admin), account=target, active=False)
    target.refresh_from_db()
    token.refresh_from_db()
    assert not target.is_active
    assert token.revoked
    (entry,) = _entries()
    assert entry.changes == {"is_active": [True, False]}


def test_reset_second_factor_removes_the_device(world):
    target = world.users.supervisor
    TOTPDevice.objects.create(user=target, name="phone", confirmed=True)
    with within(world.gov):
        services.reset_second_factor(actor=_actor(world.users.hr_admin), account=target)
    assert not TOTPDevice.objects.filter(user=target).exists()
    assert len(_entries()) == 1


def test_hr_admin_grants_and_revokes_roles_with_audit(world):
    actor = _actor(world.users.hr_admin)
    with within(world.gov):
        grant = services.grant_role(actor=actor, account=world.users.own, role=Role.AGENCY_ADMIN,
                                    agency=world.agency)
        assert grant.agency_id == world.agency.pk
        leader = services.grant_role(actor=actor, account=world.users.own, role=Role.LEADER,
                                     agency=world.agency)
        assert leader.agency_id is None  # only an agency admin names an agency
        with pytest.raises(Conflict):
            services.grant_role(actor=actor, account=world.users.own, role=Role.LEADER)
        services.revoke_role(actor=actor, grant=grant)
        roles = set(RoleGrant.objects.filter(user=world.users.own).values_list("role", flat=True))
    assert roles == {Role.LEADER}
    actions = [(e.action, e.object_type) for e in _entries()]
    assert actions == [("create", "accounts.rolegrant"), ("create", "accounts.rolegrant"),
                       ("delete", "accounts.rolegrant")]


def test_agency_admin_role_needs_an_agency_of_this_government(world):
    actor = _actor(world.users.hr_admin)
    with within(world.gov):
        with pytest.raises(DomainError):
            services.grant_role(actor=actor, account=world.users.own, role=Role.AGENCY_ADMIN)
        with pytest.raises(DomainError):
            services.grant_role(actor=actor, account=world.users.own, role=Role.AGENCY_ADMIN,
                                agency=world.unit)  # a bidang, not a perangkat daerah
        with pytest.raises(DomainError):
            services.grant_role(actor=actor, account=world.users.own, role=Role.AGENCY_ADMIN,
                                agency=world.other_gov_agency)
        with pytest.raises(DomainError):
            services.grant_role(actor=actor, account=world.users.own, role="superuser")
        assert not RoleGrant.objects.filter(user=world.users.own).exists()


@pytest.mark.parametrize("persona", ["agency_admin", "leader", "own", "supervisor"])
def test_only_hr_admin_grants_roles(world, persona):
    with within(world.gov), pytest.raises(Forbidden):
        services.grant_role(actor=_actor(getattr(world.users, persona)),
                            account=world.users.other_unit, role=Role.HR_ADMIN)
    assert _entries() == []


def test_nobody_grants_or_revokes_their_own_roles(world):
    admin = world.users.hr_admin
    with within(world.gov):
        with pytest.raises(Forbidden):
            services.grant_role(actor=_actor(admin), account=admin, role=Role.LEADER)
        own_grant = RoleGrant.objects.get(user=admin)
        with pytest.raises(Forbidden):
            services.revoke_role(actor=_actor(admin), grant=own_grant)
        assert RoleGrant.objects.filter(user=admin).count() == 1


def test_hr_admin_of_another_government_cannot_touch_this_one(world):
    with scopes_disabled():
        RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    stranger = _actor(world.users.other_gov)
    with within(world.other_gov):
        with pytest.raises(Forbidden):
            services.reset_password(actor=stranger, account=world.users.own)
        with pytest.raises(Forbidden):
            services.grant_role(actor=stranger, account=world.users.own, role=Role.LEADER)
        with pytest.raises(Forbidden):
            services.create_account(actor=stranger, employee=world.peer)


def test_issue_token_returns_the_raw_value_once_and_stores_its_hash(world):
    actor = _actor(world.users.own)
    with within(world.gov):
        token, raw = services.issue_api_token(actor=actor, name="  SIMPEG   sync ")
    assert token.name == "SIMPEG sync"
    assert raw.startswith("abdi_")
    assert raw[5:13] == token.prefix
    stored = ApiToken.objects.get(pk=token.pk)
    assert raw not in (stored.key_hash, stored.prefix)
    assert len(stored.key_hash) == 64
    (entry,) = _entries()
    assert raw not in str(entry.changes)


def test_token_input_is_checked(world):
    actor = _actor(world.users.own)
    with within(world.gov):
        with pytest.raises(DomainError):
            services.issue_api_token(actor=actor, name="   ")
        with pytest.raises(DomainError):
            services.issue_api_token(actor=actor, name="x" * 81)
        with pytest.raises(DomainError):
            services.issue_api_token(actor=actor, name="old",
                                     expires_at=timezone.now() - datetime.timedelta(days=1))
        services.issue_api_token(actor=actor, name="sync")
        with pytest.raises(Conflict):
            services.issue_api_token(actor=actor, name="sync")
    assert ApiToken.objects.filter(user=world.users.own).count() == 1


def test_only_the_owner_revokes_a_token(world):
    token, _raw = ApiToken.issue(world.users.own, "sync")
    with within(world.gov):
        with pytest.raises(Forbidden):
            services.revoke_api_token(actor=_actor(world.users.hr_admin), token=token)
        services.revoke_api_token(actor=_actor(world.users.own), token=token)
    token.refresh_from_db()
    assert token.revoked


def test_operator_tokens_work_without_a_government(world):
    token, raw = services.issue_api_token(actor=_actor(world.users.operator), name="monitoring")
    assert token.user == world.users.operator
    assert raw
    assert _entries() == []  # the audit trail belongs to governments
