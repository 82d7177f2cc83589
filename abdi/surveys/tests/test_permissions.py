"""The permission matrix of the SKM back office: persona x page x whose unit. A unit one may not
see is a 404; a refused write changes nothing."""

import pytest
from django.urls import reverse

from abdi.surveys.models import UnitPeriod
from abdi.tenancy.scoping import within

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "operator", "other_gov", None]
OVERVIEW = {"own": 404, "supervisor": 200, "agency_head": 200, "other_unit": 404,
            "agency_admin": 200, "hr_admin": 200, "leader": 200, "operator": 404, "other_gov": 404,
            None: 302}
UNIT_VIEW = OVERVIEW  # the unit is Bidang Pembinaan SD: its head, its agency head and admin
RECORD = {"own": 404, "supervisor": 302, "agency_head": 302, "other_unit": 404, "agency_admin": 302,
          "hr_admin": 302, "leader": 403, "operator": 404, "other_gov": 404, None: 302}
SETTINGS = dict.fromkeys(PERSONAS, 404) | {"hr_admin": 200, None: 302}


def _client(client, login, world, persona):
    return client if persona is None else login(getattr(world.users, persona))


def _periods(world):
    with within(world.gov):
        return list(UnitPeriod.objects.values())


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_the_overview_and_the_settings(world, client, login, persona):
    c = _client(client, login, world, persona)
    assert c.get(reverse("surveys:overview")).status_code == OVERVIEW[persona]
    assert c.get(reverse("surveys:settings")).status_code == SETTINGS[persona]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["surveys:unit", "surveys:unit_report"])
def test_who_sees_a_units_results(world, worked, client, login, persona, page):
    response = _client(client, login, world, persona).get(reverse(page, args=[world.unit.pk]))
    assert response.status_code == UNIT_VIEW[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_records_n_and_the_follow_up_plan(world, client, login, persona):
    response = _client(client, login, world, persona).post(
        reverse("surveys:unit_record", args=[world.unit.pk]),
        {"population": "500", "follow_up": "Tambah kursi", "version": ""})
    assert response.status_code == RECORD[persona]
    saved = _periods(world)
    if RECORD[persona] == 302 and persona is not None:
        assert saved[0]["population"] == 500
    else:
        assert saved == []
        if persona is None:
            assert response["Location"].startswith("/accounts/login/")


def test_the_agency_admin_and_unit_head_do_not_reach_other_units(world, client, login):
    admin = login(world.users.agency_admin)
    assert admin.get(reverse("surveys:unit", args=[world.other_agency.pk])).status_code == 404
    head = login(world.users.supervisor)
    assert head.get(reverse("surveys:unit", args=[world.sibling_unit.pk])).status_code == 404
    assert head.get(reverse("surveys:unit", args=[world.unit.pk])).status_code == 200


def test_the_overview_lists_only_visible_units(world, worked, client, login):
    from abdi.surveys.tests.conftest import DAY
    from abdi.surveys.tests.factories import make_response

    with within(world.gov):
        make_response(world.other_agency, DAY, [3] * 9)
    seen_by_admin = login(world.users.agency_admin).get(reverse("surveys:overview"),
                                                         {"periode": "2026-y1"}).content.decode()
    assert "Bidang Pembinaan SD" in seen_by_admin
    assert "Dinas Kesehatan" not in seen_by_admin
    seen_by_leader = login(world.users.leader).get(reverse("surveys:overview"),
                                                    {"periode": "2026-y1"}).content.decode()
    assert "Bidang Pembinaan SD" in seen_by_leader
    assert "Dinas Kesehatan" in seen_by_leader
    # The headline pools the raw answers of the units one sees: (303 + 27) / 99 x 25 = 83.33.
    assert "83.33" in seen_by_leader
    assert "83.33" not in seen_by_admin
