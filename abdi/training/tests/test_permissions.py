"""The permission matrix: persona x action on `own`'s training record and the JP pages.
Denied calls change nothing."""

import pytest
from django.urls import reverse

from abdi.tenancy.scoping import within
from abdi.training.models import TrainingRecord
from abdi.training.services import records
from abdi.training.tests.conftest import actor_of

pytestmark = pytest.mark.django_db

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "other_gov", "operator", "anonymous"]


@pytest.fixture
def registered(world, event):
    with within(world.gov):
        return records.register(actor=actor_of(world.users.own), event=event)


@pytest.fixture
def approved(world, registered):
    with within(world.gov):
        return records.decide_registration(actor=actor_of(world.users.supervisor),
                                           record=registered, version=registered.version,
                                           approve=True)


def _as(client, login, world, persona):
    user = getattr(world.users, persona, None)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    return client


def _ok(expected, response):
    if expected == "login":
        return response.status_code == 302 and "/accounts/login/" in response["Location"]
    return response.status_code == expected


VIEW = {"own": 200, "supervisor": 200, "agency_head": 200, "other_unit": 404, "agency_admin": 200,
        "hr_admin": 200, "leader": 200, "other_gov": 404, "operator": 404, "anonymous": "login"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_a_record(world, registered, client, login, persona):
    response = _as(client, login, world, persona).get(
        reverse("training:record", args=[registered.pk]))
    assert _ok(VIEW[persona], response), response.status_code


DECIDE = {"own": 403, "supervisor": 302, "agency_head": 403, "other_unit": 404,
          "agency_admin": 403, "hr_admin": 403, "leader": 403, "other_gov": 404, "operator": 404,
          "anonymous": "login"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_atasan_approves(world, registered, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("training:decide", args=[registered.pk]),
        {"version": registered.version, "decision": "approve"})
    assert _ok(DECIDE[persona], response), response.status_code
    with within(world.gov):
        status = TrainingRecord.objects.get(pk=registered.pk).status
    assert status == ("approved" if persona == "supervisor" else "registered")


ATTEND = {"own": 403, "supervisor": 403, "agency_head": 403, "other_unit": 404,
          "agency_admin": 403, "hr_admin": 302, "leader": 403, "other_gov": 404, "operator": 404,
          "anonymous": "login"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_records_attendance(world, approved, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("training:attendance", args=[approved.pk]),
        {"version": approved.version, "attended": "yes"})
    assert _ok(ATTEND[persona], response), response.status_code
    with within(world.gov):
        status = TrainingRecord.objects.get(pk=approved.pk).status
    assert status == ("attended" if persona == "hr_admin" else "approved")


MANAGE = {"own": 404, "supervisor": 404, "agency_head": 404, "other_unit": 404,
          "agency_admin": 404, "hr_admin": 200, "leader": 404, "other_gov": 404, "operator": 404,
          "anonymous": "login"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_manages_the_catalogue(world, client, login, persona):
    response = _as(client, login, world, persona).get(reverse("training:manage"))
    assert _ok(MANAGE[persona], response), response.status_code


BEHIND = {"own": 404, "supervisor": 404, "agency_head": 404, "other_unit": 404,
          "agency_admin": 200, "hr_admin": 200, "leader": 200, "other_gov": 404, "operator": 404,
          "anonymous": "login"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_who_is_behind(world, client, login, persona):
    response = _as(client, login, world, persona).get(
        reverse("training:behind", args=[world.agency.pk]))
    assert _ok(BEHIND[persona], response), response.status_code
    if response.status_code == 200:
        assert world.own.name in response.content.decode()


def test_agency_admin_does_not_see_another_agency(world, client, login):
    login(world.users.agency_admin)
    assert client.get(reverse("training:behind", args=[world.other_agency.pk])).status_code == 404


def test_jp_page_shows_each_viewer_their_part(world, client, login):
    login(world.users.supervisor)
    body = client.get(reverse("training:jp")).content.decode()
    assert world.own.name in body
    assert 'data-testid="agencies"' not in body
    login(world.users.own)
    body = client.get(reverse("training:jp")).content.decode()
    assert 'data-testid="own-jp"' in body
    assert 'data-testid="subordinates"' not in body
    login(world.users.hr_admin)
    assert 'data-testid="agencies"' in client.get(reverse("training:jp")).content.decode()
