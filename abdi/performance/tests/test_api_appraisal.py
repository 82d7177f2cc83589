"""The appraisal API under /api/performance: the journey, who may do what, hidden ratings,
hostile bodies and stale versions."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.tests.factories import UserFactory
from abdi.performance.models import Appraisal, CoachingPlan, Objection, PeerInput, UnitPerformance
from abdi.performance.services import appraisal as appraisal_services
from abdi.tenancy.scoping import within

from .conftest import actor_of

URL = "/api/performance"
YEAR = timezone.localdate().year
ANNUAL = {"year": YEAR, "period_kind": "annual", "period_number": 1}


def send(client, method, url, body=None):
    if body is None:
        return getattr(client, method)(url)
    return getattr(client, method)(url, data=json.dumps(body), content_type="application/json")


@pytest.fixture
def peer_user(world):
    with scopes_disabled():
        return UserFactory(username=world.peer.nip, instansi=world.gov, employee=world.peer,
                           display_name=world.peer.name)


def _open(world, plans) -> Appraisal:
    with within(world.gov):
        appraisal, _created = appraisal_services.open_appraisal(
            actor=actor_of(world.users.own), skp=plans.own.skp, period_kind="annual", period_number=1)
    return appraisal


def _state(world):
    with scopes_disabled():
        return (list(Appraisal.objects.filter(instansi=world.gov).order_by("pk").values()),
                list(UnitPerformance.objects.filter(instansi=world.gov).order_by("pk").values()),
                list(Objection.objects.filter(instansi=world.gov).order_by("pk").values()),
                list(PeerInput.objects.filter(instansi=world.gov).order_by("pk").values()))


def _version(pk):
    with scopes_disabled():
        return Appraisal.objects.get(pk=pk).version


def test_the_journey_through_the_api(world, plans, login, client, peer_user):
    login(world.users.own)
    response = send(client, "post", f"{URL}/skp/{plans.own.skp.pk}/appraisals",
                    {"period_kind": "annual", "period_number": 1})
    assert response.status_code == 201, response.content
    appraisal_id = response.json()["id"]
    again = send(client, "post", f"{URL}/skp/{plans.own.skp.pk}/appraisals",
                 {"period_kind": "annual", "period_number": 1})
    assert again.status_code == 200
    assert again.json()["id"] == appraisal_id
    assert send(client, "post", f"{URL}/appraisals/{appraisal_id}/self-assessment",
                {"text": "Semua selesai."}).status_code == 200

    login(peer_user)
    response = send(client, "post", f"{URL}/appraisals/{appraisal_id}/peer-input",
                    {"rating": "ATAS", "comment": "Membantu.", "anonymous": True})
    assert response.status_code == 200, response.content
    assert send(client, "get", f"{URL}/appraisals/{appraisal_id}").status_code == 403

    login(world.users.supervisor)
    detail = send(client, "get", f"{URL}/appraisals/{appraisal_id}").json()
    assert detail["peer_input"] == {"count": 1, "ratings": {"ATAS": 1, "SESUAI": 0, "BAWAH": 0}}
    assert world.peer.name not in json.dumps(detail)
    assert detail["citizen_feedback"] is None
    response = send(client, "post", f"{URL}/appraisals/{appraisal_id}/rating", {
        "result_rating": "BAWAH", "result_reason": "Target tidak tercapai.",
        "behaviour_rating": "SESUAI", "behaviour_reason": "Sesuai.", "version": detail["version"]})
    assert response.status_code == 200, response.content
    assert response.json()["predikat"] == "BP"
    listed = send(client, "get", f"{URL}/appraisals").json()
    assert [row["id"] for row in listed["items"]] == [appraisal_id]

    login(world.users.own)
    hidden = send(client, "get", f"{URL}/appraisals/{appraisal_id}").json()
    assert hidden["rating_visible"] is False
    assert (hidden["predikat"], hidden["result_rating"], hidden["result_reason"]) == (None, None, None)
    assert send(client, "get", f"{URL}/appraisals").json()["items"][0]["predikat"] is None

    login(world.users.agency_head)
    response = send(client, "post", f"{URL}/units/{world.unit.pk}/org-predikat",
                    {**ANNUAL, "org_predikat": "BP"})
    assert response.status_code == 200, response.content
    login(world.users.supervisor)
    curve = send(client, "get", f"{URL}/units/{world.unit.pk}/distribution?year={YEAR}"
                                "&period_kind=annual&period_number=1").json()
    assert curve["counts"]["BP"] == 1
    assert curve["blocked"] is False
    assert curve["can_finalise"] is True
    response = send(client, "post", f"{URL}/units/{world.unit.pk}/finalise", ANNUAL)
    assert response.status_code == 200, response.content
    assert response.json()["finalised"] == 1

    login(world.users.own)
    shown = send(client, "get", f"{URL}/appraisals/{appraisal_id}").json()
    assert (shown["predikat"], shown["status"]) == ("BP", "final")
    with scopes_disabled():
        assert CoachingPlan.objects.filter(appraisal_id=appraisal_id).exists()
    response = send(client, "post", f"{URL}/appraisals/{appraisal_id}/objection",
                    {"reason": "Ada bukti baru."})
    assert response.status_code == 201, response.content
    objection_id = response.json()["id"]

    login(world.users.agency_head)
    response = send(client, "post", f"{URL}/objections/{objection_id}/decision",
                    {"upheld": True, "decision": "Diterima."})
    assert response.status_code == 422  # new ratings are needed to uphold
    response = send(client, "post", f"{URL}/objections/{objection_id}/decision", {
        "upheld": True, "decision": "Diterima.", "result_rating": "SESUAI",
        "behaviour_rating": "SESUAI"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "upheld"
    with scopes_disabled():
        assert Appraisal.objects.get(pk=appraisal_id).predikat == "B"


def test_the_curve_blocks_finalising(world, plans, login, client):
    appraisal = _open(world, plans)
    with within(world.gov):
        appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                result_rating="ATAS", result_reason="a", behaviour_rating="ATAS",
                                behaviour_reason="b")
    login(world.users.hr_admin)
    assert send(client, "post", f"{URL}/units/{world.unit.pk}/org-predikat",
                {**ANNUAL, "org_predikat": "SK"}).status_code == 200
    login(world.users.supervisor)
    today = send(client, "get", f"{URL}/units/{world.unit.pk}/distribution").json()
    assert today["period_kind"] == world.gov.appraisal_period  # the government's period by default
    curve = send(client, "get", f"{URL}/units/{world.unit.pk}/distribution?year={YEAR}"
                                "&period_kind=annual&period_number=1").json()
    assert curve["blocked"] is True
    assert "distribution_too_many" in {p["code"] for p in curve["problems"]}
    before = _state(world)
    response = send(client, "post", f"{URL}/units/{world.unit.pk}/finalise", ANNUAL)
    assert response.status_code == 409
    assert any("Sangat Baik is given to 1 of 1 employees" in message
               for message in response.json()["errors"]["__all__"])
    assert _state(world) == before


def test_a_stale_version_answers_409(world, plans, login, client):
    appraisal = _open(world, plans)
    stale = appraisal.version
    with within(world.gov):
        appraisal_services.submit_self_assessment(actor=actor_of(world.users.own), appraisal=appraisal,
                                                  text="Baru.")
    login(world.users.supervisor)
    before = _state(world)
    response = send(client, "post", f"{URL}/appraisals/{appraisal.pk}/rating", {
        "result_rating": "ATAS", "result_reason": "a", "behaviour_rating": "ATAS",
        "behaviour_reason": "b", "version": stale})
    assert response.status_code == 409
    assert _state(world) == before


# persona -> (rate, set org predikat, finalise, decide)
EXPECTED = {
    "own":          (403, 403, 403, 403),
    "supervisor":   (200, 403, 200, 403),
    "peer":         (403, 403, 403, 404),
    "other_unit":   (404, 403, 403, 404),
    "agency_admin": (403, 403, 403, 403),
    "hr_admin":     (403, 200, 403, 403),
    "leader":       (403, 403, 403, 403),
    "agency_head":  (403, 200, 403, 200),
    "other_gov":    (404, 404, 404, 404),
    "anonymous":    (401, 401, 401, 401),
}


def _finalised_with_objection(world, plans):
    appraisal = _open(world, plans)
    with within(world.gov):
        appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                result_rating="BAWAH", result_reason="a", behaviour_rating="SESUAI",
                                behaviour_reason="b")
        appraisal_services.set_unit_predikat(actor=actor_of(world.users.agency_head), unit=world.unit,
                                             org_predikat="BP", **ANNUAL)
        appraisal_services.finalise_unit(actor=actor_of(world.users.supervisor), unit=world.unit,
                                         **ANNUAL)
        final = Appraisal.objects.get(pk=appraisal.pk)
        objection = appraisal_services.file_objection(actor=actor_of(world.users.own), appraisal=final,
                                                      reason="Keberatan.")
    return final, objection


@pytest.mark.parametrize("persona", sorted(EXPECTED))
@pytest.mark.parametrize("operation", ["rate", "org", "finalise", "decide"])
def test_permission_matrix(world, plans, login, client, peer_user, persona, operation):
    column = ["rate", "org", "finalise", "decide"].index(operation)
    if operation == "decide":
        appraisal, objection = _finalised_with_objection(world, plans)
        call = (f"{URL}/objections/{objection.pk}/decision", {"upheld": False, "decision": "Ditolak."})
    else:
        appraisal = _open(world, plans)
        if operation == "finalise":
            with within(world.gov):
                appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                        result_rating="BAWAH", result_reason="a",
                                        behaviour_rating="SESUAI", behaviour_reason="b")
                appraisal_services.set_unit_predikat(actor=actor_of(world.users.hr_admin),
                                                     unit=world.unit, org_predikat="BP", **ANNUAL)
        call = {
            "rate": (f"{URL}/appraisals/{appraisal.pk}/rating", {
                "result_rating": "ATAS", "result_reason": "a", "behaviour_rating": "ATAS",
                "behaviour_reason": "b", "version": _version(appraisal.pk)}),
            "org": (f"{URL}/units/{world.unit.pk}/org-predikat", {**ANNUAL, "org_predikat": "B"}),
            "finalise": (f"{URL}/units/{world.unit.pk}/finalise", ANNUAL),
        }[operation]
    if persona == "peer":
        login(peer_user)
    elif persona != "anonymous":
        login(getattr(world.users, persona))
    before = _state(world)
    response = send(client, "post", *call)
    expected = EXPECTED[persona][column]
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert response.json()["detail"]
        assert _state(world) == before


@pytest.mark.parametrize("body", [
    {},
    {"result_rating": "EVIL", "result_reason": "a", "behaviour_rating": "ATAS",
     "behaviour_reason": "b", "version": 1},
    {"result_rating": "ATAS", "result_reason": "a" * 5000, "behaviour_rating": "ATAS",
     "behaviour_reason": "b", "version": 1},
    {"result_rating": "ATAS", "result_reason": "a\x00", "behaviour_rating": "ATAS",
     "behaviour_reason": "b", "version": 1},
    {"result_rating": "ATAS", "result_reason": "a", "behaviour_rating": "ATAS",
     "behaviour_reason": "b", "version": "x"},
    {"result_rating": "ATAS", "result_reason": "a", "behaviour_rating": "ATAS",
     "behaviour_reason": "b", "version": 1, "predikat": "SB"},
    [1, 2],
])
def test_hostile_bodies_are_refused(world, plans, login, client, body):
    appraisal = _open(world, plans)
    login(world.users.supervisor)
    before = _state(world)
    response = send(client, "post", f"{URL}/appraisals/{appraisal.pk}/rating", body)
    assert 400 <= response.status_code < 500
    assert _state(world) == before


@pytest.mark.parametrize("query", [
    "year=abc", "year=1999&period_kind=annual&period_number=1", "period_kind=weekly",
    f"year={YEAR}&period_kind=quarterly&period_number=5", f"year={YEAR}",
])
def test_bad_periods_are_refused(world, login, client, query):
    login(world.users.hr_admin)
    response = send(client, "get", f"{URL}/units/{world.unit.pk}/distribution?{query}")
    assert response.status_code == 422


def test_opening_a_period_outside_the_year_is_refused(world, plans, login, client):
    login(world.users.own)
    response = send(client, "post", f"{URL}/skp/{plans.own.skp.pk}/appraisals",
                    {"period_kind": "monthly", "period_number": 13})
    assert response.status_code == 422
    with scopes_disabled():
        assert not Appraisal.objects.exists()


def test_the_list_costs_the_same_for_one_or_three_appraisals(world, plans, login, client):
    login(world.users.own)
    for number in (1,):
        with within(world.gov):
            appraisal_services.open_appraisal(actor=actor_of(world.users.own), skp=plans.own.skp,
                                              period_kind="monthly", period_number=number)
    send(client, "get", f"{URL}/appraisals")
    with CaptureQueriesContext(connection) as one:
        assert send(client, "get", f"{URL}/appraisals").json()["count"] == 1
    for number in (2, 3):
        with within(world.gov):
            appraisal_services.open_appraisal(actor=actor_of(world.users.own), skp=plans.own.skp,
                                              period_kind="monthly", period_number=number)
    with CaptureQueriesContext(connection) as three:
        assert send(client, "get", f"{URL}/appraisals").json()["count"] == 3
    assert len(one) == len(three)
