"""Who may manage which account and grant roles, as a table."""

import pytest
from django_scopes import scopes_disabled

from abdi.accounts import policy
from abdi.accounts.actor import Actor
from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory

Y, N = True, False

# actor persona -> (view own-agency employee account, manage it, manage an account that holds
# a role, manage own account, edit roles of an employee account, edit own roles,
# view an account of another government)
MATRIX = {
    "hr_admin":     (Y, Y, Y, N, Y, N, N),
    "agency_admin": (Y, Y, N, N, N, N, N),
    "leader":       (N, N, N, N, N, N, N),
    "supervisor":   (N, N, N, N, N, N, N),
    "own":          (N, N, N, N, N, N, N),
    "other_gov":    (N, N, N, N, N, N, N),
    "operator":     (N, N, N, N, N, N, N),
}


@pytest.mark.parametrize(("persona", "expected"), MATRIX.items(), ids=list(MATRIX))
def test_account_policy_matrix(world, persona, expected):
    with scopes_disabled():
        RoleGrantFactory(user=world.users.supervisor, role=Role.LEADER)
        actor = Actor.for_user(getattr(world.users, persona))
        target = world.users.own  # an employee of Dinas Pendidikan without a role
        role_holder = world.users.supervisor
        me = getattr(world.users, persona)
        got = (
            policy.can_view_account(actor, target),
            policy.can_manage_account(actor, target, account_roles=frozenset()),
            policy.can_manage_account(actor, role_holder, account_roles=frozenset({Role.LEADER})),
            policy.can_manage_account(actor, me, account_roles=actor.roles),
            policy.can_edit_roles(actor, target),
            policy.can_edit_roles(actor, me),
            policy.can_view_account(actor, world.users.other_gov),
        )
    assert got == expected


def test_agency_admin_sees_no_account_outside_their_agency(world):
    with scopes_disabled():
        actor = Actor.for_user(world.users.agency_admin)
        assert policy.can_view_account(actor, world.users.supervisor)
        assert not policy.can_view_account(actor, world.users.other_unit)  # Dinas Kesehatan
        assert not policy.can_view_account(actor, world.users.leader)  # no employee at all
        assert not policy.can_create_account(actor, world.other_unit)
        assert policy.can_create_account(actor, world.peer)


def test_only_hr_admin_has_roles_to_grant(world):
    with scopes_disabled():
        assert policy.grantable_roles(Actor.for_user(world.users.hr_admin)) == policy.GRANTABLE_ROLES
        assert policy.grantable_roles(Actor.for_user(world.users.agency_admin)) == ()


def test_nobody_creates_an_account_in_another_government(world):
    with scopes_disabled():
        actor = Actor.for_user(world.users.hr_admin)
        assert not policy.can_create_account(actor, world.other_gov_employee)
        assert not policy.can_create_account(Actor.for_user(world.users.operator), world.own)
