"""Account pages: own password and tokens; account management for admins."""

import pytest
from django_scopes import scopes_disabled

from abdi.accounts.models import ApiToken, Role, RoleGrant, User
from abdi.accounts.tests.factories import RoleGrantFactory, UserFactory
from abdi.audit.models import AuditEntry
from abdi.people.tests.factories import EmployeeFactory

MANAGE = "/accounts/manage/"


def _audit_count():
    with scopes_disabled():
        return AuditEntry.objects.count()


# --- own password ------------------------------------------------------------------------


def test_change_own_password_keeps_the_session(client, login, world):
    user = world.users.own
    login(user)
    assert client.get("/accounts/password/").status_code == 200
    bad = client.post("/accounts/password/", {"old_password": "salah", "new_password1": "x",
                                              "new_password2": "y"})
    assert bad.status_code == 400
    assert bad.context["form"].errors
    response = client.post("/accounts/password/", {
        "old_password": "rahasia-123", "new_password1": "Pohon-Duku-Palembang-7",
        "new_password2": "Pohon-Duku-Palembang-7"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Pohon-Duku-Palembang-7")
    assert client.get("/accounts/tokens/").status_code == 200  # still logged in
    assert _audit_count() == 1


def test_weak_new_password_is_refused(client, login, world):
    login(world.users.own)
    response = client.post("/accounts/password/", {
        "old_password": "rahasia-123", "new_password1": "12345678901",
        "new_password2": "12345678901"})
    assert response.status_code == 400
    assert "new_password2" in response.context["form"].errors


def test_temporary_password_forces_a_change_before_anything_else(client, login, world):
    user = world.users.own
    user.must_change_password = True
    user.save()
    login(user)
    response = client.get("/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/"
    assert client.get("/api/openapi.json").status_code == 403
    client.post("/accounts/password/", {
        "old_password": "rahasia-123", "new_password1": "Pohon-Duku-Palembang-7",
        "new_password2": "Pohon-Duku-Palembang-7"})
    user.refresh_from_db()
    assert not user.must_change_password
    assert client.get("/accounts/tokens/").status_code == 200


# --- own tokens --------------------------------------------------------------------------


def test_token_page_shows_the_raw_token_once_then_only_its_prefix(client, login, world):
    login(world.users.own)
    response = client.post("/accounts/tokens/", {"name": "SIMPEG sync", "expires_in": "30"})
    assert response.status_code == 200
    raw = response.context["raw_token"]
    assert raw in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    token = ApiToken.objects.get(user=world.users.own)
    assert token.expires_at is not None
    listing = client.get("/accounts/tokens/").content.decode()
    assert raw not in listing
    assert f"abdi_{token.prefix}" in listing
    assert "SIMPEG sync" in listing


def test_token_form_refuses_bad_input_with_4xx(client, login, world):
    login(world.users.own)
    assert client.post("/accounts/tokens/", {"name": ""}).status_code == 400
    assert client.post("/accounts/tokens/", {"name": "x" * 500}).status_code == 400
    assert client.post("/accounts/tokens/", {"name": "a", "expires_in": "7"}).status_code == 400
    client.post("/accounts/tokens/", {"name": "a"})
    assert client.post("/accounts/tokens/", {"name": "a"}).status_code == 409
    assert ApiToken.objects.count() == 1


def test_revoke_own_token_only(client, login, world):
    mine, _raw = ApiToken.issue(world.users.own, "mine")
    theirs, _raw = ApiToken.issue(world.users.supervisor, "theirs")
    login(world.users.own)
    assert client.get(f"/accounts/tokens/{mine.pk}/revoke/").status_code == 405
    assert client.post(f"/accounts/tokens/{theirs.pk}/revoke/").status_code == 404
    assert client.post(f"/accounts/tokens/{mine.pk}/revoke/").status_code == 302
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.revoked
    assert not theirs.revoked


# --- account management ------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["own", "supervisor", "leader", "other_unit", "operator"])
def test_account_pages_do_not_exist_for_non_admins(client, login, world, persona):
    login(getattr(world.users, persona))
    target = world.users.own.pk
    assert client.get(MANAGE).status_code == 404
    assert client.get(f"{MANAGE}new/").status_code == 404
    assert client.get(f"{MANAGE}{target}/").status_code == 404
    assert client.post(f"{MANAGE}{target}/reset-password/").status_code == 404


def test_hr_admin_lists_accounts_of_the_government_only(client, login, world):
    login(world.users.hr_admin)
    body = client.get(MANAGE).content.decode()
    for persona in ("own", "supervisor", "agency_admin", "leader"):
        assert getattr(world.users, persona).username in body
    assert world.users.other_gov.username not in body
    assert world.users.operator.username not in body


def test_account_list_search_and_pagination(client, login, world):
    login(world.users.hr_admin)
    response = client.get(MANAGE, {"q": world.users.own.username[:10]})
    names = [a.username for a in response.context["page"].object_list]
    assert world.users.own.username in names
    assert "sekda@kota-a.go.id" not in names
    response = client.get(MANAGE, {"q": "sekda"})
    assert [a.username for a in response.context["page"].object_list] == ["sekda@kota-a.go.id"]
    assert client.get(MANAGE, {"page": "abc"}).status_code == 200
    assert client.get(MANAGE, {"q": "x" * 1000}).status_code == 200
    htmx = client.get(MANAGE, {"q": "sekda"}, HTTP_HX_REQUEST="true",
                      HTTP_HX_TARGET="account-results")
    assert "<html" not in htmx.content.decode()
    assert "sekda@kota-a.go.id" in htmx.content.decode()


def test_account_list_queries_do_not_grow_with_rows(client, login, world,
                                                   django_assert_max_num_queries):
    login(world.users.hr_admin)
    client.get(MANAGE)  # warm up session, content types
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(MANAGE)
    with scopes_disabled():
        for _ in range(15):
            account = UserFactory(instansi=world.gov, employee=EmployeeFactory(
                position=world.peer.position))
            RoleGrantFactory(user=account, role=Role.LEADER)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(MANAGE)
    assert len(response.context["page"].object_list) > 15


def test_agency_admin_lists_accounts_of_their_agency_only(client, login, world):
    login(world.users.agency_admin)
    body = client.get(MANAGE).content.decode()
    assert world.users.own.username in body
    assert world.users.supervisor.username in body
    assert world.users.other_unit.username not in body  # Dinas Kesehatan
    assert world.users.leader.username not in body
    assert client.get(f"{MANAGE}{world.users.other_unit.pk}/").status_code == 404


def test_create_account_shows_the_temporary_password_once(client, login, world):
    login(world.users.agency_admin)
    response = client.post(f"{MANAGE}new/", {"nip": f" {world.peer.nip[:8]} {world.peer.nip[8:]}"})
    assert response.status_code == 200
    password = response.context["password"]
    assert password in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    account = User.objects.get(employee_id=world.peer.pk)
    assert account.username == world.peer.nip
    assert account.check_password(password)

    # The new owner logs in with it and must choose a password first.
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": world.peer.nip, "password": password})
    assert client.get("/accounts/tokens/")["Location"] == "/accounts/password/"


def test_create_account_refuses_unknown_duplicate_and_foreign_nips(client, login, world):
    login(world.users.agency_admin)
    before = User.objects.count()
    assert client.post(f"{MANAGE}new/", {"nip": "123"}).status_code == 400
    assert client.post(f"{MANAGE}new/", {"nip": world.own.nip}).status_code == 409
    assert client.post(f"{MANAGE}new/", {"nip": world.other_gov_employee.nip}).status_code == 400
    with scopes_disabled():
        other_agency_employee = EmployeeFactory(position=world.other_unit.position)
    assert client.post(f"{MANAGE}new/", {"nip": other_agency_employee.nip}).status_code == 400
    assert client.post(f"{MANAGE}new/", {"nip": "9" * 5000}).status_code == 400
    assert User.objects.count() == before


def test_reset_password_page_shows_a_temporary_password(client, login, world):
    login(world.users.hr_admin)
    target = world.users.own
    assert client.get(f"{MANAGE}{target.pk}/reset-password/").status_code == 405
    response = client.post(f"{MANAGE}{target.pk}/reset-password/")
    assert response.status_code == 200
    target.refresh_from_db()
    assert target.check_password(response.context["password"])


def test_deactivate_and_activate(client, login, world):
    login(world.users.hr_admin)
    target = world.users.own
    client.post(f"{MANAGE}{target.pk}/active/", {"active": "0"})
    target.refresh_from_db()
    assert not target.is_active
    client.post(f"{MANAGE}{target.pk}/active/", {"active": "1"})
    target.refresh_from_db()
    assert target.is_active


def test_admin_cannot_deactivate_or_regrant_themself(client, login, world):
    admin = world.users.hr_admin
    login(admin)
    assert client.post(f"{MANAGE}{admin.pk}/active/", {"active": "0"}).status_code == 403
    assert client.post(f"{MANAGE}{admin.pk}/roles/", {"role": "leader"}).status_code == 403
    with scopes_disabled():
        grant = RoleGrant.objects.get(user=admin)
    assert client.post(f"{MANAGE}{admin.pk}/roles/{grant.pk}/revoke/").status_code == 403
    admin.refresh_from_db()
    assert admin.is_active
    with scopes_disabled():
        assert list(RoleGrant.objects.filter(user=admin).values_list("role", flat=True)) == ["hr_admin"]


def test_hr_admin_grants_agency_admin_with_agency_and_revokes_it(client, login, world):
    login(world.users.hr_admin)
    target = world.users.own
    page = client.get(f"{MANAGE}{target.pk}/")
    assert page.status_code == 200
    assert page.context["can_roles"]
    missing = client.post(f"{MANAGE}{target.pk}/roles/", {"role": "agency_admin"})
    assert missing.status_code == 400
    response = client.post(f"{MANAGE}{target.pk}/roles/",
                           {"role": "agency_admin", "agency": world.agency.pk})
    assert response.status_code == 302
    with scopes_disabled():
        grant = RoleGrant.objects.get(user=target)
    assert (grant.role, grant.agency_id) == ("agency_admin", world.agency.pk)
    assert client.post(f"{MANAGE}{target.pk}/roles/", {"role": "bogus"}).status_code == 400
    client.post(f"{MANAGE}{target.pk}/roles/{grant.pk}/revoke/")
    with scopes_disabled():
        assert not RoleGrant.objects.filter(user=target).exists()


def test_agency_admin_grants_no_roles_and_cannot_manage_role_holders(client, login, world):
    with scopes_disabled():
        RoleGrantFactory(user=world.users.supervisor, role=Role.LEADER)
    login(world.users.agency_admin)
    target = world.users.own
    page = client.get(f"{MANAGE}{target.pk}/")
    assert page.status_code == 200
    assert not page.context["can_roles"]
    assert client.post(f"{MANAGE}{target.pk}/roles/", {"role": "hr_admin"}).status_code == 403
    holder = world.users.supervisor
    assert client.post(f"{MANAGE}{holder.pk}/reset-password/").status_code == 403
    holder.refresh_from_db()
    assert holder.check_password("rahasia-123")
    with scopes_disabled():
        assert not RoleGrant.objects.filter(user=target).exists()


def test_revoke_a_grant_of_another_account_through_this_url_is_404(client, login, world):
    login(world.users.hr_admin)
    with scopes_disabled():
        grant = RoleGrant.objects.get(user=world.users.leader)
    response = client.post(f"{MANAGE}{world.users.own.pk}/roles/{grant.pk}/revoke/")
    assert response.status_code == 404
    with scopes_disabled():
        assert RoleGrant.objects.filter(pk=grant.pk).exists()


def test_account_pages_use_the_design_system(client, login, world):
    login(world.users.hr_admin)
    for path in (MANAGE, f"{MANAGE}new/", f"{MANAGE}{world.users.own.pk}/", "/accounts/tokens/",
                 "/accounts/password/"):
        body = client.get(path).content.decode()
        assert "style=" not in body, path
        assert "<script>" not in body, path
        assert 'class="card' in body or 'class="table' in body, path


@pytest.mark.parametrize("action", ["reset-password", "active"])
def test_reset_or_deactivation_ends_the_owners_open_sessions(client, login, world, action):
    from django.test import Client

    owner = Client()
    owner.force_login(world.users.own)
    assert owner.get("/accounts/tokens/").status_code == 200
    login(world.users.hr_admin)
    client.post(f"{MANAGE}{world.users.own.pk}/{action}/", {"active": "0"})
    response = owner.get("/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_password_reset_lifts_a_lock_out(client, login, world, django_capture_on_commit_callbacks):
    from django.test import Client

    owner = Client(REMOTE_ADDR="10.9.9.9")
    nip = world.users.own.username
    for _ in range(5):
        owner.post("/accounts/login/", {"username": nip, "password": "salah"})
    assert owner.post("/accounts/login/", {"username": nip, "password": "x"}).status_code == 429
    login(world.users.hr_admin)
    with django_capture_on_commit_callbacks(execute=True):
        password = client.post(f"{MANAGE}{world.users.own.pk}/reset-password/").context["password"]
    response = owner.post("/accounts/login/", {"username": nip, "password": password})
    assert response.status_code == 302
