"""From the administrative selection to the CAT: the MS applicants become candidates of an exam
session, each on a seat, and their exam cards show the session, room and seat."""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.cat.models import Attempt, Candidate
from abdi.cat.tests.factories import make_bank, make_session
from abdi.recruitment.models import Application
from abdi.recruitment.services import exam
from abdi.tenancy.scoping import within

from .conftest import actor


@pytest.fixture
def passed(world, rec):
    """Siti passed (MS), Budi failed (TMS); the result is published; a CAT session exists."""
    with scopes_disabled():
        Application.objects.filter(pk=rec.application.pk).update(status="ms")
        Application.objects.filter(pk=rec.other_application.pk).update(status="tms")
        rec.selection.result_published_on = rec.selection.registration_closes
        rec.selection.save()
    with within(world.gov):
        make_bank(world.gov)
        session = make_session(world.gov)
    return session


def test_the_ms_applicants_get_a_seat_and_their_card_shows_it(world, rec, passed):
    with within(world.gov):
        report = exam.enrol_in_session(actor=actor(world.users.hr_admin), selection=rec.selection,
                                       session=passed)
        assert (report["enrolled"], report["errors"]) == (1, [])
        candidate = Candidate.objects.get()
        assert (candidate.name, candidate.application_ref) == ("Siti Pelamar", rec.application.pk)
        seat = Attempt.objects.get(candidate=candidate).seat
        card = Application.objects.get(pk=rec.application.pk)
        assert (card.exam_room, card.exam_seat) == (passed.room, str(seat))
        assert card.exam_session_label.startswith(passed.title)
        again = exam.enrol_in_session(actor=actor(world.users.hr_admin), selection=rec.selection,
                                      session=passed)
        assert (again["enrolled"], again["updated"]) == (0, 1)
        assert Candidate.objects.count() == 1  # nobody twice


def test_the_selection_page_enrols_and_refuses_what_it_must(world, rec, passed, login, client):
    url = reverse("recruitment:enrol_in_exam", args=[rec.selection.pk])
    login(world.users.leader)
    assert client.post(url, {"session": passed.pk}).status_code == 403
    login(world.users.hr_admin)
    page = client.get(reverse("recruitment:selection", args=[rec.selection.pk])).content.decode()
    assert 'data-testid="enrol-exam"' in page
    assert client.post(url, {"session": "abc"}).status_code == 400
    assert client.post(url, {"session": passed.pk}).status_code == 302
    with within(world.gov):
        assert Candidate.objects.count() == 1
