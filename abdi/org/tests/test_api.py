"""The organisation API: units, positions and acting officials under the org policy."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.conftest import log_in
from abdi.org.models import ActingAssignment, Position, Unit
from abdi.org.tests.factories import UnitFactory


def send(client, method, url, body):
    return getattr(client, method)(url, data=json.dumps(body), content_type="application/json")


def unit_version(unit) -> int:
    with scopes_disabled():
        return Unit.objects.get(pk=unit.pk).version


def _counts():
    with scopes_disabled():
        return (Unit.objects.count(), Position.objects.count(), ActingAssignment.objects.count(),
                AuditEntry.objects.count())


# ---------------------------------------------------------------- permission matrix

PERSONAS = ["own", "supervisor", "other_unit", "agency_admin", "hr_admin", "leader", "operator",
            "other_gov", "anonymous"]

OPERATIONS = {
    "list_units": lambda w: ("get", "/api/units", None),
    "unit_detail": lambda w: ("get", f"/api/units/{w.unit.pk}", None),
    "unit_other_gov": lambda w: ("get", f"/api/units/{w.other_gov_agency.pk}", None),
    "create_subunit": lambda w: ("post", "/api/units",
                                 {"parent": w.unit.pk, "kind": "seksi", "name": "Seksi Kurikulum",
                                  "code": "DISDIK-SD-KUR"}),
    "create_agency": lambda w: ("post", "/api/units",
                                {"kind": "badan", "name": "Badan Pendapatan Daerah",
                                 "code": "BAPENDA"}),
    "patch_unit": lambda w: ("patch", f"/api/units/{w.unit.pk}",
                             {"version": unit_version(w.unit), "short_name": "Bid. SD"}),
    "list_positions": lambda w: ("get", "/api/positions", None),
    "create_position": lambda w: ("post", "/api/positions",
                                  {"unit": w.unit.pk, "name": "Pengelola Data", "kind": "PELAKSANA",
                                   "kelas_jabatan": 7}),
    "list_acting": lambda w: ("get", "/api/acting-assignments", None),
    "appoint_plh": lambda w: ("post", "/api/acting-assignments",
                              {"kind": "plh", "position": w.supervisor.position_id,
                               "employee": w.peer.pk, "start": str(timezone.localdate()),
                               "end": str(timezone.localdate() + datetime.timedelta(days=3))}),
}

EXPECTED = {
    #               list det  gov  sub  agency patch lpos cpos lact plh
    "own":          (200, 200, 404, 403, 403,   403,  200, 403, 200, 403),
    "supervisor":   (200, 200, 404, 403, 403,   403,  200, 403, 200, 403),
    "other_unit":   (200, 200, 404, 403, 403,   403,  200, 403, 200, 403),
    "agency_admin": (200, 200, 404, 201, 403,   200,  200, 201, 200, 201),
    "hr_admin":     (200, 200, 404, 201, 201,   200,  200, 201, 200, 201),
    "leader":       (200, 200, 404, 403, 403,   403,  200, 403, 200, 403),
    "operator":     (403, 403, 403, 403, 403,   403,  403, 403, 403, 403),
    # Ids from another government do not exist for them: 404 in the path, 422 in a body.
    "other_gov":    (200, 404, 200, 422, 403,   404,  200, 422, 200, 422),
    "anonymous":    (401, 401, 401, 401, 401,   401,  401, 401, 401, 401),
}

MATRIX = [
    pytest.param(persona, operation, EXPECTED[persona][i], id=f"{persona}-{operation}")
    for persona in PERSONAS
    for i, operation in enumerate(OPERATIONS)
]


def test_matrix_is_complete():
    assert set(EXPECTED) == set(PERSONAS)
    assert all(len(row) == len(OPERATIONS) for row in EXPECTED.values())


@pytest.mark.parametrize(("persona", "operation", "expected"), MATRIX)
def test_permission_matrix(client, world, persona, operation, expected):
    if persona != "anonymous":
        log_in(client, getattr(world.users, persona))
    method, url, body = OPERATIONS[operation](world)
    before = _counts()
    response = client.get(url) if body is None else send(client, method, url, body)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert response.json()["detail"]
        if method != "get":
            assert _counts() == before, "a refused change must change nothing"


def test_other_government_lists_show_only_their_own_units(client, world):
    log_in(client, world.users.other_gov)
    ids = {u["id"] for u in client.get("/api/units").json()["items"]}
    assert ids == {world.other_gov_agency.pk}


# ---------------------------------------------------------------- units


def test_units_come_in_tree_order_with_filters(client, world):
    log_in(client, world.users.own)
    items = client.get("/api/units").json()["items"]
    assert [u["id"] for u in items] == [
        world.agency.pk, world.unit.pk, world.sibling_unit.pk, world.other_agency.pk]
    roots = client.get("/api/units", {"root": True}).json()["items"]
    assert {u["id"] for u in roots} == {world.agency.pk, world.other_agency.pk}
    children = client.get("/api/units", {"parent": world.agency.pk}).json()["items"]
    assert {u["id"] for u in children} == {world.unit.pk, world.sibling_unit.pk}
    agency = client.get("/api/units", {"agency": world.agency.pk}).json()
    assert agency["count"] == 3
    found = client.get("/api/units", {"q": "paud"}).json()["items"]
    assert [u["id"] for u in found] == [world.sibling_unit.pk]


def test_unit_detail_carries_the_tree_position(client, world):
    log_in(client, world.users.own)
    data = client.get(f"/api/units/{world.unit.pk}").json()
    assert data["parent_id"] == world.agency.pk
    assert data["agency_id"] == world.agency.pk
    assert data["path"] == f"/{world.agency.pk}/{world.unit.pk}/"


def test_unit_pagination_is_capped(client, world):
    log_in(client, world.users.own)
    assert client.get("/api/units", {"limit": 101}).status_code == 422
    page = client.get("/api/units", {"limit": 2, "offset": 1}).json()
    assert (page["count"], len(page["items"])) == (4, 2)


def test_unit_list_queries_do_not_grow_with_rows(client, world, django_assert_num_queries):
    log_in(client, world.users.own)
    client.get("/api/units")
    with CaptureQueriesContext(connection) as few:
        client.get("/api/units")
    with scopes_disabled():
        for i in range(15):
            UnitFactory(parent=world.other_agency, code=f"DINKES-{i}")
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get("/api/units").json()["count"] == 19


def test_a_created_unit_gets_its_path_and_agency(client, world):
    log_in(client, world.users.agency_admin)
    response = send(client, "post", "/api/units",
                    {"parent": world.unit.pk, "kind": "seksi", "name": "Seksi Kurikulum",
                     "code": "DISDIK-SD-KUR"})
    assert response.status_code == 201
    data = response.json()
    assert data["agency_id"] == world.agency.pk
    assert data["path"] == f"{world.unit.path}{data['id']}/"
    assert data["depth"] == 2


def test_an_agency_admin_cannot_add_units_to_another_agency(client, world):
    log_in(client, world.users.agency_admin)
    response = send(client, "post", "/api/units",
                    {"parent": world.other_agency.pk, "kind": "bidang", "name": "Bidang X",
                     "code": "DINKES-X"})
    assert response.status_code == 403


def test_a_duplicate_unit_code_is_a_conflict(client, world):
    log_in(client, world.users.hr_admin)
    response = send(client, "post", "/api/units",
                    {"parent": world.agency.pk, "kind": "bidang", "name": "Bidang Lain",
                     "code": world.unit.code})
    assert response.status_code == 409
    assert "code" in response.json()["errors"]


@pytest.mark.parametrize(
    ("body", "field"),
    [({"kind": "kerajaan"}, "kind"), ({"name": "x" * 161}, "name"), ({"code": ""}, "code"),
     ({"sort_order": -1}, "sort_order"), ({"parent": 999_999}, "parent"),
     ({"colour": "red"}, "colour")],
)
def test_bad_unit_bodies_name_the_field(client, world, body, field):
    log_in(client, world.users.hr_admin)
    base = {"parent": world.agency.pk, "kind": "bidang", "name": "Bidang Baru", "code": "DISDIK-B"}
    before = _counts()
    response = send(client, "post", "/api/units", base | body)
    assert response.status_code == 422, response.content
    assert field in response.json()["errors"]
    assert _counts() == before


def test_patching_a_unit_with_a_stale_version_is_a_409(client, world):
    log_in(client, world.users.hr_admin)
    version = unit_version(world.unit)
    first = send(client, "patch", f"/api/units/{world.unit.pk}",
                 {"version": version, "name": "Bidang Pembinaan Sekolah Dasar"})
    assert first.status_code == 200
    assert first.json()["version"] == version + 1
    stale = send(client, "patch", f"/api/units/{world.unit.pk}",
                 {"version": version, "name": "Nama Lain"})
    assert stale.status_code == 409
    with scopes_disabled():
        assert Unit.objects.get(pk=world.unit.pk).name == "Bidang Pembinaan Sekolah Dasar"


def test_a_unit_cannot_be_moved_by_patch(client, world):
    log_in(client, world.users.hr_admin)
    response = send(client, "patch", f"/api/units/{world.unit.pk}",
                    {"version": unit_version(world.unit), "parent": world.other_agency.pk})
    assert response.status_code == 422
    assert "parent" in response.json()["errors"]


# ---------------------------------------------------------------- positions


def test_positions_filter_by_unit_and_head(client, world):
    log_in(client, world.users.own)
    heads = client.get("/api/positions", {"agency": world.agency.pk, "is_head": True}).json()
    assert {p["id"] for p in heads["items"]} == {
        world.agency_head.position_id, world.supervisor.position_id}
    in_unit = client.get("/api/positions", {"unit": world.unit.pk}).json()["items"]
    assert in_unit[0]["id"] == world.supervisor.position_id  # the head comes first
    assert in_unit[0]["unit_name"] == world.unit.name


def test_a_second_head_position_is_a_conflict(client, world):
    log_in(client, world.users.hr_admin)
    response = send(client, "post", "/api/positions",
                    {"unit": world.unit.pk, "name": "Kepala Bidang Kedua", "kind": "ADMINISTRATOR",
                     "kelas_jabatan": 11, "is_head": True})
    assert response.status_code == 409


@pytest.mark.parametrize(
    ("body", "field"),
    [({"kelas_jabatan": 18}, "kelas_jabatan"), ({"kind": "RAJA"}, "kind"),
     ({"kind": "FUNGSIONAL"}, "level"), ({"retirement_age_override": 40}, "retirement_age_override"),
     ({"unit": 999_999}, "unit")],
)
def test_bad_positions_name_the_field(client, world, body, field):
    log_in(client, world.users.hr_admin)
    base = {"unit": world.unit.pk, "name": "Analis", "kind": "PELAKSANA", "kelas_jabatan": 7}
    response = send(client, "post", "/api/positions", base | body)
    assert response.status_code == 422, response.content
    assert field in response.json()["errors"]


# ---------------------------------------------------------------- acting officials


def _plh(world, **overrides):
    today = timezone.localdate()
    return {"kind": "plh", "position": world.supervisor.position_id, "employee": world.peer.pk,
            "start": str(today), "end": str(today + datetime.timedelta(days=3))} | overrides


def test_an_appointed_plh_is_listed_and_becomes_the_supervisor(client, world):
    log_in(client, world.users.agency_admin)
    created = send(client, "post", "/api/acting-assignments", _plh(world))
    assert created.status_code == 201, created.content
    assert created.json()["employee"]["id"] == world.peer.pk
    today = str(timezone.localdate())
    listed = client.get("/api/acting-assignments", {"on": today}).json()["items"]
    assert [a["id"] for a in listed] == [created.json()["id"]]
    supervisor = client.get(f"/api/employees/{world.own.pk}/supervisor").json()["supervisor"]
    assert supervisor["id"] == world.peer.pk


def test_overlapping_acting_officials_are_a_conflict(client, world):
    log_in(client, world.users.hr_admin)
    assert send(client, "post", "/api/acting-assignments", _plh(world)).status_code == 201
    again = send(client, "post", "/api/acting-assignments", _plh(world, employee=world.sibling.pk))
    assert again.status_code == 409


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"kind": "bupati"}, "kind"), ({"start": "2026-13-01"}, "start"),
     ({"position": 999_999}, "position"), ({"employee": 999_999}, "employee")],
)
def test_bad_acting_bodies_name_the_field(client, world, overrides, field):
    log_in(client, world.users.hr_admin)
    response = send(client, "post", "/api/acting-assignments", _plh(world, **overrides))
    assert response.status_code == 422
    assert field in response.json()["errors"]


def test_acting_in_a_non_head_position_is_refused(client, world):
    log_in(client, world.users.hr_admin)
    response = send(client, "post", "/api/acting-assignments",
                    _plh(world, position=world.own.position_id))
    assert response.status_code == 422
    assert "position" in response.json()["errors"]


def test_an_end_before_the_start_is_refused(client, world):
    log_in(client, world.users.hr_admin)
    today = timezone.localdate()
    response = send(client, "post", "/api/acting-assignments",
                    _plh(world, end=str(today - datetime.timedelta(days=1))))
    assert response.status_code == 422
    assert "end" in response.json()["errors"]
