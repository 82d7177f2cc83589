"""The employee API: permission matrix, token auth, pagination, bad input, locking, queries."""

import datetime
import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.models import ApiToken
from abdi.audit.models import AuditEntry
from abdi.conftest import log_in
from abdi.org.tests.factories import PositionFactory, UnitFactory
from abdi.people.models import Employee, RankHistory
from abdi.people.tests.factories import EmployeeFactory, make_nip

URL = "/api/employees"


def new_employee_body(world, **overrides) -> dict:
    birth, tmt = datetime.date(1992, 5, 17), datetime.date(2018, 3, 1)
    body = {
        "nip": make_nip(birth, tmt, "P", serial=777),
        "name": "Siti Rahmawati",
        "back_title": "S.Pd.",
        "birth_date": birth.isoformat(),
        "gender": "P",
        "kind": "PNS",
        "grade": "III/a",
        "tmt_cpns": tmt.isoformat(),
        "unit": world.unit.pk,
    }
    return body | overrides


def version_of(employee) -> int:
    with scopes_disabled():
        return Employee.objects.get(pk=employee.pk).version


def send(client, method, url, body=None, **headers):
    if body is None:
        return getattr(client, method)(url, **headers)
    return getattr(client, method)(url, data=json.dumps(body), content_type="application/json",
                                   **headers)


# ---------------------------------------------------------------- the permission matrix

PERSONAS = ["own", "supervisor", "other_unit", "agency_admin", "hr_admin", "leader", "operator",
            "other_gov", "anonymous"]

OPERATIONS = {
    "list": lambda w: ("get", URL, None),
    "detail_own": lambda w: ("get", f"{URL}/{w.own.pk}", None),
    "detail_subordinate": lambda w: ("get", f"{URL}/{w.peer.pk}", None),
    "detail_other_unit": lambda w: ("get", f"{URL}/{w.other_unit.pk}", None),
    "detail_other_gov": lambda w: ("get", f"{URL}/{w.other_gov_employee.pk}", None),
    "history_own": lambda w: ("get", f"{URL}/{w.own.pk}/history", None),
    "supervisor_own": lambda w: ("get", f"{URL}/{w.own.pk}/supervisor", None),
    "create": lambda w: ("post", URL, new_employee_body(w)),
    "patch_contact": lambda w: ("patch", f"{URL}/{w.own.pk}",
                                {"version": version_of(w.own), "phone": "081234567890"}),
    "patch_master": lambda w: ("patch", f"{URL}/{w.own.pk}",
                               {"version": version_of(w.own), "name": "Nama Baru"}),
}

# Columns follow OPERATIONS. own = the employee themself; subordinate = a peer in the unit the
# supervisor heads; other unit = Dinas Kesehatan; other government = Kabupaten B.
EXPECTED = {
    #               list det_own det_sub det_oth det_gov hist  sup  create p_contact p_master
    "own":          (200, 200,   404,    404,    404,    200, 200, 403,   200,      403),
    "supervisor":   (200, 200,   200,    404,    404,    200, 200, 403,   403,      403),
    "other_unit":   (200, 404,   404,    200,    404,    404, 404, 403,   404,      404),
    "agency_admin": (200, 200,   200,    404,    404,    200, 200, 201,   200,      200),
    "hr_admin":     (200, 200,   200,    200,    404,    200, 200, 201,   200,      200),
    "leader":       (200, 200,   200,    200,    404,    200, 200, 403,   403,      403),
    "operator":     (403, 403,   403,    403,    403,    403, 403, 403,   403,      403),
    # The unit sent belongs to another government: for them it does not exist.
    "other_gov":    (200, 404,   404,    404,    200,    404, 404, 422,   404,      404),
    "anonymous":    (401, 401,   401,    401,    401,    401, 401, 401,   401,      401),
}

MATRIX = [
    pytest.param(persona, operation, EXPECTED[persona][i], id=f"{persona}-{operation}")
    for persona in PERSONAS
    for i, operation in enumerate(OPERATIONS)
]


def test_matrix_covers_every_persona_and_operation():
    assert set(EXPECTED) == set(PERSONAS)
    assert all(len(row) == len(OPERATIONS) for row in EXPECTED.values())


def _snapshot(world):
    with scopes_disabled():
        own = Employee.objects.get(pk=world.own.pk)
        return (Employee.objects.count(), own.name, own.phone, own.version,
                AuditEntry.objects.count())


