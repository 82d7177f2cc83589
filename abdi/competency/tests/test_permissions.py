"""The permission matrix: persona x page x whose results. Results are seen by the employee, the
atasan and HR only; a page one may not see is a 404; denied POSTs change nothing."""

import pytest
from django.urls import reverse

from abdi.competency.models import AgencyPlan, Assessment, DevelopmentItem
from abdi.competency.services import plans
from abdi.tenancy.scoping import within

from .conftest import actor_of

VIEW_OWN = {  # persona -> GET the competency page of `own`
    "own": 200, "supervisor": 200, "agency_head": 404, "other_unit": 404, "hr_admin": 200,
    "agency_admin": 200, "leader": 404, "other_gov": 404, "operator": 404, None: 302,
}
GAP_MAP = {"own": 404, "supervisor": 404, "agency_head": 404, "other_unit": 404, "hr_admin": 200,
           "agency_admin": 200, "leader": 404, "other_gov": 404, "operator": 404, None: 302}
IMPORT = {**GAP_MAP, "agency_admin": 404}
PERSONAS = list(VIEW_OWN)


def _client(client, login, world, persona):
    return client if persona is None else login(getattr(world.users, persona))


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_an_employees_results(world, assessed, client, login, persona):
    response = _client(client, login, world, persona).get(
        reverse("competency:employee", args=[world.own.pk]))
    assert response.status_code == VIEW_OWN[persona]
    assert ("Drs. Asesor Satu" in response.content.decode()) is (VIEW_OWN[persona] == 200)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["competency:gap_map", "competency:plans"])
def test_who_sees_the_gap_maps_and_plans(world, assessed, client, login, persona, page):
    response = _client(client, login, world, persona).get(reverse(page))
    assert response.status_code == GAP_MAP[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_unit_drill_down(world, assessed, client, login, persona):
    response = _client(client, login, world, persona).get(
        reverse("competency:unit", args=[world.unit.pk]))
    assert response.status_code == GAP_MAP[persona]


def test_agency_admin_sees_only_their_agency(world, assessed, login):
    client = login(world.users.agency_admin)
    assert client.get(reverse("competency:unit", args=[world.other_agency.pk])).status_code == 404
    assert client.get(reverse("competency:gap_map") + f"?agency={world.other_agency.pk}"
                      ).status_code == 404
    assert client.get(reverse("competency:employee", args=[world.other_unit.pk])).status_code == 404


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["competency:import", "competency:technical"])
def test_who_imports_and_defines(world, client, login, persona, page):
    assert _client(client, login, world, persona).get(reverse(page)).status_code == IMPORT[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_requests_development_for_own(world, client, login, persona):
    response = _client(client, login, world, persona).post(
        reverse("competency:request", args=[world.own.pk]),
        {"title": "Kursus Menulis Surat Dinas", "kind": "klasikal", "jp": "10", "year": "2026"})
    expected = {"own": 302, "supervisor": 403, "hr_admin": 403, "agency_admin": 403,
                None: 302}.get(persona, 404)
    assert response.status_code == expected
    with within(world.gov):
        assert DevelopmentItem.objects.count() == (1 if persona == "own" else 0)


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_decides_a_plan(world, client, login, persona):
    with within(world.gov):
        plan = plans.consolidate(actor=actor_of(world.users.hr_admin), agency_id=world.agency.pk,
                                 year=2026)
    response = _client(client, login, world, persona).post(
        reverse("competency:plan", args=[plan.pk]), {"version": plan.version, "decision": "approve"})
    expected = {"hr_admin": 302, "agency_admin": 403, None: 302}.get(persona, 404)
    assert response.status_code == expected
    with within(world.gov):
        assert AgencyPlan.objects.get().status == ("approved" if persona == "hr_admin" else "draft")


def test_the_subordinates_list_only_for_an_atasan(world, assessed, login):
    assert login(world.users.own).get(reverse("competency:subordinates")).status_code == 404
    response = login(world.users.supervisor).get(reverse("competency:subordinates"))
    assert response.status_code == 200
    assert world.own.name in response.content.decode()
    assert "88.89" in response.content.decode()


def test_denied_record_changes_nothing(world, login):
    response = login(world.users.own).post(reverse("competency:record"), {
        "nip": world.own.nip, "date": "2026-02-01", "assessor": "Saya", "level_M1": "5"})
    assert response.status_code == 404
    with within(world.gov):
        assert not Assessment.objects.exists()
