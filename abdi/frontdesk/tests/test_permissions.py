"""The front desk's permission matrix: BKPSDM manages every unit, an agency admin their agency's
units, nobody else; a counter one may not manage is a 404 and refused writes change nothing."""

import pytest
from django.urls import reverse

from abdi.frontdesk.models import Counter
from abdi.frontdesk.tests.factories import CounterFactory
from abdi.tenancy.scoping import within

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "operator", "other_gov", None]
MANAGE = dict.fromkeys(PERSONAS, 404) | {"agency_admin": 200, "hr_admin": 200, None: 302}


def _client(client, login, world, persona):
    return client if persona is None else login(getattr(world.users, persona))


def _state(world):
    with within(world.gov):
        return [(c["name"], c["version"]) for c in Counter.objects.order_by("pk").values()]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["frontdesk:counter_edit", "frontdesk:counter_qr",
                                  "frontdesk:counter_poster"])
def test_who_opens_a_counter(world, desk, client, login, persona, page):
    response = _client(client, login, world, persona).get(reverse(page, args=[desk.pk]))
    assert response.status_code == MANAGE[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_opens_the_lists_and_forms(world, desk, client, login, persona):
    c = _client(client, login, world, persona)
    for page in ("frontdesk:index", "frontdesk:counter_create", "frontdesk:service_create"):
        assert c.get(reverse(page)).status_code == MANAGE[persona]
    with within(world.gov):
        service = desk.services.first()
    assert c.get(reverse("frontdesk:service_edit", args=[service.pk])).status_code == MANAGE[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_renames_a_counter_and_denied_changes_nothing(world, desk, client, login, persona):
    before = _state(world)
    response = _client(client, login, world, persona).post(
        reverse("frontdesk:counter_edit", args=[desk.pk]),
        {"name": "Loket Baru", "version": desk.version, "is_active": "1"})
    expected = 302 if MANAGE[persona] == 200 else MANAGE[persona]
    assert response.status_code == expected
    if expected == 302 and persona is not None:
        assert _state(world) == [("Loket Baru", 2)]
    else:
        assert _state(world) == before


def test_the_agency_admin_does_not_reach_another_agency(world, client, login):
    with within(world.gov):
        elsewhere = CounterFactory(unit=world.other_agency, name="Loket Dinkes")
    admin = login(world.users.agency_admin)
    assert admin.get(reverse("frontdesk:counter_edit", args=[elsewhere.pk])).status_code == 404
    assert "Loket Dinkes" not in admin.get(reverse("frontdesk:index")).content.decode()
    refused = admin.post(reverse("frontdesk:counter_create"),
                         {"unit": world.other_agency.pk, "name": "Loket Curian"})
    assert refused.status_code == 403
    with within(world.gov):
        assert not Counter.objects.filter(name="Loket Curian").exists()
