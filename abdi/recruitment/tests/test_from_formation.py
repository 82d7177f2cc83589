"""Openings come from the approved formation (ABK → formasi): one per position the approved
proposal asks to recruit, with its quota; repeating the action adds nothing twice."""

import pytest
from django.urls import reverse

from abdi.recruitment.models import Opening
from abdi.recruitment.services import selections
from abdi.tenancy.scoping import within

from .conftest import actor


@pytest.fixture
def formation(world, monkeypatch):
    rows = [
        {"position_id": world.peer.position_id, "position_name": "Pranata Komputer Ahli Pertama",
         "proposed": 2, "proposal_id": 7},  # already has an opening in the selection
        {"position_id": world.sibling.position_id, "position_name": "Guru Ahli Pertama",
         "proposed": 3, "proposal_id": 7},
        {"position_id": world.other_unit.position_id, "position_name": "Perawat Terampil",
         "proposed": 0, "proposal_id": 7},  # needs nobody new
    ]
    asked = []

    def approved(instansi_id, year):
        asked.append((instansi_id, year))
        return rows
    monkeypatch.setattr(selections, "approved_formation", approved)
    return asked


def test_the_approved_formation_becomes_openings_once(world, rec, formation):
    with within(world.gov):
        made = selections.add_openings_from_formation(actor=actor(world.users.hr_admin),
                                                      selection=rec.selection)
        assert [(o.title, o.quota, o.formation_ref) for o in made] == [("Guru Ahli Pertama", 3, 7)]
        assert formation == [(world.gov.pk, rec.selection.year)]
        again = selections.add_openings_from_formation(actor=actor(world.users.hr_admin),
                                                       selection=rec.selection)
        assert again == []
        assert Opening.objects.filter(selection=rec.selection).count() == 2


def test_the_page_button_adds_them_and_only_bkpsdm_may(world, rec, formation, login, client):
    url = reverse("recruitment:openings_from_formation", args=[rec.selection.pk])
    login(world.users.leader)
    assert client.post(url).status_code == 403
    login(world.users.hr_admin)
    response = client.post(url)
    assert response.status_code == 302
    with within(world.gov):
        assert Opening.objects.filter(selection=rec.selection, formation_ref=7).count() == 1


def test_no_approved_formation_is_a_clear_refusal(world, rec, monkeypatch, login, client):
    monkeypatch.setattr(selections, "approved_formation", lambda instansi_id, year: [])
    login(world.users.hr_admin)
    response = client.post(reverse("recruitment:openings_from_formation", args=[rec.selection.pk]))
    assert response.status_code == 400
    assert "No approved formation proposal" in response.content.decode()
