"""Pages answer bad input with a message and a 4xx, never a 500 or a half-saved record."""

import datetime

import pytest
from django.test import RequestFactory
from django.urls import reverse

from abdi.accounts.actor import Actor
from abdi.discipline.models import DisciplineCase
from abdi.discipline.views.profile import section
from abdi.tenancy.scoping import within

from .conftest import INCIDENT, VIOLATION


def _count(world):
    with within(world.gov):
        return DisciplineCase.objects.count()


@pytest.fixture
def admin(world, login):
    client = login(world.users.hr_admin)
    client.raise_request_exception = False
    return client


def test_recording_deciding_and_reading_a_case(world, admin, login):
    response = admin.post(reverse("discipline:create"), {
        "nip": world.own.nip, "violation": VIOLATION, "incident_from": INCIDENT.isoformat()})
    assert response.status_code == 302
    with within(world.gov):
        case = DisciplineCase.objects.get()
    again = admin.post(reverse("discipline:create"), {
        "employee": world.own.pk, "violation": VIOLATION, "incident_from": INCIDENT.isoformat()})
    assert again.status_code == 409
    assert _count(world) == 1
    decided = admin.post(reverse("discipline:decide", args=[case.pk]), {
        "version": case.version, "penalty": "R2", "official": world.supervisor.pk,
        "sk_number": "800/1/2026", "sk_date": "2026-03-16", "received_on": "2026-03-17"})
    assert decided.status_code == 302
    page = login(world.users.own).get(reverse("discipline:case", args=[case.pk])).content.decode()
    assert "7 Apr 2026" in page  # the 15th working day after receipt


