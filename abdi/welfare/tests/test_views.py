"""Pages: malformed ids and forms answer 4xx with a message (never 500, never a half-saved
record); the lists run a fixed number of queries whatever their length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within
from abdi.welfare.models import BenefitRecord, MedicalResult, Participation, Programme

from .conftest import SECRET
from .factories import ParticipationFactory, ProgrammeFactory


def _snapshot(world):
    with within(world.gov):
        return [list(m.objects.order_by("pk").values()) for m in
                (Programme, Participation, MedicalResult, BenefitRecord)]


@pytest.mark.parametrize("path", [
    "/kesejahteraan/program/0/", "/kesejahteraan/program/99999999999999999999/",
    "/kesejahteraan/program/2000000001/peserta/", "/kesejahteraan/peserta/9223372036854775808/hasil/",
    "/kesejahteraan/program/abc/", "/kesejahteraan/jadwal/-1/daftar/",
])
def test_malformed_or_unknown_ids_are_404(world, client, login, path):
    login(world.users.hr_admin)
    client.raise_request_exception = False
    assert client.get(path).status_code in (404, 405)
    assert client.post(path).status_code in (404, 405)


@pytest.mark.parametrize("data", [
    {}, {"kind": "x", "name": "A", "year": 2026}, {"kind": "benefit", "name": "", "year": 2026},
    {"kind": "benefit", "name": "A", "year": "dua ribu"}, {"kind": "benefit", "name": "A", "year": 2026,
                                                          "min_age": "70", "max_age": "20"},
    {"kind": "benefit", "name": "A", "year": 2026, "agency_ids": ["999999999"]},
    {"kind": "benefit", "name": "A", "year": 2026, "min_grade": "Z/9"},
])
def test_a_bad_programme_form_is_400_with_a_message(world, client, login, data):
    login(world.users.hr_admin)
    before = _snapshot(world)
    response = client.post(reverse("welfare:programme_create"), data)
    assert response.status_code == 400
    assert 'data-testid="error"' in response.content.decode()
    assert _snapshot(world) == before


@pytest.mark.parametrize(("name", "data"), [
    ("session_add", {"date": "31-02-2026", "place": "X", "capacity": 1}),
    ("session_add", {"date": "2026-12-20", "place": "X", "capacity": 0}),
    ("session_add", {"date": "2026-12-20", "place": "", "capacity": 5}),
    ("programme_status", {"status": "deleted", "version": 1}),
    ("programme_status", {"status": "closed", "version": "x"}),
    ("programme_status", {"status": "closed", "version": 77}),
    ("staff_add", {"username": ""}), ("staff_add", {"username": "nobody@nowhere"}),
    ("benefits", {"nip": "1", "date": "2026-11-01", "description": "x"}),
])
def test_bad_programme_actions_are_4xx(world, health, client, login, name, data):
    login(world.users.hr_admin)
    before = _snapshot(world)
    response = client.post(reverse(f"welfare:{name}", args=[health.programme.pk]), data)
    assert 400 <= response.status_code < 500
    assert 'data-testid="error"' in response.content.decode()
    assert _snapshot(world) == before


def test_bad_participation_forms_are_4xx(world, health, client, login):
    before = _snapshot(world)
    login(health.doctor)
    for data in ({}, {"attended": "perhaps", "version": 1}, {"attended": "yes", "version": "x"}):
        assert client.post(reverse("welfare:attendance", args=[health.own.pk]), data).status_code == 400
    for data in ({}, {"summary": ""}, {"summary": "x", "version": "abc"}, {"summary": "x", "version": 9}):
        response = client.post(reverse("welfare:result", args=[health.own.pk]), data)
        assert response.status_code in (400, 409)
    login(world.users.own)
    for data in ({}, {"version": "x"}, {"version": 99}):
        assert client.post(reverse("welfare:cancel", args=[health.own.pk]), data).status_code in (400, 409)
    assert _snapshot(world) == before


def test_the_employee_reads_his_own_result_and_the_page_is_not_cached(world, health, client, login):
    login(world.users.own)
    index = client.get(reverse("welfare:index")).content.decode()
    assert 'data-testid="my-result"' in index
    assert SECRET not in index
    page = client.get(reverse("welfare:result", args=[health.own.pk]))
    assert SECRET in page.content.decode()
    assert "no-store" in page["Cache-Control"]


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _more_participants(world, health, n):
    with scopes_disabled():
        for _ in range(n):
            ParticipationFactory(session=health.session,
                                 employee=EmployeeFactory(position=world.peer.position))


@pytest.mark.parametrize("persona", ["hr_admin", "doctor"])
def test_participants_list_queries_do_not_grow(world, health, client, login, persona):
    login(health.doctor if persona == "doctor" else world.users.hr_admin)
    url = reverse("welfare:participants", args=[health.programme.pk])
    client.get(url)  # warm the session and principal caches
    one = _queries(client, url)
    _more_participants(world, health, 3)
    assert _queries(client, url) == one


def test_index_queries_do_not_grow(world, health, client, login):
    login(world.users.hr_admin)
    url = reverse("welfare:index")
    client.get(url)  # warm the session and principal caches
    one = _queries(client, url)
    with scopes_disabled():
        for _ in range(3):
            ProgrammeFactory(instansi=world.gov)
    assert _queries(client, url) == one


def test_programme_page_for_hr_shows_counts_not_results(world, health, client, login):
    login(world.users.hr_admin)
    body = client.get(reverse("welfare:programme", args=[health.programme.pk])).content.decode()
    assert 'data-testid="count-attended">1<' in body
    assert SECRET not in body
