"""Pages: the public portal, registration, confirmation and login, the applicant's pages and
their bad input; BKPSDM's pages; query counts on the lists."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.recruitment.models import Applicant, ApplicantDocument, Application, Objection
from abdi.recruitment.rules import documents

from .factories import (
    PASSWORD,
    PDF,
    PNG,
    ApplicantFactory,
    ApplicationFactory,
    OpeningFactory,
    all_documents,
    nik_for,
)

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>'


def _register_data(**over):
    return {"name": "Ani Wijaya", "nik": nik_for(datetime.date(2000, 3, 4), 7, female=True),
            "birth_date": "2000-03-04", "email": "ani@contoh.id", "password": "sandi-rahasia",
            "situs_web": ""} | over


def _register(client, world, **over):
    return client.post(reverse("recruitment:register", args=[world.gov.slug]),
                       _register_data(**over))


# --- public -------------------------------------------------------------------------------------

def test_the_public_page_lists_published_openings_with_quota_and_requirements(world, rec, client):
    with scopes_disabled():
        OpeningFactory(selection__instansi=world.gov, selection__published_at=None,
                       position=world.sibling.position, title="Formasi Draf")
    response = client.get(reverse("recruitment:openings", args=[world.gov.slug]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Pranata Komputer Ahli Pertama" in body
    assert "Formasi Draf" not in body
    assert "Teknik Informatika" in body
    assert "S1" in body
    assert client.get(reverse("recruitment:openings", args=["tidak-ada"])).status_code == 404


def test_public_list_query_count_does_not_grow(world, rec, client, django_assert_max_num_queries):
    url = reverse("recruitment:openings", args=[world.gov.slug])
    with django_assert_max_num_queries(8):
        client.get(url)
    with scopes_disabled():
        for _n in range(4):
            OpeningFactory(selection=rec.selection, position=world.sibling.position)
    with django_assert_max_num_queries(8):
        client.get(url)


def test_register_confirm_login(world, client):
    response = _register(client, world)
    assert response.status_code == 200
    assert b"registered" in response.content
    link = mail.outbox[0].body.split("http://testserver")[1].split()[0]
    assert client.get(link).status_code == 200
    response = client.post(reverse("recruitment:login", args=[world.gov.slug]),
                           {"email": "ani@contoh.id", "password": "sandi-rahasia"})
    assert response.status_code == 302
    assert response["Location"] == reverse("recruitment:account")
    assert b"Ani Wijaya" in client.get(reverse("recruitment:account")).content


def test_a_bad_confirmation_link_is_refused(client):
    assert client.get(reverse("recruitment:confirm"), {"t": "nope"}).status_code == 404


@pytest.mark.parametrize(("over", "status", "message"), [
    ({"nik": "12345"}, 400, b"16 digits"),
    ({"nik": nik_for(datetime.date(2000, 3, 5), 7)}, 400, b"birth date does not match"),
    ({"email": "bukan-email"}, 400, b"E-mail"),
    ({"password": "pendek"}, 400, b"Password"),
])
def test_bad_registrations_are_refused_and_nothing_is_saved(world, client, over, status, message):
    response = _register(client, world, **over)
    assert response.status_code == status
    assert message in response.content
    with scopes_disabled():
        assert not Applicant.objects.exists()


def test_duplicates_are_refused_clearly(world, client):
    _register(client, world)
    response = _register(client, world, email="lain@contoh.id")
    assert response.status_code == 409
    assert b"NIK already exists" in response.content
    response = _register(client, world, nik=nik_for(datetime.date(2000, 3, 4), 9, female=True))
    assert response.status_code == 409
    assert b"e-mail already exists" in response.content
    with scopes_disabled():
        assert Applicant.objects.count() == 1


def test_the_honeypot_refuses_bots(world, client):
    response = _register(client, world, situs_web="http://spam")
    assert response.status_code == 400
    with scopes_disabled():
        assert not Applicant.objects.exists()


def test_registration_is_rate_limited(world, client):
    statuses = [_register(client, world, email=f"a{n}@contoh.id", nik="1").status_code
                for n in range(6)]
    assert statuses[-1] == 429


def test_login_is_rate_limited_and_says_nothing_about_which_part_is_wrong(world, rec, client):
    url = reverse("recruitment:login", args=[world.gov.slug])
    first = client.post(url, {"email": rec.applicant.email, "password": "salah"})
    assert first.status_code == 400
    assert b"e-mail or password is wrong" in first.content
    unknown = client.post(url, {"email": "siapa@contoh.id", "password": "salah"})
    assert b"e-mail or password is wrong" in unknown.content
    statuses = [client.post(url, {"email": "x@contoh.id", "password": "y"}).status_code
                for _n in range(10)]
    assert statuses[-1] == 429
    # The account belongs to the first government: the second one's portal does not know it.
    client2 = client.__class__()
    other = client2.post(reverse("recruitment:login", args=[world.other_gov.slug]),
                         {"email": rec.applicant.email, "password": PASSWORD})
    assert other.status_code == 400


# --- the applicant ------------------------------------------------------------------------------

@pytest.fixture
def fresh(world):
    with scopes_disabled():
        return ApplicantFactory(instansi=world.gov, name="Citra Baru", education_level="",
                                major="", address="", phone="")


def test_profile_documents_and_application(world, rec, client, as_applicant, fresh):
    as_applicant(fresh)
    response = client.post(reverse("recruitment:profile"), {
        "education_level": "S1", "major": "Teknik Informatika", "address": HOSTILE,
        "phone": "0812 3456 7890"})
    assert response.status_code == 302
    for kind in ("ktp", "ijazah", "transcript"):
        client.post(reverse("recruitment:upload"),
                    {"kind": kind, "file": SimpleUploadedFile(f"{kind}.pdf", PDF)})
    refused = client.post(reverse("recruitment:apply"), {"opening": rec.opening.pk})
    assert refused.status_code == 400
    assert b"photo" in refused.content
    client.post(reverse("recruitment:upload"),
                {"kind": "photo", "file": SimpleUploadedFile("foto.png", PNG)})
    assert client.post(reverse("recruitment:apply"), {"opening": rec.opening.pk}).status_code == 302
    body = client.get(reverse("recruitment:account")).content.decode()
    assert HOSTILE not in body
    assert "&lt;script&gt;" in body
    with scopes_disabled():
        application = Application.objects.get(applicant=fresh)
    assert application.registration_number in body
    again = client.post(reverse("recruitment:apply"), {"opening": rec.opening.pk})
    assert again.status_code == 400
    assert b"already applied" in again.content


@pytest.mark.parametrize(("content", "name", "kind", "message"), [
    (b"MZ\x90\x00 program", "ktp.pdf", "ktp", b"PDF, JPEG or PNG"),
    (b"<html><script>x</script>", "ktp.png", "ktp", b"PDF, JPEG or PNG"),
    (PDF, "foto.pdf", "photo", b"JPEG or PNG image"),
])
def test_wrong_type_documents_are_refused(world, client, as_applicant, fresh, content, name, kind,
                                          message):
    as_applicant(fresh)
    response = client.post(reverse("recruitment:upload"),
                           {"kind": kind, "file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert message in response.content
    with scopes_disabled():
        assert not ApplicantDocument.objects.filter(applicant=fresh).exists()


def test_oversized_documents_are_refused(world, client, as_applicant, fresh):
    as_applicant(fresh)
    big = b"%PDF-" + b"0" * (documents.MAX_DOCUMENT_BYTES + 10)
    response = client.post(reverse("recruitment:upload"),
                           {"kind": "ktp", "file": SimpleUploadedFile("ktp.pdf", big)})
    assert response.status_code in (400, 413)
    assert b"2 MB" in response.content
    with scopes_disabled():
        assert not ApplicantDocument.objects.filter(applicant=fresh).exists()


def test_application_outside_the_window_is_refused(world, rec, client, as_applicant):
    with scopes_disabled():
        late = ApplicantFactory(instansi=world.gov)
        all_documents(late)
        rec.selection.registration_closes = timezone.localdate() - datetime.timedelta(days=1)
        rec.selection.save()
    as_applicant(late)
    response = client.post(reverse("recruitment:apply"), {"opening": rec.opening.pk})
    assert response.status_code == 400
    assert b"Registration is closed" in response.content
    with scopes_disabled():
        assert not Application.objects.filter(applicant=late).exists()


def test_sanggah_and_exam_card_from_the_account(world, rec, client, as_applicant):
    with scopes_disabled():
        Application.objects.filter(pk=rec.application.pk).update(status="tms", reason="KTP buram")
        Application.objects.filter(pk=rec.other_application.pk).update(
            status="ms", exam_room="Lab 2")
        rec.selection.result_published_on = timezone.localdate()
        rec.selection.save()
    as_applicant(rec.applicant)
    body = client.get(reverse("recruitment:account")).content.decode()
    assert "KTP buram" in body
    assert "File a sanggah" in body
    response = client.post(reverse("recruitment:object"), {
        "application": rec.application.pk, "text": HOSTILE + " KTP saya jelas",
        "file": SimpleUploadedFile("bukti.pdf", PDF), "situs_web": ""})
    assert response.status_code == 302
    with scopes_disabled():
        assert Objection.objects.get().text.startswith("<script>")
    assert client.get(reverse("recruitment:exam_card"),
                      {"lamaran": rec.application.pk}).status_code == 400  # TMS: no card
    client.cookies.clear()
    as_applicant(rec.other)
    card = client.get(reverse("recruitment:exam_card"), {"lamaran": rec.other_application.pk})
    assert card.status_code == 200
    assert card["Content-Type"] == "application/pdf"
    check = client.get(reverse("recruitment:card_check", args=[rec.other_application.card_code]))
    assert check.status_code == 200
    assert b"Genuine" in check.content
    assert rec.other.nik.encode() not in check.content
    fake = client.get(reverse("recruitment:card_check", args=["ABCDEFGHJKLM"]))
    assert fake.status_code == 404
    assert b"Not genuine" in fake.content


# --- staff --------------------------------------------------------------------------------------

def test_hr_creates_publishes_verifies_and_exports(world, rec, login, client):
    login(world.users.hr_admin)
    today = timezone.localdate()
    response = client.post(reverse("recruitment:selection_create"), {
        "kind": "pppk", "year": 2026, "name": "PPPK Teknis 2026",
        "registration_opens": today.isoformat(),
        "registration_closes": (today + datetime.timedelta(days=7)).isoformat(),
        "reference_date": today.isoformat(), "sanggah_days": 3})
    assert response.status_code == 302
    selection_id = int(response["Location"].rstrip("/").split("/")[-1])
    response = client.post(reverse("recruitment:opening_add", args=[selection_id]), {
        "position": world.sibling.position.pk, "quota": 2, "education_levels": ["D3", "S1"],
        "majors": "", "certificates": "", "description": HOSTILE})
    assert response.status_code == 302
    bad = client.post(reverse("recruitment:opening_add", args=[selection_id]), {
        "position": world.sibling.position.pk, "quota": 0})
    assert bad.status_code == 400
    page = client.get(reverse("recruitment:selection", args=[selection_id])).content.decode()
    assert "20\N{EN DASH}57" in page  # PPPK age limits by default
    response = client.post(reverse("recruitment:application", args=[rec.application.pk]), {
        "version": 1, "check_identity": "1", "check_age": "1", "check_education": "1",
        "check_doc_ktp": "0", "check_doc_ijazah": "1", "check_doc_transcript": "1",
        "check_doc_photo": "1", "reason": ""})
    assert response.status_code == 400
    assert b"reason" in response.content
    response = client.post(reverse("recruitment:application", args=[rec.application.pk]), {
        "version": 1, "check_identity": "1", "check_age": "1", "check_education": "1",
        "check_doc_ktp": "1", "check_doc_ijazah": "1", "check_doc_transcript": "1",
        "check_doc_photo": "1", "reason": ""})
    assert response.status_code == 302
    with scopes_disabled():
        assert Application.objects.get(pk=rec.application.pk).status == "ms"
    export = client.get(reverse("recruitment:export_csv", args=[rec.selection.pk]))
    assert export.status_code == 200
    assert rec.applicant.nik.encode() not in export.content
    assert rec.applicant.name.encode() in export.content


def test_staff_queue_query_count_does_not_grow(world, rec, login, client,
                                               django_assert_max_num_queries):
    login(world.users.hr_admin)
    url = reverse("recruitment:queue", args=[rec.selection.pk])
    client.get(url)
    with django_assert_max_num_queries(14):
        client.get(url)
    with scopes_disabled():
        for _n in range(5):
            ApplicationFactory(opening=rec.opening)
    with django_assert_max_num_queries(14):
        client.get(url)
    with django_assert_max_num_queries(14):
        client.get(reverse("recruitment:index"))


def test_hr_answers_a_sanggah_and_a_leader_only_reads(world, rec, login, client):
    with scopes_disabled():
        Application.objects.filter(pk=rec.application.pk).update(status="tms", reason="KTP buram")
        rec.selection.result_published_on = timezone.localdate()
        rec.selection.save()
        objection = Objection(instansi=world.gov, application=rec.application,
                              text=HOSTILE + " mohon diperiksa", filed_at=timezone.now(),
                              content_type="application/pdf")
        objection.file.save("bukti.pdf", SimpleUploadedFile("bukti.pdf", PDF), save=False)
        objection.save()
    login(world.users.leader)
    listing = client.get(reverse("recruitment:objections", args=[rec.selection.pk]))
    assert rec.application.registration_number.encode() in listing.content
    assert client.get(reverse("recruitment:objection", args=[objection.pk])).status_code == 403
    assert client.get(reverse("recruitment:objection_file",
                              args=[objection.pk])).status_code == 404
    client.logout()
    login(world.users.hr_admin)
    page = client.get(reverse("recruitment:objection", args=[objection.pk]))
    assert HOSTILE.encode() not in page.content
    assert b"&lt;script&gt;" in page.content
    assert client.get(reverse("recruitment:objection_file", args=[objection.pk])).status_code == 200
    empty = client.post(reverse("recruitment:objection", args=[objection.pk]),
                        {"decision": "accept", "answer": "", "version": 1})
    assert empty.status_code == 400
    done = client.post(reverse("recruitment:objection", args=[objection.pk]),
                       {"decision": "accept", "answer": "KTP terbaca pada berkas sanggah.",
                        "version": 1})
    assert done.status_code == 302
    stale = client.post(reverse("recruitment:objection", args=[objection.pk]),
                        {"decision": "reject", "answer": "x", "version": 1})
    assert stale.status_code == 409
    with scopes_disabled():
        assert Application.objects.get(pk=rec.application.pk).status == "ms"


def test_login_before_confirming_sends_the_link_again(world, client):
    _register(client, world)
    response = client.post(reverse("recruitment:login", args=[world.gov.slug]),
                           {"email": "ani@contoh.id", "password": "sandi-rahasia"})
    assert response.status_code == 400
    assert b"sent the link again" in response.content
    assert len(mail.outbox) == 2
    assert "/rekrutmen/konfirmasi/?t=" in mail.outbox[1].body


def test_logout_returns_to_the_portal_and_the_account_asks_to_log_in_again(world, rec, client):
    client.post(reverse("recruitment:login", args=[world.gov.slug]),
                {"email": rec.applicant.email, "password": PASSWORD})
    response = client.post(reverse("recruitment:logout"))
    assert response["Location"] == reverse("recruitment:openings", args=[world.gov.slug])
    again = client.get(reverse("recruitment:account"))
    assert again["Location"] == reverse("recruitment:login", args=[world.gov.slug])


def test_the_verification_page_hints_what_the_profile_does_not_meet(world, rec, login, client):
    with scopes_disabled():
        Applicant.objects.filter(pk=rec.applicant.pk).update(major="Hukum")
    login(world.users.hr_admin)
    page = client.get(reverse("recruitment:application", args=[rec.application.pk]))
    assert b"Major not accepted by the opening" in page.content
    queue = client.get(reverse("recruitment:queue", args=[rec.selection.pk]),
                       {"opening": rec.opening.pk, "status": "submitted"})
    assert rec.application.registration_number.encode() in queue.content
    other = client.get(reverse("recruitment:queue", args=[rec.selection.pk]),
                       {"opening": "999999"})
    assert other.status_code == 200
