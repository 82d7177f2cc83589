"""The permission matrix: persona x action on an ABK of world.unit (own unit for own, supervisor
and agency head; another unit for other_unit; another government; anonymous). Denied requests
change nothing; an ABK one may not see answers 404."""

import pytest
from django.urls import reverse

from abdi.tenancy.scoping import within
from abdi.workforce.models import Abk, AbkEquipment, AbkTask
from abdi.workforce.services import proposals

from .conftest import actor_of

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin",
            "leader", "operator", "other_gov", None]
READ = {"own": 404, "supervisor": 200, "agency_head": 200, "other_unit": 404,
        "agency_admin": 200, "hr_admin": 200, "leader": 200, "operator": 404, "other_gov": 404,
        None: 302}
EDIT = {p: (403 if s == 200 else s) for p, s in READ.items()} | {"agency_admin": 302,
                                                                 "hr_admin": 302}
APPROVE = {p: (403 if s == 200 else s) for p, s in READ.items()} | {"hr_admin": 302}
INDEX = {"own": 404, "supervisor": 200, "agency_head": 200, "other_unit": 404,
         "agency_admin": 200, "hr_admin": 200, "leader": 200, "operator": 404, "other_gov": 404,
         None: 302}
PROPOSAL = {"own": 404, "supervisor": 404, "agency_head": 404, "other_unit": 404,
            "agency_admin": 200, "hr_admin": 200, "leader": 200, "operator": 404,
            "other_gov": 404, None: 302}
TASK = {"name": "Menyusun telaahan staf", "output_unit": "telaahan", "volume": "12",
        "period": "tahun", "norma_minutes": "120"}


def _client(client, login, world, persona):
    return client if persona is None else login(getattr(world.users, persona))


def _state(world):
    with within(world.gov):
        return (list(Abk.objects.order_by("pk").values()),
                list(AbkTask.objects.order_by("pk").values()))


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_reads_the_abk_and_its_jabatan(world, filled, client, login, persona):
    c = _client(client, login, world, persona)
    abk = filled.abk
    assert c.get(reverse("workforce:abk", args=[abk.pk])).status_code == READ[persona]
    response = c.get(reverse("workforce:line", args=[abk.pk, filled.admin_line.pk]))
    assert response.status_code == READ[persona]
    assert ("Memverifikasi berkas" in response.content.decode()) is (READ[persona] == 200)


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_opens_the_list(world, filled, client, login, persona):
    response = _client(client, login, world, persona).get(reverse("workforce:index"))
    assert response.status_code == INDEX[persona]
    # Whoever opens a list sees this unit only when allowed to read its ABK.
    assert ("Bidang Pembinaan SD" in response.content.decode()) is (READ[persona] == 200)


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_adds_a_task_and_denied_changes_nothing(world, filled, client, login, persona):
    before = _state(world)
    response = _client(client, login, world, persona).post(
        reverse("workforce:line", args=[filled.abk.pk, filled.it_line.pk]),
        TASK | {"version": filled.abk.version})
    assert response.status_code == EDIT[persona]
    if EDIT[persona] != 302 or persona is None:
        assert _state(world) == before
    else:
        with within(world.gov):
            assert AbkTask.objects.filter(line=filled.it_line).count() == 1


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_adds_equipment_and_denied_changes_nothing(world, filled, client, login, persona):
    before = _state(world)
    response = _client(client, login, world, persona).post(
        reverse("workforce:equipment_add", args=[filled.abk.pk, filled.it_line.pk]),
        {"equipment_name": "Server", "equipment_machines": "2", "equipment_rpk": "0.5",
         "equipment_shifts": "1", "version": filled.abk.version})
    assert response.status_code == EDIT[persona]
    with within(world.gov):
        added = AbkEquipment.objects.filter(line=filled.it_line).count()
    if EDIT[persona] != 302 or persona is None:
        assert (_state(world), added) == (before, 0)
    else:
        assert added == 1


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_approves(world, filled, client, login, persona):
    with within(world.gov):
        from abdi.workforce.services import abk as services
        abk = services.submit_abk(actor=actor_of(world.users.agency_admin), abk=filled.abk,
                                  version=filled.abk.version)
    before = _state(world)
    response = _client(client, login, world, persona).post(
        reverse("workforce:act", args=[abk.pk]), {"action": "approve", "version": abk.version})
    assert response.status_code == APPROVE[persona]
    if APPROVE[persona] != 302 or persona is None:
        assert _state(world) == before
    else:
        assert _state(world)[0][0]["status"] == "approved"


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_the_proposal_of_the_agency(world, filled, client, login, persona, year):
    with within(world.gov):
        proposal = proposals.create_proposal(actor=actor_of(world.users.hr_admin),
                                             agency=world.agency, year=year)
    c = _client(client, login, world, persona)
    assert c.get(reverse("workforce:proposal", args=[proposal.pk])).status_code == \
        PROPOSAL[persona]
    status = c.get(reverse("workforce:proposal_xlsx", args=[proposal.pk])).status_code
    assert status == PROPOSAL[persona]


def test_agency_admin_does_not_reach_another_agency(world, client, login, year):
    with within(world.gov):
        from abdi.workforce.services import abk as services
        elsewhere = services.start_abk(actor=actor_of(world.users.hr_admin),
                                       unit=world.other_agency, year=year)
    admin = login(world.users.agency_admin)
    assert admin.get(reverse("workforce:abk", args=[elsewhere.pk])).status_code == 404
    response = admin.post(reverse("workforce:start"), {"unit": world.other_agency.pk,
                                                       "year": year})
    assert response.status_code == 404


def test_only_bkpsdm_configures_and_draws_up_proposals(world, client, login, year):
    admin = login(world.users.agency_admin)
    assert admin.get(reverse("workforce:wke")).status_code == 404
    assert admin.post(reverse("workforce:proposal_create"), {"year": year}).status_code == 404
