"""The permission matrix: persona x page x whose record (own, subordinate, other unit, other
government, anonymous). The 9-box is confidential HR data: the atasan does not see it."""

import pytest
from django.urls import reverse

from abdi.talent.models import StudyRequest, SuccessionPlan
from abdi.talent.services import career
from abdi.tenancy.scoping import within

from .conftest import actor_of

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "other_gov", "operator", None]
GRID = {"own": 302, "supervisor": 302, "agency_head": 302, "other_unit": 302, "agency_admin": 200,
        "hr_admin": 200, "leader": 200, "other_gov": 302, "operator": 404, None: 302}
BOX = {**dict.fromkeys(PERSONAS, 404), "agency_admin": 200, "hr_admin": 200, "leader": 200, None: 302}
# own is in box 9 (Disdik); other_unit in box 8 (Dinkes): the agency admin sees only Disdik.
SEES_OWN_BOX = {"agency_admin", "hr_admin", "leader"}
SEES_OTHER_AGENCY = {"hr_admin", "leader"}
STUDY = {**dict.fromkeys(PERSONAS, 404), "own": 200, "supervisor": 200, "agency_admin": 200,
         "hr_admin": 200, None: 302}
HR_ONLY = {**dict.fromkeys(PERSONAS, 404), "hr_admin": 200, None: 302}
COMMITTEE = {**dict.fromkeys(PERSONAS, 404), "hr_admin": 200, "leader": 200, None: 302}


def _client(client, login, world, persona):
    return client if persona is None else login(getattr(world.users, persona))


@pytest.fixture
def study(world):
    with within(world.gov):
        return career.submit_study(actor=actor_of(world.users.own), kind="izin",
                                   institution="Universitas Terbuka", programme="Administrasi Publik",
                                   level="S1", start="2026-09-01", end="2030-08-31", funding="self")


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_the_grid_and_the_boxes(world, placed, client, login, persona):
    c = _client(client, login, world, persona)
    assert c.get(reverse("talent:index") + "?year=2025").status_code == GRID[persona]
    nine = c.get(reverse("talent:box") + "?box=9&year=2025")
    assert nine.status_code == BOX[persona]
    assert (world.own.nip in nine.content.decode()) is (persona in SEES_OWN_BOX)
    eight = c.get(reverse("talent:box") + "?box=8&year=2025")
    assert (world.other_unit.nip in eight.content.decode()) is (persona in SEES_OTHER_AGENCY)


@pytest.mark.parametrize("persona", PERSONAS)
def test_own_box_page_shows_only_ones_own(world, placed, client, login, persona):
    response = _client(client, login, world, persona).get(reverse("talent:mine"))
    if persona is None:
        assert response.status_code == 302
        return
    if persona == "operator":
        assert response.status_code == 404
        return
    body = response.content.decode()
    assert response.status_code == 200
    assert ('data-testid="my-box-number">9<' in body) is (persona == "own")
    assert ("Promote (siap dipromosikan)" in body) is (persona == "own")


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_a_study_request(world, study, client, login, persona):
    response = _client(client, login, world, persona).get(reverse("talent:study", args=[study.pk]))
    assert response.status_code == STUDY[persona]
    assert ("Universitas Terbuka" in response.content.decode()) is (STUDY[persona] == 200)


DECIDE = {**dict.fromkeys(PERSONAS, 404), "own": 403, "supervisor": 302, "agency_admin": 403,
          "hr_admin": 403, None: 302}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_atasan_endorses(world, study, client, login, persona):
    c = _client(client, login, world, persona)
    c.raise_request_exception = False
    response = c.post(reverse("talent:decide_study", args=[study.pk]),
                      {"version": 1, "decision": "approve"})
    assert response.status_code == DECIDE[persona]
    with within(world.gov):
        status = StudyRequest.objects.get().status
    assert status == ("endorsed" if persona == "supervisor" else "submitted")


@pytest.mark.parametrize("persona", PERSONAS)
def test_settings_and_committee_pages(world, placed, client, login, persona):
    c = _client(client, login, world, persona)
    assert c.get(reverse("talent:settings")).status_code == HR_ONLY[persona]
    assert c.get(reverse("talent:pools")).status_code == COMMITTEE[persona]
    assert c.get(reverse("talent:plans")).status_code == COMMITTEE[persona]
    with within(world.gov):
        plan = SuccessionPlan.objects.create(instansi=world.gov, position=world.supervisor.position,
                                             year=2025)
    assert c.get(reverse("talent:plan", args=[plan.pk])).status_code == COMMITTEE[persona]
    pdf = c.get(reverse("talent:plan_pdf", args=[plan.pk]))
    assert pdf.status_code == COMMITTEE[persona]
    if pdf.status_code == 200:
        assert pdf.content.startswith(b"%PDF")