@pytest.mark.parametrize(("persona", "operation", "expected"), MATRIX)
def test_permission_matrix(client, world, persona, operation, expected):
    if persona != "anonymous":
        log_in(client, getattr(world.users, persona))
    method, url, body = OPERATIONS[operation](world)
    before = _snapshot(world)

    response = send(client, method, url, body)

    assert response.status_code == expected, response.content
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    if expected >= 400:
        assert data["detail"]
        assert isinstance(data["errors"], dict)
        if method != "get":
            assert _snapshot(world) == before, "a refused change must change nothing"


VISIBLE = {
    "own": {"own"},
    "supervisor": {"supervisor", "own", "peer"},
    "other_unit": {"other_unit"},
    "agency_admin": {"agency_head", "supervisor", "own", "peer", "sibling"},
    "hr_admin": {"agency_head", "supervisor", "own", "peer", "sibling", "other_unit",
                 "hr_admin_employee"},
    "leader": {"agency_head", "supervisor", "own", "peer", "sibling", "other_unit",
               "hr_admin_employee"},
    "other_gov": {"other_gov_employee"},
}


@pytest.mark.parametrize("persona", sorted(VISIBLE))
def test_list_shows_exactly_what_the_persona_may_see(client, world, persona):
    log_in(client, getattr(world.users, persona))
    data = client.get(URL).json()
    expected = {getattr(world, name).pk for name in VISIBLE[persona]}
    assert {row["id"] for row in data["items"]} == expected
    assert data["count"] == len(expected)


@pytest.mark.parametrize(
    ("persona", "personal"),
    [("own", True), ("supervisor", False), ("agency_admin", True), ("hr_admin", True),
     ("leader", False)],
)
def test_personal_data_only_for_the_person_and_admins_in_charge(client, world, persona, personal):
    log_in(client, getattr(world.users, persona))
    data = client.get(f"{URL}/{world.own.pk}").json()
    assert data["personal_data_included"] is personal
    assert (data["nik"] == world.own.nik) is personal
    assert (data["birth_date"] == "1990-01-01") is personal
    if not personal:
        assert data["nik"] is None
        assert data["address"] is None
    # The identifiers a BKN SIASN sync needs are always there.
    assert {"id", "nip", "siasn_id"} <= set(data)


def test_detail_tells_which_fields_the_caller_may_edit(client, world):
    log_in(client, world.users.own)
    data = client.get(f"{URL}/{world.own.pk}").json()
    assert data["can_edit"] is False
    assert data["editable_fields"] == ["address", "email", "phone"]


# ---------------------------------------------------------------- token authentication


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_a_token_authenticates_as_its_user(world):
    _, raw = ApiToken.issue(world.users.supervisor, "integrasi")
    response = Client().get(URL, **bearer(raw))
    assert response.status_code == 200
    assert {row["id"] for row in response.json()["items"]} == {
        world.supervisor.pk, world.own.pk, world.peer.pk}


def test_a_token_needs_no_csrf_token_and_no_second_factor(world):
    _, raw = ApiToken.issue(world.users.agency_admin, "simpeg")
    client = Client(enforce_csrf_checks=True)
    response = send(client, "post", URL, new_employee_body(world), **bearer(raw))
    assert response.status_code == 201, response.content
    assert response.json()["employee"]["nip"] == new_employee_body(world)["nip"]


@pytest.mark.parametrize("state", ["revoked", "expired", "unknown", "lowercase_scheme", "empty"])
def test_a_bad_token_gets_401_even_with_a_session(client, world, state):
    token, raw = ApiToken.issue(world.users.hr_admin, "old")
    if state == "revoked":
        ApiToken.objects.filter(pk=token.pk).update(revoked=True)
        header = f"Bearer {raw}"
    elif state == "expired":
        ApiToken.objects.filter(pk=token.pk).update(
            expires_at=timezone.now() - datetime.timedelta(minutes=1))
        header = f"Bearer {raw}"
    elif state == "unknown":
        header = "Bearer abdi_not-a-real-token"
    elif state == "lowercase_scheme":
        header = f"bearer {raw}"
    else:
        header = "Bearer "
    log_in(client, world.users.hr_admin)  # a valid session must not rescue a bad token
    response = client.get(URL, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_token_of_an_operator_reaches_no_personnel_data(world):
    _, raw = ApiToken.issue(world.users.operator, "ops")
    assert Client().get(URL, **bearer(raw)).status_code == 403


# ---------------------------------------------------------------- session rules


def test_unsafe_session_requests_need_the_csrf_token(world):
    client = log_in(Client(enforce_csrf_checks=True), world.users.agency_admin)
    body = new_employee_body(world)
    refused = send(client, "post", URL, body)
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]

    client.get("/api/docs")  # the docs page hands out the CSRF cookie, as a page would
    token = client.cookies["csrftoken"].value
    allowed = send(client, "post", URL, body, HTTP_X_CSRFTOKEN=token)
    assert allowed.status_code == 201, allowed.content


