"""The permission matrix: persona x action on the employee (own / subordinate / other unit),
another government and anonymous. Every denied call changes nothing."""

import pytest
from django.test import RequestFactory
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.rewards.models import Award, Nomination, RecognitionConsent
from abdi.rewards.views.profile import awards_section
from abdi.tenancy.scoping import within

from .factories import annual_predikat, award, default_kinds, nomination

PERSONAS = ("own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "other_gov", "anonymous")
REASON = "Capaian kinerja sangat baik dan inovasi layanan."


@pytest.fixture
def data(world, register):
    with within(world.gov):
        kinds = default_kinds(world.gov)
        for employee in (world.own, world.other_unit):
            annual_predikat(employee, 2025, "SB")
        proposed = nomination(world.own, kinds["acara-resmi"], 2026, by=world.users.supervisor)
        award(world.own, kinds["slks-x"], 2025, sk_number="SK-MILIK-SENDIRI")
    return kinds, proposed


def _as(persona, world, login):
    if persona != "anonymous":
        login(getattr(world.users, persona))


def _count(model):
    with scopes_disabled():
        return model.objects.count()


# Nominate world.own (the supervisor's subordinate) and world.other_unit (another agency).
NOMINATE = {
    # persona: (status for own, status for other unit)
    "own": (403, 403), "supervisor": (302, 403), "agency_head": (302, 403), "other_unit": (403, 403),
    "agency_admin": (403, 403), "hr_admin": (302, 302), "leader": (403, 403),
    "other_gov": (403, 403), "anonymous": (302, 302),
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("target", ["own", "other_unit"])
def test_nominate(world, data, login, client, persona, target):
    kinds, _proposed = data
    _as(persona, world, login)
    employee = getattr(world, target)
    before = _count(Nomination)
    response = client.post("/penghargaan/usulan/baru/", {
        "employee": employee.pk, "kind": kinds["prioritas-pengembangan"].pk, "year": 2026,
        "reason": REASON})
    expected = NOMINATE[persona][0 if target == "own" else 1]
    assert response.status_code == expected
    if persona == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    assert _count(Nomination) == before + (1 if expected == 302 and persona != "anonymous" else 0)


DECIDE = {"own": 404, "supervisor": 403, "agency_head": 403, "other_unit": 404, "agency_admin": 404,
          "hr_admin": 302, "leader": 302, "other_gov": 404, "anonymous": 302}


@pytest.mark.parametrize("persona", PERSONAS)
def test_decide(world, data, login, client, persona):
    _kinds, proposed = data
    _as(persona, world, login)
    response = client.post(f"/penghargaan/usulan/{proposed.pk}/", {"decision": "approve", "version": 1})
    assert response.status_code == DECIDE[persona]
    with scopes_disabled():
        status = Nomination.objects.get(pk=proposed.pk).status
        awards = Award.objects.filter(nomination=proposed).count()
    approved = DECIDE[persona] == 302 and persona != "anonymous"
    assert (status, awards) == (("approved", 1) if approved else ("proposed", 0))


VIEW_NOMINATION = {"own": 404, "supervisor": 200, "agency_head": 200, "other_unit": 404,
                   "agency_admin": 404, "hr_admin": 200, "leader": 200, "other_gov": 404, "anonymous": 302}


@pytest.mark.parametrize("persona", PERSONAS)
def test_view_nomination(world, data, login, client, persona):
    _kinds, proposed = data
    _as(persona, world, login)
    assert client.get(f"/penghargaan/usulan/{proposed.pk}/").status_code == VIEW_NOMINATION[persona]


MANAGE = {"own": 403, "supervisor": 403, "agency_head": 403, "other_unit": 403, "agency_admin": 403,
          "hr_admin": 200, "leader": 403, "other_gov": 403, "anonymous": 302}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("path", ["/penghargaan/slks/", "/penghargaan/slks/ekspor.xlsx",
                                  "/penghargaan/riwayat/", "/penghargaan/pengaturan/"])
def test_bkpsdm_pages(world, data, login, client, persona, path):
    _as(persona, world, login)
    assert client.get(path).status_code == MANAGE[persona]


@pytest.mark.parametrize("persona", PERSONAS)
def test_record_award(world, data, login, client, persona):
    kinds, _proposed = data
    _as(persona, world, login)
    before = _count(Award)
    response = client.post("/penghargaan/riwayat/", {"nip": world.own.nip, "kind": kinds["acara-resmi"].pk,
                                                     "year": 2024})
    assert response.status_code == (302 if persona in ("hr_admin", "anonymous") else 403)
    assert _count(Award) == before + (persona == "hr_admin")


SEES_AWARDS = {"own": True, "supervisor": True, "agency_head": True, "other_unit": False,
               "agency_admin": True, "hr_admin": True, "leader": True, "other_gov": False,
               "anonymous": False}


@pytest.mark.parametrize("persona", PERSONAS)
def test_profile_section(world, data, persona):
    user = None if persona == "anonymous" else getattr(world.users, persona)
    request = RequestFactory().get("/")
    request.user = user
    with within(world.gov):
        html = awards_section(request, Actor.for_user(user), world.own)
    assert ("SK-MILIK-SENDIRI" in html) is SEES_AWARDS[persona]
    assert not html or html.strip().startswith('<section class="card" id="awards"')


@pytest.mark.parametrize("persona", PERSONAS)
def test_consent(world, data, login, client, persona):
    _as(persona, world, login)
    response = client.post("/penghargaan/saya/", {"public": "1"})
    with scopes_disabled():
        own_public = RecognitionConsent.objects.filter(employee=world.own, public=True).exists()
    assert own_public is (persona == "own")  # nobody else decides for the employee
    if persona == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    elif persona in ("agency_admin", "leader"):  # accounts without an employee record
        assert response.status_code == 400
