"""Hostile input against every write operation and list filter: a JSON 4xx, never a 500."""

import json

import pytest
from django_scopes import scopes_disabled

from abdi.conftest import log_in
from abdi.core.api import _field_of
from abdi.people.models import Employee

HOSTILE_VALUES = [None, True, 1.5, 2**64, 10**400, "", "\ud800", "x" * 20_000, {"a": 1},
                  "2026-02-30", "\u0000"]
RAW_BODIES = ['{"a": NaN}', '{"name": Infinity}', '"\\ud800"', b"\xff\xfe", '{"version": 1e400}',
              "[" * 5000]


def write_operations(world):
    return [
        ("post", "/api/employees",
         {"nip": "199205172018032001", "name": "A", "birth_date": "1992-05-17", "gender": "P",
          "kind": "PNS", "unit": world.unit.pk}),
        ("patch", f"/api/employees/{world.own.pk}",
         {"version": 1, "phone": "1", "status": "cuti", "unit": world.unit.pk, "grade": "III/b"}),
        ("post", "/api/units", {"parent": world.unit.pk, "kind": "seksi", "name": "S", "code": "C1"}),
        ("patch", f"/api/units/{world.unit.pk}", {"version": 1, "name": "S"}),
        ("post", "/api/positions",
         {"unit": world.unit.pk, "name": "P", "kind": "PELAKSANA", "kelas_jabatan": 5}),
        ("post", "/api/acting-assignments",
         {"kind": "plh", "position": world.supervisor.position_id, "employee": world.peer.pk,
          "start": "2026-01-01", "end": "2026-01-02"}),
        ("post", "/api/tokens", {"name": "t"}),
    ]


def _refused(response) -> bool:
    return (400 <= response.status_code < 500
            and response["Content-Type"].startswith("application/json")
            and bool(response.json()["detail"]))


@pytest.mark.parametrize("index", range(7), ids=["employee-create", "employee-patch",
                                                 "unit-create", "unit-patch", "position-create",
                                                 "acting-create", "token-create"])
def test_hostile_bodies_are_refused_and_save_nothing(client, world, index):
    log_in(client, world.users.hr_admin)
    with scopes_disabled():
        before = Employee.objects.count()
    failures = []
    for method, url, base in write_operations(world)[index : index + 1]:
        for key in [*base, "unexpected"]:
            for value in HOSTILE_VALUES:
                body = base | {key: value}
                response = getattr(client, method)(url, data=json.dumps(body),
                                                   content_type="application/json")
                if response.status_code >= 500 or (
                    response.status_code >= 400 and not _refused(response)
                ):
                    failures.append((method, url, key, repr(value)[:30], response.status_code))
        for raw in RAW_BODIES:
            response = getattr(client, method)(url, data=raw, content_type="application/json")
            if not _refused(response):
                failures.append((method, url, "raw", repr(raw)[:30], response.status_code))
    assert failures == []
    with scopes_disabled():
        # Every body varies one NIP, so at most one employee can have been created.
        assert Employee.objects.count() <= before + 1


@pytest.mark.parametrize("url", ["/api/employees", "/api/units", "/api/positions",
                                 "/api/acting-assignments"])
def test_hostile_list_parameters_never_fail_the_server(client, world, url):
    log_in(client, world.users.hr_admin)
    names = ["limit", "offset", "q", "agency", "unit", "grade", "status", "kind", "job_kind",
             "parent", "root", "active", "is_head", "on", "position", "employee"]
    values = ["\x00", "x" * 5000, "-1", "9" * 30, "1e5", "true", "2026-02-30", "%ED%A0%80"]
    for name in names:
        for value in values:
            response = client.get(url, {name: value})
            assert response.status_code in {200, 422}, (name, value, response.content[:200])


@pytest.mark.parametrize("path", ["%00", "1e3", "-1", "0", "9" * 30, "abc"])
def test_hostile_ids_in_the_path_are_client_errors(client, world, path):
    log_in(client, world.users.hr_admin)
    for url in (f"/api/employees/{path}", f"/api/employees/{path}/history",
                f"/api/units/{path}", f"/api/tokens/{path}"):
        for method in ("get", "patch", "delete"):
            response = getattr(client, method)(url)
            assert 400 <= response.status_code < 500, (method, url)
            assert response.json()["detail"]


@pytest.mark.parametrize(
    ("loc", "field"),
    [(("body", "payload", "nip"), "nip"), (("query", "limit"), "limit"),
     (("path", "employee_id"), "employee_id"), (("body", "payload"), "body"),
     (("body", "payload", "unit", 0), "unit.0")],
)
def test_error_locations_become_field_names(loc, field):
    assert _field_of(loc) == field