def test_admins_in_a_session_must_have_passed_the_second_factor(client, world):
    client.force_login(world.users.hr_admin)  # password only, no TOTP step
    response = client.get(URL)
    assert response.status_code == 403
    assert response.json()["detail"]
    assert response.json()["errors"] == {}


def test_plain_employees_need_no_second_factor(client, world):
    client.force_login(world.users.own)
    assert client.get(URL).status_code == 200


# ---------------------------------------------------------------- pagination and filters


@pytest.fixture
def crowded_unit(world):
    with scopes_disabled():
        unit = UnitFactory(parent=world.other_agency, code="DINKES-P2P", name="Bidang P2P")
        position = PositionFactory(unit=unit)
        for i in range(25):
            EmployeeFactory(position=position, name=f"Pegawai {i:02d}")
    return unit


def test_limit_and_offset_page_through_the_list(client, world, crowded_unit):
    log_in(client, world.users.hr_admin)
    first = client.get(URL, {"unit": crowded_unit.pk, "limit": 10}).json()
    last = client.get(URL, {"unit": crowded_unit.pk, "limit": 10, "offset": 20}).json()
    assert (first["count"], first["limit"], first["offset"]) == (25, 10, 0)
    assert [r["name"] for r in first["items"]] == [f"Pegawai {i:02d}" for i in range(10)]
    assert [r["name"] for r in last["items"]] == [f"Pegawai {i:02d}" for i in range(20, 25)]
    beyond = client.get(URL, {"unit": crowded_unit.pk, "offset": 500}).json()
    assert beyond["items"] == []
    assert beyond["count"] == 25


def test_default_page_size_is_50(client, world):
    log_in(client, world.users.hr_admin)
    assert client.get(URL).json()["limit"] == 50


@pytest.mark.parametrize(
    ("params", "field"),
    [({"limit": 101}, "limit"), ({"limit": 0}, "limit"), ({"limit": "many"}, "limit"),
     ({"offset": -1}, "offset"), ({"offset": 10**12}, "offset"), ({"agency": 2**70}, "agency"),
     ({"status": "bahagia"}, "status"), ({"job_kind": "x"}, "job_kind"),
     ({"q": "x" * 101}, "q"), ({"unit": "abc"}, "unit")],
)
def test_bad_list_parameters_get_422_naming_the_field(client, world, params, field):
    log_in(client, world.users.hr_admin)
    response = client.get(URL, params)
    assert response.status_code == 422
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    ("params", "names"),
    [({"q": "sendiri"}, {"own"}),
     ({"q": "pegawai dinkes"}, {"other_unit"}),
     ({"agency": "agency"}, {"agency_head", "supervisor", "own", "peer", "sibling"}),
     ({"unit": "unit"}, {"supervisor", "own", "peer"}),
     ({"job_kind": "ADMINISTRATOR"}, {"supervisor"}),
     ({"status": "pensiun"}, set())],
)
def test_filters(client, world, params, names):
    log_in(client, world.users.hr_admin)
    params = {k: getattr(world, v).pk if k in {"agency", "unit"} else v for k, v in params.items()}
    items = client.get(URL, params).json()["items"]
    assert {r["id"] for r in items} == {getattr(world, n).pk for n in names}


def test_search_by_nip_prefix(client, world):
    log_in(client, world.users.hr_admin)
    items = client.get(URL, {"q": world.own.nip[:14]}).json()["items"]
    assert world.own.pk in {r["id"] for r in items}


def test_the_list_costs_the_same_queries_for_1_or_20_employees(client, world,
                                                               django_assert_num_queries):
    with scopes_disabled():
        unit = UnitFactory(parent=world.other_agency, code="DINKES-KESMAS")
        position = PositionFactory(unit=unit)
        EmployeeFactory(position=position)
    log_in(client, world.users.hr_admin)
    client.get(URL, {"unit": unit.pk})  # warm the session and the actor's first lookups
    with CaptureQueriesContext(connection) as one:
        assert len(client.get(URL, {"unit": unit.pk}).json()["items"]) == 1
    with scopes_disabled():
        for _ in range(19):
            EmployeeFactory(position=PositionFactory(unit=unit))
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(client.get(URL, {"unit": unit.pk}).json()["items"]) == 20


# ---------------------------------------------------------------- bad bodies


