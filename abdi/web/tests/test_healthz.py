"""GET /healthz: 200 JSON when the database answers, 503 when it does not; no login needed."""

from unittest import mock

from django.db import OperationalError


def test_healthz_says_the_database_is_reachable(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_get_only(client, db):
    assert client.post("/healthz").status_code == 405


def test_healthz_answers_503_when_the_database_is_down(client, db):
    with mock.patch("abdi.web.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unreachable"}


def test_healthz_needs_no_login_even_for_an_unverified_admin(client, world):
    client.post("/accounts/login/", {"username": world.users.hr_admin.username,
                                     "password": "rahasia-123"})
    assert client.get("/healthz").status_code == 200
