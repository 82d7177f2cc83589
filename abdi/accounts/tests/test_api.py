"""The account API: who am I, and managing one's own API tokens."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from abdi.accounts.models import ApiToken, hash_token
from abdi.conftest import log_in


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def create_token(client, **body):
    return client.post("/api/tokens", data=json.dumps({"name": "SIASN sync"} | body),
                       content_type="application/json")


@pytest.mark.parametrize(
    ("persona", "roles", "has_instansi"),
    [("own", [], True), ("agency_admin", ["agency_admin"], True), ("leader", ["leader"], True),
     ("operator", [], False)],
)
def test_me_describes_the_caller(client, world, persona, roles, has_instansi):
    user = getattr(world.users, persona)
    log_in(client, user)
    data = client.get("/api/me").json()
    assert data["id"] == user.pk
    assert data["roles"] == roles
    assert (data["instansi"] is not None) is has_instansi
    assert data["authenticated_by"] == "session"


def test_me_by_token(world):
    _, raw = ApiToken.issue(world.users.own, "x")
    data = Client().get("/api/me", **bearer(raw)).json()
    assert data["employee_id"] == world.own.pk
    assert data["authenticated_by"] == "token"


def test_me_needs_authentication():
    response = Client().get("/api/me")
    assert response.status_code == 401
    assert response.json()["detail"]


def test_a_token_is_shown_once_and_stored_only_as_a_hash(client, world):
    log_in(client, world.users.own)
    response = create_token(client)
    assert response.status_code == 201
    raw = response.json()["token"]
    assert raw.startswith("abdi_")
    token = ApiToken.objects.get(pk=response.json()["id"])
    assert token.key_hash == hash_token(raw)
    assert raw not in token.key_hash
    listed = client.get("/api/tokens").json()
    assert [t["id"] for t in listed] == [token.pk]
    assert "token" not in listed[0]
    # The new token works on its own, without the session.
    assert Client().get("/api/employees", **bearer(raw)).status_code == 200


def test_an_operator_may_manage_tokens(client, world):
    log_in(client, world.users.operator)
    assert create_token(client).status_code == 201
    assert len(client.get("/api/tokens").json()) == 1


def test_a_token_cannot_mint_tokens(world):
    _, raw = ApiToken.issue(world.users.hr_admin, "integration")
    response = Client().post("/api/tokens", data=json.dumps({"name": "more"}),
                             content_type="application/json", **bearer(raw))
    assert response.status_code == 403
    assert ApiToken.objects.filter(user=world.users.hr_admin).count() == 1


def test_creating_a_token_in_a_session_needs_the_csrf_token(world):
    client = log_in(Client(enforce_csrf_checks=True), world.users.own)
    assert create_token(client).status_code == 403
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [({"name": ""}, "name"), ({"name": "x" * 81}, "name"),
     ({"expires_at": "2000-01-01T00:00:00Z"}, "expires_at"), ({"expires_at": "besok"}, "expires_at"),
     ({"scope": "all"}, "scope")],
)
def test_bad_token_requests_name_the_field(client, world, body, field):
    log_in(client, world.users.own)
    response = create_token(client, **body)
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert not ApiToken.objects.exists()


def test_a_second_active_token_with_the_same_name_is_a_conflict(client, world):
    log_in(client, world.users.own)
    assert create_token(client).status_code == 201
    assert create_token(client).status_code == 409


def test_an_expiring_token_stops_working(client, world, monkeypatch):
    log_in(client, world.users.own)
    expires = timezone.now() + datetime.timedelta(days=1)
    raw = create_token(client, expires_at=expires.isoformat()).json()["token"]
    assert Client().get("/api/me", **bearer(raw)).status_code == 200
    # A day later (the token, cached by then, carries its expiry with it).
    later = expires + datetime.timedelta(seconds=1)
    monkeypatch.setattr("abdi.accounts.middleware.timezone.now", lambda: later)
    assert Client().get("/api/me", **bearer(raw)).status_code == 401


def test_a_token_revoked_by_deactivating_its_account_stops_at_once(client, world):
    log_in(client, world.users.own)
    raw = create_token(client).json()["token"]
    assert Client().get("/api/me", **bearer(raw)).status_code == 200  # now cached
    from abdi.accounts import services
    from abdi.accounts.actor import Actor

    services.set_account_active(actor=Actor.for_user(world.users.hr_admin),
                                account=world.users.own, active=False)
    assert Client().get("/api/me", **bearer(raw)).status_code == 401


def test_a_revoked_token_gets_401(client, world):
    log_in(client, world.users.own)
    created = create_token(client).json()
    response = client.delete(f"/api/tokens/{created['id']}")
    assert response.status_code == 204
    assert Client().get("/api/me", **bearer(created["token"])).status_code == 401
    assert client.get("/api/tokens").json()[0]["revoked"] is True


def test_a_token_may_revoke_itself(world):
    token, raw = ApiToken.issue(world.users.own, "leaked")
    client = Client()
    assert client.delete(f"/api/tokens/{token.pk}", **bearer(raw)).status_code == 204
    assert client.get("/api/me", **bearer(raw)).status_code == 401


def test_nobody_revokes_a_token_of_someone_else(client, world):
    token, _ = ApiToken.issue(world.users.supervisor, "mine")
    log_in(client, world.users.hr_admin)
    assert client.delete(f"/api/tokens/{token.pk}").status_code == 404
    token.refresh_from_db()
    assert token.revoked is False