@pytest.mark.parametrize(
    ("raw", "status"),
    [("{not json", 400), ("", 422), ("[]", 422), ("null", 422), ("42", 422),
     ('{"nip": ' * 100_000, 400)],
    ids=["broken", "empty", "array", "null", "number", "deeply-nested"],
)
def test_malformed_bodies_are_refused_with_json(client, world, raw, status):
    log_in(client, world.users.hr_admin)
    response = client.post(URL, data=raw, content_type="application/json")
    assert response.status_code == status
    assert response.json()["detail"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"salary": 1}, "salary"),
     ({"birth_date": "kemarin"}, "birth_date"),
     ({"birth_date": 19900101.5}, "birth_date"),
     ({"name": "x" * 121}, "name"),
     ({"name": ""}, "name"),
     ({"name": 12}, "name"),
     ({"name": "Budi\x00"}, "name"),
     ({"nip": "1" * 19}, "nip"),
     ({"gender": "X"}, "gender"),
     ({"unit": "Dinas"}, "unit"),
     ({"unit": 2**64}, "unit"),
     ({"unit": 999_999}, "unit"),
     ({"position": 999_999}, "position"),
     ({"nip": "199001012015011001"}, "nip"),  # birth date in the NIP does not match
     ({"nik": "12"}, "nik"),
     ({"email": "bukan-email"}, "email")],
)
def test_invalid_fields_get_422_naming_the_field_and_save_nothing(client, world, overrides, field):
    log_in(client, world.users.hr_admin)
    with scopes_disabled():
        count = Employee.objects.count()
    response = send(client, "post", URL, new_employee_body(world, **overrides))
    assert response.status_code == 422, response.content
    assert field in response.json()["errors"], response.json()
    with scopes_disabled():
        assert Employee.objects.count() == count


