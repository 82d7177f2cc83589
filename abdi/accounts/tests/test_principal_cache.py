"""The principal cache saves queries but never serves a stale account, role or device."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role, RoleGrant
from abdi.accounts.services import reset_second_factor
from abdi.accounts.tests.factories import RoleGrantFactory
from abdi.tenancy.scoping import within


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response, len(ctx.captured_queries)


def test_a_warm_request_needs_only_the_session(client, login, world):
    login(world.users.hr_admin)
    client.get("/accounts/tokens/")
    response, queries = _count(client, "/bench/bare-list")
    assert response.status_code == 200
    assert queries == 1  # the session row; user, government, device and roles are cached


def test_a_new_role_applies_on_the_next_request(client, login, world):
    login(world.users.own)
    assert client.get("/audit/").status_code in (403, 404)
    RoleGrantFactory(user=world.users.own, role=Role.HR_ADMIN)
    # Now an admin: the second factor is asked for at once (device set up by the login fixture).
    assert client.get("/audit/").status_code == 200


def test_a_revoked_role_is_gone_on_the_next_request(client, login, world):
    login(world.users.hr_admin)
    assert client.get("/audit/").status_code == 200
    RoleGrant.objects.with_scope(instansi=world.gov.pk).get(user=world.users.hr_admin).delete()
    assert client.get("/audit/").status_code in (403, 404)


def test_a_deactivated_account_is_logged_out_on_the_next_request(client, login, world):
    login(world.users.own)
    assert client.get("/accounts/tokens/").status_code == 200
    world.users.own.is_active = False
    world.users.own.save()
    assert client.get("/accounts/tokens/").status_code == 302


def test_a_reset_authenticator_is_asked_for_again(client, login, world):
    login(world.users.agency_admin)
    assert client.get("/audit/").status_code == 200
    hr_admin = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        reset_second_factor(actor=hr_admin, account=world.users.agency_admin)
    response = client.get("/audit/")
    assert response.status_code == 302
    assert "/accounts/two-factor/" in response["Location"]