@pytest.mark.parametrize("data", [
    {},
    {"nip": "abc", "violation": VIOLATION, "incident_from": "2026-03-02"},
    {"nip": "1" * 40, "violation": VIOLATION, "incident_from": "2026-03-02"},
    {"employee": "99999999999999999999999", "violation": VIOLATION, "incident_from": "2026-03-02"},
    {"employee": "-1", "violation": VIOLATION, "incident_from": "2026-03-02"},
    {"nip": "OWN", "violation": "x", "incident_from": "2026-03-02"},
    {"nip": "OWN", "violation": VIOLATION, "incident_from": "2026-02-30"},
    {"nip": "OWN", "violation": VIOLATION, "incident_from": "9999-99-99"},
    {"nip": "OWN", "violation": VIOLATION, "incident_from": "2026-03-02", "incident_to": "2026-01-01"},
    {"nip": "OWN", "violation": VIOLATION, "incident_from": "2026-03-02", "expected_level": "x"},
    {"nip": "OWN", "violation": VIOLATION, "incident_from": "2026-03-02", "absence_year": "abc",
     "expected_level": "\x00"},
])
def test_a_bad_new_case_is_a_400_and_saves_nothing(world, admin, data):
    data = {k: (world.own.nip if v == "OWN" else v) for k, v in data.items()}
    response = admin.post(reverse("discipline:create"), data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert _count(world) == 0


@pytest.mark.parametrize("data", [
    {"penalty": "Z9"}, {"penalty": ""}, {"official": "abc"}, {"official": "999999999"},
    {"official": ""}, {"sk_date": "2026-02-30"}, {"sk_date": ""}, {"sk_number": ""},
    {"received_on": "kemarin"}, {"dismissal_category": "PTDH"}, {"penalty": "B1"},
])
def test_a_bad_decision_is_a_400_and_saves_nothing(world, admin, reported, data):
    values = {"version": reported.version, "penalty": "R2", "official": world.supervisor.pk,
              "sk_number": "800/1/2026", "sk_date": "2026-03-16"} | data
    response = admin.post(reverse("discipline:decide", args=[reported.pk]), values)
    assert response.status_code == 400
    with within(world.gov):
        assert DisciplineCase.objects.get().status == "reported"


@pytest.mark.parametrize("version", ["", "abc", "0", "99"])
@pytest.mark.parametrize("page", ["discipline:decide", "discipline:cancel", "discipline:edit"])
def test_a_stale_or_missing_version_is_a_409(world, admin, reported, version, page):
    response = admin.post(reverse(page, args=[reported.pk]), {
        "version": version, "penalty": "R2", "official": world.supervisor.pk,
        "sk_number": "800/1/2026", "sk_date": "2026-03-16", "reason": "Dibatalkan karena salah.",
        "violation": VIOLATION, "incident_from": "2026-03-02"})
    assert response.status_code == 409
    with within(world.gov):
        assert DisciplineCase.objects.get().version == reported.version


@pytest.mark.parametrize("url", [
    "/disiplin/0/", "/disiplin/99999999999999999999999/", "/disiplin/2000000001/ubah/",
    "/disiplin/abc/", "/disiplin/1/putusan/x/",
])
def test_malformed_or_missing_ids_are_404(world, admin, url):
    assert admin.get(url).status_code == 404


@pytest.mark.parametrize("query", [
    {"page": "-1", "agency": "abc", "status": "x", "level": "'", "q": "%" * 100},
    {"agency": "9" * 40, "size": "x"},
])
def test_bad_filters_are_ignored(world, admin, query):
    assert admin.get(reverse("discipline:index"), query).status_code == 200
    assert admin.get(reverse("discipline:absence_flags"), {"year": "9" * 30, **query}).status_code == 200


def test_profile_section_follows_the_policy(world, reported):
    request = RequestFactory().get("/")
    for user, shown in ((world.users.own, True), (world.users.supervisor, True),
                        (world.users.hr_admin, True), (world.users.other_unit, False)):
        request.user = user
        with within(world.gov):
            html = section(request, Actor.for_user(user), world.own)
        assert ('id="discipline"' in html) is shown
        assert (VIOLATION[:20] in html) is False  # the section lists dates and penalties only


def test_the_decided_case_shows_its_effect_on_promotion(world, admin, reported):
    from .test_services import make_examiners
    with within(world.gov):
        make_examiners(world, reported)
        reported.refresh_from_db()
    admin.post(reverse("discipline:decide", args=[reported.pk]), {
        "version": reported.version, "penalty": "S1", "official": world.agency_head.pk,
        "sk_number": "800/2/2026", "sk_date": "2026-03-16", "received_on": "2026-03-17"})
    page = admin.get(reverse("discipline:case", args=[reported.pk])).content.decode()
    withheld = page.split('data-testid="withheld">')[1].split("</dd>")[0]
    assert "6 Apr 2027" in withheld
    assert 'data-testid="interim"' in page  # §6.2: KGB postponed for a year meanwhile


def _decided(world, admin, reported):
    response = admin.post(reverse("discipline:decide", args=[reported.pk]), {
        "version": reported.version, "penalty": "R2", "official": world.supervisor.pk,
        "sk_number": "800/1/2026", "sk_date": "2026-03-16"})
    assert response.status_code == 302
    with within(world.gov):
        return DisciplineCase.objects.get(pk=reported.pk)


def test_record_the_decision_is_offered_only_while_the_case_awaits_it(world, admin, reported):
    url = reverse("discipline:case", args=[reported.pk])
    assert 'data-testid="decide"' in admin.get(url).content.decode()
    case = _decided(world, admin, reported)
    page = admin.get(url).content.decode()
    assert 'data-testid="decide"' not in page
    assert 'data-testid="cancel"' in page  # annulled on keberatan or banding
    assert admin.get(reverse("discipline:decide", args=[case.pk])).status_code == 302


def test_a_decision_posted_after_the_decision_is_a_409_and_changes_nothing(world, admin, reported):
    case = _decided(world, admin, reported)
    again = admin.post(reverse("discipline:decide", args=[case.pk]), {
        "version": case.version, "penalty": "R1", "official": world.supervisor.pk,
        "sk_number": "800/9/2026", "sk_date": "2026-03-17"})
    assert again.status_code == 409
    assert "recorded already" in again.content.decode()
    with within(world.gov):
        after = DisciplineCase.objects.get(pk=case.pk)
    assert (after.penalty, after.sk_number, after.version) == ("R2", "800/1/2026", case.version)


def test_the_receipt_is_recorded_after_the_decision(world, admin, reported):
    case = _decided(world, admin, reported)
    assert 'data-testid="receipt-form"' in admin.get(
        reverse("discipline:case", args=[case.pk])).content.decode()
    url = reverse("discipline:receipt", args=[case.pk])
    bad = admin.post(url, {"version": case.version, "received_on": "2026-03-01"})
    assert bad.status_code == 400  # before the decree was signed
    stale = admin.post(url, {"version": case.version - 1, "received_on": "2026-03-17"})
    assert stale.status_code == 409
    assert admin.post(url, {"version": case.version, "received_on": "2026-03-17"}).status_code == 302
    with within(world.gov):
        after = DisciplineCase.objects.get(pk=case.pk)
    assert after.received_on == datetime.date(2026, 3, 17)
    assert after.effective_on == datetime.date(2026, 4, 7)  # as in the decision with receipt
    again = admin.post(url, {"version": after.version, "received_on": "2026-03-18"})
    assert again.status_code == 409
