"""Export and API: the same masking as the pages, and no query per case."""

import io
import json

import pytest
from django.test import RequestFactory
from django.urls import reverse

from abdi.complaints import api
from abdi.complaints.services import handling
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import REPORTER, file_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed(world, desk):
    """A confidential, an anonymous and a berkadar pengawasan case, all disposed to Disdik."""
    hr = actor_of(world.users.hr_admin)
    cases = []
    with within(world.gov):
        for options, case_class in (({"confidential": True}, "pengaduan"),
                                    ({"anonymous": True}, "pengaduan"), ({}, "pengawasan")):
            case, _s = file_case(world.gov, world.agency, **options)
            cases.append(handling.dispose_case(actor=hr, case=case, version=case.version,
                                               agency=world.agency, case_class=case_class))
    return cases


@pytest.mark.parametrize("who", ["liaison", "agency_admin", "agency_head", "leader", "auditor"])
def test_export_never_shows_protected_identity(client, login, world, desk, mixed, who):
    login(getattr(desk.users, who, None) or getattr(world.users, who))
    response = client.get(reverse("complaints:export"))
    assert response.status_code == 200
    body = response.content.decode()
    for value in REPORTER.values():
        assert value not in body
    expected = 1 if who == "auditor" else (3 if who == "leader" else 2)
    assert len(body.strip().splitlines()) == 1 + expected


def test_export_for_the_coordinator_shows_non_anonymous_identity(client, login, world, desk, mixed):
    login(desk.users.coordinator)
    body = client.get(reverse("complaints:export")).content.decode()
    assert body.count(REPORTER["name"]) == 2  # confidential and pengawasan, never the anonymous


def test_export_is_staff_only(client, login, world, mixed):
    login(world.users.own)
    assert client.get(reverse("complaints:export")).status_code == 404


def test_export_neutralises_formulas(client, login, world, desk):
    with within(world.gov):
        file_case(world.gov, world.agency, category="=HYPERLINK(1)")
    login(world.users.hr_admin)
    assert "'=HYPERLINK" in client.get(reverse("complaints:export")).content.decode()


def _xlsx_rows(response) -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(response.content), read_only=True)
    return [list(row) for row in book.active.iter_rows(values_only=True)]


@pytest.mark.parametrize("who", ["liaison", "leader", "auditor"])
def test_xlsx_export_holds_the_same_cases_and_masks_the_same(client, login, world, desk, mixed, who):
    login(getattr(desk.users, who, None) or getattr(world.users, who))
    csv_lines = client.get(reverse("complaints:export")).content.decode().strip().splitlines()
    response = client.get(reverse("complaints:export_xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = _xlsx_rows(response)
    assert len(rows) == len(csv_lines)
    flat = " ".join(str(cell) for row in rows for cell in row if cell is not None)
    for value in REPORTER.values():
        assert value not in flat


def test_xlsx_export_is_staff_only_and_neutralises_formulas(client, login, world, desk):
    with within(world.gov):
        file_case(world.gov, world.agency, category="=HYPERLINK(1)")
    login(world.users.own)
    assert client.get(reverse("complaints:export_xlsx")).status_code == 404
    client.logout()
    login(world.users.hr_admin)
    rows = _xlsx_rows(client.get(reverse("complaints:export_xlsx")))
    categories = [row[6] for row in rows[1:]]
    assert "'=HYPERLINK(1)" in categories


def _api_get(user, view, **kwargs):
    request = RequestFactory().get("/api/complaints")
    request.user = user
    return view(request, **kwargs)


@pytest.mark.parametrize("who", ["liaison", "agency_admin", "leader"])
def test_api_masks_identity(world, desk, mixed, who):
    user = getattr(desk.users, who, None) or getattr(world.users, who)
    with within(world.gov):
        page = _api_get(user, api.list_complaints, filters=api.ComplaintFilters())
        payload = json.dumps([api.ComplaintOut.model_validate(i).model_dump(mode="json")
                              for i in page["items"]])
        detail = _api_get(user, api.get_complaint, complaint_id=mixed[0].pk)
    assert page["count"] == (3 if who == "leader" else 2)
    assert all(item["reporter"] is None for item in page["items"])
    assert detail["reporter"] is None
    for value in REPORTER.values():
        assert value not in payload


def test_api_gives_identity_to_the_coordinator_only_when_allowed(world, desk, mixed):
    with within(world.gov):
        page = _api_get(desk.users.coordinator, api.list_complaints, filters=api.ComplaintFilters())
    reporters = {item["tracking"]: item["reporter"] for item in page["items"]}
    assert reporters[mixed[1].tracking] is None  # anonymous: nobody
    assert reporters[mixed[0].tracking]["name"] == REPORTER["name"]


def test_queue_does_not_query_per_case(client, login, world, desk, django_assert_max_num_queries):
    login(world.users.hr_admin)
    with within(world.gov):
        file_case(world.gov, world.agency)
    client.get(reverse("complaints:queue"))
    with django_assert_max_num_queries(40) as one:
        client.get(reverse("complaints:queue"))
    with within(world.gov):
        for _ in range(4):
            file_case(world.gov, world.other_agency)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert client.get(reverse("complaints:queue")).status_code == 200
