"""Headers that protect every answer: CSP without inline code, no framing, no sniffing."""

import pytest


@pytest.mark.parametrize("path", ["/accounts/login/", "/healthz", "/api/openapi.json",
                                  "/halaman-yang-tidak-ada/"])
def test_every_answer_carries_the_protective_headers(client, db, path):
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_logged_in_pages_carry_them_too(client, login, world):
    login(world.users.hr_admin)
    response = client.get("/accounts/manage/")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_cookies_are_not_readable_by_scripts(client, world):
    response = client.post("/accounts/login/", {"username": world.users.own.username,
                                                "password": "rahasia-123"})
    session = response.cookies["sessionid"]
    assert session["httponly"]
    assert session["samesite"] == "Lax"


def test_pages_have_no_inline_script_or_style(client, login, world):
    login(world.users.hr_admin)
    for path in ("/accounts/login/", "/accounts/manage/", "/accounts/tokens/", "/"):
        body = client.get(path).content.decode()
        assert "<script>" not in body, path
        assert " style=" not in body, path
        assert "onclick=" not in body, path
