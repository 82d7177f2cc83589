"""The permission matrix: role x action x whose case (own, subordinate, other unit, other
government, anonymous). Denied requests change nothing; a case one may not see is a 404."""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory
from abdi.discipline.models import DisciplineCase
from abdi.discipline.tests.factories import make_case
from abdi.tenancy.scoping import within

SECRET = "Berita acara: pegawai mengakui"
VIEW = {  # persona -> status of GET case page for a case of `own`
    "own": 200, "supervisor": 200, "agency_head": 200, "leader": 200, "hr_admin": 200,
    "agency_admin": 200, "other_unit": 404, "other_gov": 404, "operator": 404, None: 302,
}
MANAGE = {  # persona -> status of the edit/decide/cancel pages
    "own": 403, "supervisor": 403, "agency_head": 403, "leader": 403, "hr_admin": 200,
    "agency_admin": 200, "other_unit": 404, "other_gov": 404, "operator": 404, None: 302,
}
MINUTES = {"supervisor", "agency_head", "leader", "hr_admin", "agency_admin"}


@pytest.fixture
def case(world):
    with within(world.gov):
        return make_case(world.own, examination_minutes=SECRET, violation="Pelanggaran Uji Matriks")


def _client(client, login, world, persona):
    if persona is None:
        return client
    return login(getattr(world.users, persona))


def _state(world):
    with within(world.gov):
        return list(DisciplineCase.objects.order_by("pk").values())


@pytest.mark.parametrize("persona", list(VIEW))
def test_who_sees_a_case(world, case, client, login, persona):
    response = _client(client, login, world, persona).get(reverse("discipline:case", args=[case.pk]))
    assert response.status_code == VIEW[persona]
    body = response.content.decode()
    assert ("Pelanggaran Uji Matriks" in body) is (VIEW[persona] == 200)
    # The Berita Acara is confidential: HR and the officials, never the employee.
    assert (SECRET in body) is (persona in MINUTES)


@pytest.mark.parametrize("persona", list(MANAGE))
@pytest.mark.parametrize("page", ["discipline:edit", "discipline:decide", "discipline:cancel"])
def test_who_opens_the_forms(world, case, client, login, persona, page):
    response = _client(client, login, world, persona).get(reverse(page, args=[case.pk]))
    assert response.status_code == MANAGE[persona]


@pytest.mark.parametrize("persona", list(MANAGE))
def test_who_cancels_and_denied_changes_nothing(world, case, client, login, persona):
    before = _state(world)
    response = _client(client, login, world, persona).post(
        reverse("discipline:cancel", args=[case.pk]),
        {"version": case.version, "reason": "Dibatalkan karena salah orang."})
    expected = 302 if MANAGE[persona] == 200 else MANAGE[persona]
    assert response.status_code == expected
    if expected == 302 and persona is not None:
        assert _state(world)[0]["status"] == "cancelled"
    else:
        assert _state(world) == before


def test_the_agency_admin_does_not_reach_another_agency(world, client, login):
    with within(world.gov):
        elsewhere = make_case(world.other_unit)
    admin = login(world.users.agency_admin)
    assert admin.get(reverse("discipline:case", args=[elsewhere.pk])).status_code == 404
    assert admin.get(reverse("discipline:edit", args=[elsewhere.pk])).status_code == 404


def test_a_colleague_does_not_see_a_peers_case(world, client, login):
    with within(world.gov):
        peer_case = make_case(world.peer)
    assert login(world.users.own).get(
        reverse("discipline:case", args=[peer_case.pk])).status_code == 404
    assert login(world.users.supervisor).get(
        reverse("discipline:case", args=[peer_case.pk])).status_code == 200


@pytest.mark.parametrize(("persona", "sees"), [
    ("own", {"own"}), ("supervisor", {"own", "peer"}), ("agency_head", {"own", "peer", "sibling"}),
    ("agency_admin", {"own", "peer", "sibling"}), ("hr_admin", {"own", "peer", "sibling", "other_unit"}),
    ("leader", {"own", "peer", "sibling", "other_unit"}), ("other_unit", {"other_unit"}),
    ("other_gov", set()),
])
def test_the_index_lists_what_each_may_see(world, client, login, persona, sees):
    names = {"own": "Kasus Sendiri", "peer": "Kasus Rekan", "sibling": "Kasus PAUD",
             "other_unit": "Kasus Dinkes"}
    with within(world.gov):
        for who, text in names.items():
            make_case(getattr(world, who), violation=f"{text} tidak masuk kerja")
    body = login(getattr(world.users, persona)).get(reverse("discipline:index")).content.decode()
    assert {who for who, text in names.items() if text in body} == sees


@pytest.mark.parametrize(("persona", "status"), [
    ("hr_admin", 200), ("agency_admin", 200), ("own", 404), ("supervisor", 404), ("leader", 404),
    ("other_gov", 200), ("operator", 404),
])
def test_who_opens_the_create_and_absence_pages(world, client, login, persona, status):
    if persona == "other_gov":
        with scopes_disabled():  # HR of the other government: its own pages, none of ours
            RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    user = login(getattr(world.users, persona))
    assert user.get(reverse("discipline:create")).status_code == status
    assert user.get(reverse("discipline:absence_flags")).status_code == status
