"""Permission matrix: BKPSDM manages, a leader reads (NIK masked), every other member and
another government get 404, anonymous logs in; an applicant reaches only their own data."""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.recruitment.models import Application

from .factories import DocumentFactory

pytestmark = pytest.mark.django_db

STAFF_PERSONAS = ("own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin",
                  "leader", "other_gov")
READ = {"hr_admin": 200, "leader": 200}
MANAGE = {"hr_admin": 200, "leader": 403}


def _pages(rec):
    s = rec.selection.pk
    return [
        ("recruitment:index", [], READ),
        ("recruitment:selection", [s], READ),
        ("recruitment:queue", [s], READ),
        ("recruitment:objections", [s], READ),
        ("recruitment:selection_create", [], MANAGE),
        ("recruitment:selection_edit", [s], MANAGE),
        ("recruitment:opening_edit", [rec.opening.pk], MANAGE),
        ("recruitment:application", [rec.application.pk], MANAGE),
        ("recruitment:export_csv", [s], MANAGE),
        ("recruitment:export_xlsx", [s], MANAGE),
    ]


@pytest.mark.parametrize("persona", STAFF_PERSONAS)
def test_staff_pages_matrix(world, rec, login, client, persona):
    login(getattr(world.users, persona))
    for name, args, allowed in _pages(rec):
        response = client.get(reverse(name, args=args))
        assert response.status_code == allowed.get(persona, 404), (persona, name)


def test_anonymous_is_sent_to_the_staff_login(world, rec, client):
    for name, args, _allowed in _pages(rec):
        response = client.get(reverse(name, args=args))
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_leader_sees_the_nik_masked_and_cannot_verify(world, rec, login, client):
    login(world.users.leader)
    body = client.get(reverse("recruitment:queue", args=[rec.selection.pk])).content.decode()
    assert rec.applicant.name in body
    assert rec.applicant.nik not in body
    assert rec.applicant.nik[:4] + "••••" in body
    response = client.post(reverse("recruitment:application", args=[rec.application.pk]),
                           {"version": 1, "check_identity": "1"})
    assert response.status_code == 403
    with scopes_disabled():
        assert Application.objects.get(pk=rec.application.pk).status == "submitted"


def test_hr_sees_the_whole_nik_only_on_the_verification_page(world, rec, login, client):
    login(world.users.hr_admin)
    queue = client.get(reverse("recruitment:queue", args=[rec.selection.pk])).content.decode()
    assert rec.applicant.nik not in queue
    page = client.get(reverse("recruitment:application", args=[rec.application.pk]))
    assert rec.applicant.nik in page.content.decode()


def _document_url(rec, applicant):
    with scopes_disabled():
        return reverse("recruitment:document", args=[applicant.documents.get(kind="ktp").pk])


def test_documents_reach_their_owner_and_hr_only(world, rec, client, as_applicant, login):
    own_url, other_url = _document_url(rec, rec.applicant), _document_url(rec, rec.other)
    assert client.get(own_url).status_code == 404  # anonymous
    as_applicant(rec.applicant)
    assert client.get(own_url).status_code == 200
    assert client.get(other_url).status_code == 404
    client.session.flush()
    for persona, expected in (("leader", 404), ("own", 404), ("other_gov", 404),
                              ("hr_admin", 200)):
        client.logout()
        login(getattr(world.users, persona))
        assert client.get(own_url).status_code == expected, persona


def test_an_applicant_sees_only_their_own_data(world, rec, client, as_applicant):
    as_applicant(rec.applicant)
    body = client.get(reverse("recruitment:account")).content.decode()
    assert rec.applicant.nik in body
    assert rec.application.registration_number in body
    assert rec.other.name not in body
    assert rec.other_application.registration_number not in body
    card = client.get(reverse("recruitment:exam_card"),
                      {"lamaran": rec.other_application.pk})
    assert card.status_code == 404
    objection = client.post(reverse("recruitment:object"), {
        "application": rec.other_application.pk, "text": "Bukan lamaran saya sendiri"})
    assert objection.status_code == 404


def test_an_applicant_of_another_government_reaches_nothing_here(world, rec, client,
                                                                 as_applicant):
    with scopes_disabled():
        from .factories import ApplicantFactory

        stranger = ApplicantFactory(instansi=world.other_gov, name="Pelamar Kabupaten B")
        DocumentFactory(applicant=stranger, kind="ktp")
    as_applicant(stranger)
    body = client.get(reverse("recruitment:account")).content.decode()
    assert rec.applicant.name not in body
    assert client.get(_document_url(rec, rec.applicant)).status_code == 404
    assert client.get(reverse("recruitment:exam_card"),
                      {"lamaran": rec.application.pk}).status_code == 404


def test_a_staff_login_is_not_an_applicant_login(world, rec, login, client):
    login(world.users.hr_admin)
    response = client.get(reverse("recruitment:account"))
    assert response.status_code == 302
