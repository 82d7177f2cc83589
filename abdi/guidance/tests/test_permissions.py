"""The permission matrix: persona x action on guidance objects of `own` and the HR office.
Denied calls change nothing."""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.guidance.models import Announcement, AnnouncementReceipt, Feedback
from abdi.guidance.services import feedback as feedback_services
from abdi.guidance.tests.conftest import actor_of
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "other_gov", "operator", "anonymous"]


@pytest.fixture
def sent(world):
    with within(world.gov):
        feedback, _new = feedback_services.send_feedback(
            actor=actor_of(world.users.own), kind="question", text="Bagaimana cara cuti?",
            path="/", screen="web:home")
    return feedback


def _as(client, login, world, persona):
    user = getattr(world.users, persona, None)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    return client


def _ok(expected, response):
    if expected == "login":
        return response.status_code == 302 and "/accounts/login/" in response["Location"]
    return response.status_code == expected


def _matrix(**special):
    base = {"own": 403, "supervisor": 403, "agency_head": 403, "other_unit": 403,
            "agency_admin": 403, "hr_admin": 403, "leader": 403, "other_gov": 404,
            "operator": 404, "anonymous": "login"}
    return base | special


SEE_FEEDBACK = _matrix(own=200, hr_admin=200, supervisor=404, agency_head=404, other_unit=404,
                       agency_admin=404, leader=404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_feedback_is_seen_by_its_sender_and_hr_only(world, sent, client, login, persona):
    response = _as(client, login, world, persona).get(reverse("guidance:feedback", args=[sent.pk]))
    assert _ok(SEE_FEEDBACK[persona], response), response.status_code


REPLY = _matrix(own=403, hr_admin=302, supervisor=404, agency_head=404, other_unit=404,
                agency_admin=404, leader=404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_replies(world, sent, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("guidance:feedback_reply", args=[sent.pk]),
        {"version": sent.version, "text": "Jawaban", "status": "done"})
    assert _ok(REPLY[persona], response), response.status_code
    with scopes_disabled():
        status = Feedback.objects.get(pk=sent.pk).status
    assert status == ("done" if persona == "hr_admin" else "new")


INBOX = _matrix(hr_admin=200, other_gov=403)  # no id: another government is just a member


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_opens_the_inbox(world, sent, client, login, persona):
    response = _as(client, login, world, persona).get(reverse("guidance:feedback_inbox"))
    assert _ok(INBOX[persona], response), response.status_code
    if persona != "hr_admin":
        assert b"Bagaimana cara cuti?" not in response.content


PUBLISH = _matrix(hr_admin=302, agency_admin=403, other_gov=403)


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_announces_to_the_whole_government(world, client, login, persona):
    response = _as(client, login, world, persona).post(reverse("guidance:announcement_create"), {
        "title": "Apel pagi", "body": "Apel pukul 07.30.", "audience": "government",
        "importance": "normal"})
    assert _ok(PUBLISH[persona], response), response.status_code
    with scopes_disabled():
        assert Announcement.objects.exists() is (persona == "hr_admin")


AGENCY_PUBLISH = _matrix(hr_admin=302, agency_admin=302, other_gov=403)


@pytest.mark.parametrize("persona", PERSONAS)
def test_agency_admins_announce_to_their_agency(world, client, login, persona):
    response = _as(client, login, world, persona).post(reverse("guidance:announcement_create"), {
        "title": "Rapat dinas", "body": "Rapat pukul 09.00.", "audience": "agencies",
        "importance": "normal", "targets": [world.agency.pk]})
    assert _ok(AGENCY_PUBLISH[persona], response), response.status_code


RECEIPTS = _matrix(hr_admin=200, own=404, supervisor=404, agency_head=404, other_unit=404,
                   agency_admin=404, leader=404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_receipts_of_an_hr_announcement_are_for_hr(world, announcement, client, login, persona):
    response = _as(client, login, world, persona).get(
        reverse("guidance:announcement_receipts", args=[announcement.pk]))
    assert _ok(RECEIPTS[persona], response), response.status_code


READ = _matrix(own=302, supervisor=302, agency_head=302, other_unit=302, agency_admin=302,
               hr_admin=302, leader=302)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_member_confirms_a_whole_government_announcement(world, announcement, client, login,
                                                                persona):
    response = _as(client, login, world, persona).post(
        reverse("guidance:announcement_read", args=[announcement.pk]))
    assert _ok(READ[persona], response), response.status_code
    with scopes_disabled():
        count = AnnouncementReceipt.objects.count()
    assert count == (1 if READ[persona] == 302 else 0)


EDIT_ARTICLE = _matrix(hr_admin=200)


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_edits_articles(world, article, client, login, persona):
    response = _as(client, login, world, persona).get(
        reverse("guidance:article_edit", args=[article.pk]))
    assert _ok(EDIT_ARTICLE[persona], response), response.status_code


DRAFT = _matrix(hr_admin=200, own=404, supervisor=404, agency_head=404, other_unit=404,
                agency_admin=404, leader=404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_drafts_are_for_hr(world, draft, client, login, persona):
    response = _as(client, login, world, persona).get(reverse("guidance:article", args=[draft.pk]))
    assert _ok(DRAFT[persona], response), response.status_code
