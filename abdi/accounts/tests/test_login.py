"""Logging in: lock-out (django-axes), the TOTP second factor, logout, `next`, session expiry."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.sessions.models import Session
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory

PASSWORD = "rahasia-123"
LOGIN = "/accounts/login/"
TWO_FACTOR = "/accounts/two-factor/"


def _post_login(client, username, password=PASSWORD, ip="10.0.0.1", **extra):
    return client.post(LOGIN, {"username": username, "password": password, **extra},
                       REMOTE_ADDR=ip)


def _code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


# --- password and lock-out ---------------------------------------------------------------


def test_login_by_nip_ignores_spaces_and_goes_to_next(client, world):
    nip = world.users.own.username
    spaced = f"{nip[:8]} {nip[8:14]} {nip[14:]}"
    response = _post_login(client, spaced, next="/pegawai/")
    assert response.status_code == 302
    assert response["Location"] == "/pegawai/"


def test_wrong_password_says_so_without_telling_which_part(client, world):
    response = _post_login(client, world.users.own.username, "salah-sekali")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    unknown = _post_login(client, "199001012015031999", "salah-sekali")
    # The same message for an unknown NIP and a wrong password: no account enumeration.
    assert response.context["form"].non_field_errors() == unknown.context["form"].non_field_errors()


def test_inactive_account_cannot_log_in(client, world):
    user = world.users.own
    user.is_active = False
    user.save()
    response = _post_login(client, user.username)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_account_of_a_deactivated_government_cannot_log_in(client, world):
    world.gov.is_active = False
    world.gov.save()
    _post_login(client, world.users.own.username)
    assert "_auth_user_id" not in client.session


def test_five_failures_lock_the_username_from_that_address_for_15_minutes(client, world):
    nip = world.users.own.username
    answers = [_post_login(client, nip, "salah").status_code for _ in range(5)]
    assert answers == [200, 200, 200, 200, 429]
    locked = _post_login(client, nip)  # even the right password is refused while locked
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    body = locked.content.decode()
    assert 'class="card narrow"' in body
    assert "15" in body

    # Another address is not locked (per username + address), nor another username.
    assert _post_login(client, nip, ip="10.0.0.2").status_code == 302
    client.logout()
    assert _post_login(client, world.users.other_unit.username).status_code == 302
    client.logout()

    # After the cool-off the right password works again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert _post_login(client, nip).status_code == 302


def test_lock_out_counts_spelling_variants_of_one_username_together(client, world):
    user = world.users.agency_admin  # e-mail username: case and spaces must not multiply tries
    variants = [user.username.upper(), f" {user.username}", user.username.title(),
                f"{user.username} ", user.username]
    answers = [_post_login(client, v, "salah").status_code for v in variants]
    assert answers[-1] == 429
    assert _post_login(client, user.username.upper()).status_code == 429


def test_success_resets_the_failure_count(client, world):
    nip = world.users.own.username
    for _ in range(4):
        _post_login(client, nip, "salah")
    assert _post_login(client, nip).status_code == 302
    client.logout()
    for _ in range(4):
        assert _post_login(client, nip, "salah").status_code == 200


# --- `next` and logout -------------------------------------------------------------------


@pytest.mark.parametrize("target", [
    "https://evil.example/", "//evil.example/x", "http://evil.example", "/\\evil.example",
    "javascript:alert(1)", "https:evil.example",
])
def test_login_never_redirects_off_site(client, world, target):
    response = _post_login(client, world.users.own.username, next=target)
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_logout_is_post_only(client, login, world):
    login(world.users.own)
    assert client.get("/accounts/logout/").status_code == 405
    assert "_auth_user_id" in client.session
    response = client.post("/accounts/logout/", {"next": "https://evil.example/"})
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert "_auth_user_id" not in client.session


def test_anonymous_pages_redirect_to_login_with_next(client, db):
    response = client.get("/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN}?next=")


def test_session_expires_after_session_cookie_age(client, login, world, settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    login(world.users.own)
    assert client.get("/accounts/tokens/").status_code == 200
    session = Session.objects.get(session_key=client.session.session_key)
    assert session.expire_date <= timezone.now() + datetime.timedelta(seconds=8 * 3600 + 5)
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


# --- second factor -----------------------------------------------------------------------


def test_admin_without_device_sets_one_up_then_reaches_the_page(client, world, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # a wrong code then the right one in the same second
    admin = world.users.hr_admin
    assert _post_login(client, admin.username).status_code == 302
    response = client.get("/accounts/manage/?q=a&page=1")
    assert response.status_code == 302
    assert response["Location"] == f"{TWO_FACTOR}?next=%2Faccounts%2Fmanage%2F%3Fq%3Da%26page%3D1"

    page = client.get(response["Location"])
    assert page.status_code == 200
    body = page.content.decode()
    assert 'src="data:image/svg+xml' in body
    assert 'data-testid="totp-secret"' in body
    device = TOTPDevice.objects.get(user=admin, confirmed=False)

    wrong = client.post(TWO_FACTOR, {"code": "000000", "next": "/accounts/manage/"})
    assert wrong.status_code == 400
    assert wrong.context["form"].errors["code"]
    not_digits = client.post(TWO_FACTOR, {"code": "abc"})
    assert not_digits.status_code == 400

    right = client.post(TWO_FACTOR, {"code": _code(device), "next": "/accounts/manage/?q=a"})
    assert right.status_code == 302
    assert right["Location"] == "/accounts/manage/?q=a"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/accounts/manage/").status_code == 200


def test_admin_with_device_enters_a_code_and_a_bad_one_is_400(client, world, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    admin = world.users.agency_admin
    device = TOTPDevice.objects.create(user=admin, name="phone", confirmed=True)
    _post_login(client, admin.username)
    page = client.get(TWO_FACTOR)
    assert page.status_code == 200
    assert not page.context["setting_up"]
    assert "qr_svg" not in page.context  # the secret of a confirmed device is never shown again
    assert client.post(TWO_FACTOR, {"code": "123456"}).status_code == 400
    response = client.post(TWO_FACTOR, {"code": _code(device), "next": "https://evil.example/"})
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_second_factor_throttles_guessing(client, world):
    admin = world.users.hr_admin
    device = TOTPDevice.objects.create(user=admin, name="phone", confirmed=True)
    _post_login(client, admin.username)
    assert client.post(TWO_FACTOR, {"code": "000000"}).status_code == 400
    # Right after a wrong guess even the right code is refused (django-otp throttling).
    assert client.post(TWO_FACTOR, {"code": _code(device)}).status_code == 400


def test_a_code_cannot_be_replayed(client, world, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    admin = world.users.hr_admin
    device = TOTPDevice.objects.create(user=admin, name="phone", confirmed=True)
    code = _code(device)
    _post_login(client, admin.username)
    assert client.post(TWO_FACTOR, {"code": code}).status_code == 302
    client.post("/accounts/logout/")
    _post_login(client, admin.username)
    assert client.post(TWO_FACTOR, {"code": code}).status_code == 400


@pytest.mark.parametrize("persona", ["own", "supervisor", "leader"])
def test_people_without_admin_roles_need_no_second_factor(client, world, persona):
    _post_login(client, getattr(world.users, persona).username)
    assert client.get("/accounts/tokens/").status_code == 200


def test_operator_needs_the_second_factor(client, world):
    _post_login(client, world.users.operator.username)
    response = client.get("/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith(TWO_FACTOR)


def test_role_granted_during_a_session_demands_the_second_factor_at_once(client, world):
    user = world.users.own
    _post_login(client, user.username)
    assert client.get("/accounts/tokens/").status_code == 200
    with scopes_disabled():
        RoleGrantFactory(user=user, role=Role.AGENCY_ADMIN, agency=world.agency)
    response = client.get("/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith(TWO_FACTOR)


def test_unverified_admin_session_gets_403_json_from_the_api(client, world):
    _post_login(client, world.users.hr_admin.username)
    response = client.get("/api/openapi.json")
    assert response.status_code == 403
    assert response["Content-Type"].startswith("application/json")


def test_unverified_admin_reaches_login_pages_only(client, world):
    _post_login(client, world.users.hr_admin.username)
    assert client.get(TWO_FACTOR).status_code == 200
    assert client.get("/healthz").status_code == 200
    for path in ("/", "/accounts/password/", "/accounts/tokens/", "/accounts/manage/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(TWO_FACTOR), path


def test_verified_admin_is_sent_on_from_the_two_factor_page(client, login, world):
    login(world.users.hr_admin)
    response = client.get(f"{TWO_FACTOR}?next=/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/tokens/"


def test_login_page_and_two_factor_page_use_the_design_system(client, world):
    page = client.get(LOGIN).content.decode()
    assert 'class="card narrow"' in page
    assert 'class="btn primary"' in page
    assert 'class="field' in page
    assert "style=" not in page
    assert "<script>" not in page
    _post_login(client, world.users.hr_admin.username)
    page = client.get(TWO_FACTOR).content.decode()
    assert 'class="card narrow stack"' in page
    assert "style=" not in page
    assert "<script>" not in page