def test_a_required_field_missing_is_named(client, world):
    log_in(client, world.users.hr_admin)
    body = new_employee_body(world)
    del body["birth_date"]
    response = send(client, "post", URL, body, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 422
    assert response.json()["errors"]["birth_date"] == ["This field is required."]


def test_a_duplicate_nip_is_a_conflict(client, world):
    log_in(client, world.users.hr_admin)
    assert send(client, "post", URL, new_employee_body(world)).status_code == 201
    again = send(client, "post", URL, new_employee_body(world, name="Orang Lain"))
    assert again.status_code == 409
    assert "nip" in again.json()["errors"]


def test_an_oversized_body_is_refused(client, world):
    log_in(client, world.users.hr_admin)
    body = json.dumps(new_employee_body(world, address="x" * (6 * 1024 * 1024)))
    response = client.post(URL, data=body, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["detail"]


def test_errors_follow_the_accept_language(client, world):
    log_in(client, world.users.hr_admin)
    body = new_employee_body(world)
    del body["name"]
    english = send(client, "post", URL, body, HTTP_ACCEPT_LANGUAGE="en")
    indonesian = send(client, "post", URL, body, HTTP_ACCEPT_LANGUAGE="id")
    assert english["Content-Language"] == "en"
    assert indonesian["Content-Language"] == "id"
    assert english.json()["errors"]["name"] == ["This field is required."]
    # Django's own Indonesian catalogue already carries this message.
    assert indonesian.json()["errors"]["name"] == ["Bidang ini tidak boleh kosong."]


def test_an_unsupported_method_is_a_json_405(client, world):
    log_in(client, world.users.hr_admin)
    response = client.delete(f"{URL}/{world.own.pk}")
    assert response.status_code == 405
    assert "PATCH" in response["Allow"]
    assert response.json()["detail"]


# ---------------------------------------------------------------- create, change, lock


def test_create_returns_the_profile_with_its_history(client, world):
    log_in(client, world.users.agency_admin)
    response = send(client, "post", URL, new_employee_body(world))
    assert response.status_code == 201
    employee = response.json()["employee"]
    assert employee["full_name"] == "Siti Rahmawati, S.Pd."
    assert employee["agency"]["id"] == world.agency.pk
    assert employee["version"] == 1
    history = client.get(f"{URL}/{employee['id']}/history").json()
    assert [r["grade"] for r in history["ranks"]] == ["III/a"]
    assert history["positions"][0]["unit_name"] == world.unit.name


def test_an_agency_admin_cannot_add_to_another_agency(client, world):
    log_in(client, world.users.agency_admin)
    with scopes_disabled():
        count = Employee.objects.count()
    response = send(client, "post", URL, new_employee_body(world, unit=world.other_agency.pk))
    assert response.status_code == 403
    with scopes_disabled():
        assert Employee.objects.count() == count


def test_patch_changes_only_the_fields_sent_and_bumps_the_version(client, world):
    log_in(client, world.users.hr_admin)
    version = version_of(world.own)
    response = send(client, "patch", f"{URL}/{world.own.pk}",
                    {"version": version, "grade": "III/b", "tmt_grade": "2024-04-01",
                     "reason": "kenaikan pangkat reguler"})
    assert response.status_code == 200, response.content
    employee = response.json()["employee"]
    assert employee["grade"] == "III/b"
    assert employee["name"] == world.own.name
    assert employee["version"] == version + 1
    with scopes_disabled():
        assert RankHistory.objects.filter(employee=world.own, grade="III/b").exists()


def test_a_stale_version_is_a_409_and_changes_nothing(client, world):
    log_in(client, world.users.hr_admin)
    version = version_of(world.own)
    first = send(client, "patch", f"{URL}/{world.own.pk}", {"version": version, "phone": "0811"})
    assert first.status_code == 200
    stale = send(client, "patch", f"{URL}/{world.own.pk}", {"version": version, "phone": "0822"})
    assert stale.status_code == 409
    assert stale.json()["detail"]
    with scopes_disabled():
        assert Employee.objects.get(pk=world.own.pk).phone == "0811"


def test_patch_without_version_is_refused(client, world):
    log_in(client, world.users.hr_admin)
    response = send(client, "patch", f"{URL}/{world.own.pk}", {"phone": "0811"})
    assert response.status_code == 422
    assert "version" in response.json()["errors"]


@pytest.mark.parametrize("field", ["nip", "name", "birth_date", "gender", "kind", "unit", "status"])
def test_patch_cannot_null_a_required_field(client, world, field):
    log_in(client, world.users.hr_admin)
    version = version_of(world.own)
    response = send(client, "patch", f"{URL}/{world.own.pk}", {"version": version, field: None})
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert version_of(world.own) == version


def test_patch_with_nothing_to_change_is_refused(client, world):
    log_in(client, world.users.hr_admin)
    response = send(client, "patch", f"{URL}/{world.own.pk}", {"version": version_of(world.own)})
    assert response.status_code == 422


def test_an_employee_may_change_own_contact_but_not_master_data(client, world):
    log_in(client, world.users.own)
    version = version_of(world.own)
    refused = send(client, "patch", f"{URL}/{world.own.pk}",
                   {"version": version, "phone": "0811", "grade": "IV/e"})
    assert refused.status_code == 403
    with scopes_disabled():
        assert Employee.objects.get(pk=world.own.pk).grade == "III/a"


def test_moving_to_an_unknown_unit_is_named(client, world):
    log_in(client, world.users.hr_admin)
    response = send(client, "patch", f"{URL}/{world.own.pk}",
                    {"version": version_of(world.own), "unit": world.other_gov_agency.pk})
    assert response.status_code == 422
    assert "unit" in response.json()["errors"]


def test_out_of_range_ids_in_the_path_are_refused(client, world):
    log_in(client, world.users.hr_admin)
    assert client.get(f"{URL}/{2**64}").status_code == 422
    assert client.get(f"{URL}/0").status_code == 422
    assert client.get(f"{URL}/999999").status_code == 404


# ---------------------------------------------------------------- supervisor


def test_supervisor_is_the_head_of_the_unit(client, world):
    log_in(client, world.users.own)
    data = client.get(f"{URL}/{world.own.pk}/supervisor").json()
    assert data["supervisor"]["id"] == world.supervisor.pk
    assert data["supervisor"]["nip"] == world.supervisor.nip


def test_an_agency_head_has_no_supervisor_inside(client, world):
    log_in(client, world.users.agency_head)
    data = client.get(f"{URL}/{world.agency_head.pk}/supervisor").json()
    assert data["supervisor"] is None


def test_a_plt_is_the_supervisor_on_its_days(client, world):
    from abdi.org.models import ActingAssignment

    today = timezone.localdate()
    with scopes_disabled():
        ActingAssignment.objects.create(
            instansi=world.gov, kind="plt", position=world.supervisor.position,
            employee=world.sibling, start=today, end=today + datetime.timedelta(days=5))
    log_in(client, world.users.own)
    data = client.get(f"{URL}/{world.own.pk}/supervisor").json()
    assert data["supervisor"]["id"] == world.sibling.pk
    later = (today + datetime.timedelta(days=6)).isoformat()
    data = client.get(f"{URL}/{world.own.pk}/supervisor", {"on": later}).json()
    assert data["supervisor"]["id"] == world.supervisor.pk
