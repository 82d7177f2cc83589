"""Services: selections and openings, registration, documents, applying, verification, the
result, the sanggah, the exam card, the export, and the function the CAT app calls."""

import datetime
import io

import pypdf
import pytest
from django.core import mail, signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.recruitment import queries
from abdi.recruitment.models import Applicant, ApplicantDocument, Application, Objection
from abdi.recruitment.rules import documents
from abdi.recruitment.services import applicants, card, export, selections, verification
from abdi.tenancy.scoping import within

from .conftest import actor
from .factories import PASSWORD, PDF, PNG, ApplicantFactory, OpeningFactory, all_documents, nik_for

TODAY = timezone.localdate


def _selection_values(**over):
    today = TODAY()
    return {"kind": "cpns", "year": 2026, "name": "CPNS 2026", "registration_opens": today,
            "registration_closes": today + datetime.timedelta(days=14), "reference_date": today,
            "sanggah_days": 3, "announcement": ""} | over


def _confirm_url(token):
    return f"http://testserver/rekrutmen/konfirmasi/?t={token}"


# --- selections ---------------------------------------------------------------------------------

def test_hr_creates_a_selection_with_an_opening_and_publishes_it(world):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        created = selections.create_selection(actor=hr, instansi_id=world.gov.pk,
                                              values=_selection_values())
        with pytest.raises(DomainError):
            selections.publish_selection(actor=hr, selection=created, version=created.version)
        opening = selections.add_opening(actor=hr, selection=created, values={
            "position": world.peer.position.pk, "title": "", "quota": 3,
            "education_levels": ["s1"], "majors": "Hukum", "min_age": None, "max_age": None,
            "certificates": "", "description": "", "formation_ref": None})
        assert (opening.title, opening.unit_id, opening.education_levels) == (
            world.peer.position.name, world.peer.position.unit_id, ["S1"])
        assert (opening.min_age, opening.max_age) == (18, 35)  # the CPNS rule by default
        published = selections.publish_selection(actor=hr, selection=created,
                                                 version=created.version)
        assert published.is_published
        assert AuditEntry.objects.filter(object_type="recruitment.selection").count() == 2


def test_only_hr_manages_and_stale_versions_conflict(world):
    with within(world.gov):
        with pytest.raises(Forbidden):
            selections.create_selection(actor=actor(world.users.leader), instansi_id=world.gov.pk,
                                        values=_selection_values())
        hr = actor(world.users.hr_admin)
        created = selections.create_selection(actor=hr, instansi_id=world.gov.pk,
                                              values=_selection_values())
        selections.update_selection(actor=hr, selection=created, version=1,
                                    values=_selection_values(name="CPNS 2026 (ubah)"))
        with pytest.raises(Conflict):
            selections.update_selection(actor=hr, selection=created, version=1,
                                        values=_selection_values())
        with pytest.raises(DomainError):
            selections.create_selection(actor=hr, instansi_id=world.gov.pk, values=_selection_values(
                name="x", registration_closes=TODAY() - datetime.timedelta(days=1)))


# --- registration ---------------------------------------------------------------------------------

def _register(world, **over):
    values = {"email": "Ani@Contoh.id", "password": "sandi-rahasia", "name": "Ani Wijaya",
              "nik": nik_for(datetime.date(2000, 3, 4), 7, female=True),
              "birth_date": datetime.date(2000, 3, 4)} | over
    with within(world.gov):
        return applicants.register_applicant(instansi=world.gov, confirm_url=_confirm_url,
                                             **values)


def test_registration_sends_a_signed_link_that_confirms_the_email(world):
    applicant = _register(world)
    assert applicant.email == "ani@contoh.id"
    assert applicant.email_confirmed_at is None
    assert applicant.password != "sandi-rahasia"
    assert len(mail.outbox) == 1
    assert applicant.email in mail.outbox[0].to
    token = mail.outbox[0].body.split("?t=")[1].split()[0]
    with within(world.gov), pytest.raises(DomainError, match="Confirm your e-mail"):
        applicants.authenticate_applicant(email="ani@contoh.id", password="sandi-rahasia")
    confirmed = applicants.confirm_email(token)
    assert confirmed.pk == applicant.pk
    assert confirmed.email_confirmed_at
    with within(world.gov):
        assert applicants.authenticate_applicant(email="ANI@contoh.id", password="sandi-rahasia")
        with pytest.raises(DomainError):
            applicants.authenticate_applicant(email="ani@contoh.id", password="salah-sandi")


def test_a_tampered_or_expired_link_is_refused(world, monkeypatch):
    applicant = _register(world)
    token = applicants.confirmation_token(applicant)
    with pytest.raises(NotFound):
        applicants.confirm_email(token + "x")
    monkeypatch.setattr(applicants, "CONFIRM_MAX_AGE", -1)
    with pytest.raises(NotFound):
        applicants.confirm_email(token)
    with pytest.raises(signing.BadSignature):
        signing.loads(token, salt="other")


@pytest.mark.parametrize("bad", ["123", "3201054403000000", nik_for(datetime.date(2000, 3, 5), 1)])
def test_a_bad_nik_is_refused_and_nothing_is_saved(world, bad):
    with pytest.raises(DomainError, match="NIK"):
        _register(world, nik=bad)
    with scopes_disabled():
        assert not Applicant.objects.exists()
    assert not mail.outbox


def test_one_nik_and_one_email_per_government(world):
    _register(world)
    with pytest.raises(Conflict, match="NIK"):
        _register(world, email="lain@contoh.id")
    with pytest.raises(Conflict, match="e-mail"):
        _register(world, nik=nik_for(datetime.date(2000, 3, 4), 8, female=True))
    with within(world.other_gov):  # another government is another portal
        applicants.register_applicant(
            instansi=world.other_gov, confirm_url=_confirm_url, email="ani@contoh.id",
            password="sandi-rahasia", name="Ani", nik=nik_for(datetime.date(2000, 3, 4), 7,
                                                                female=True),
            birth_date=datetime.date(2000, 3, 4))


# --- documents and applying ---------------------------------------------------------------------

def _upload(content, name="f.pdf"):
    return SimpleUploadedFile(name, content)


def test_documents_are_sniffed_limited_and_replaceable_until_submitted(world, rec):
    with within(world.gov):
        fresh = ApplicantFactory(instansi=world.gov)
        doc = applicants.upload_document(applicant=fresh, kind="ktp", upload=_upload(PDF))
        assert doc.content_type == "application/pdf"
        again = applicants.upload_document(applicant=fresh, kind="ktp",
                                           upload=_upload(PNG, "ktp.png"))
        assert again.pk == doc.pk
        assert again.content_type == "image/png"
        with pytest.raises(DomainError, match="PDF, JPEG or PNG"):
            applicants.upload_document(applicant=fresh, kind="ijazah",
                                       upload=_upload(b"MZ\x90\x00evil", "ijazah.pdf"))
        with pytest.raises(DomainError, match="2 MB"):
            applicants.upload_document(applicant=fresh, kind="ijazah", upload=_upload(
                b"%PDF-" + b"0" * documents.MAX_DOCUMENT_BYTES))
        with pytest.raises(DomainError, match="JPEG or PNG"):
            applicants.upload_document(applicant=fresh, kind="photo", upload=_upload(PDF))
        assert ApplicantDocument.objects.filter(applicant=fresh).count() == 1
        with pytest.raises(Conflict):  # rec.applicant has applied already
            applicants.upload_document(applicant=rec.applicant, kind="ktp", upload=_upload(PDF))


def test_apply_gives_a_registration_number_once_per_selection(world, rec):
    with within(world.gov):
        fresh = ApplicantFactory(instansi=world.gov)
        with pytest.raises(DomainError, match="documents"):
            applicants.apply(applicant=fresh, opening=rec.opening)
        all_documents(fresh)
        application = applicants.apply(applicant=fresh, opening=rec.opening)
        assert application.registration_number == f"C2026-{rec.opening.pk:04d}-00001"
        assert application.status == "submitted"
        assert len(application.card_code) == 12
        second = OpeningFactory(selection=rec.selection, position=world.sibling.position)
        with pytest.raises(DomainError, match="already applied"):
            applicants.apply(applicant=fresh, opening=second)
        assert Application.objects.filter(applicant=fresh).count() == 1


@pytest.mark.parametrize(("change", "message"), [
    ({"birth_date": datetime.date(1980, 1, 1)}, "older than the maximum"),
    ({"birth_date": datetime.date(2015, 1, 1)}, "younger than the minimum"),
    ({"education_level": "D3"}, "education level"),
    ({"major": "Hukum"}, "major"),
    ({"phone": ""}, "profile"),
])
def test_apply_refuses_who_does_not_fit(world, rec, change, message):
    with within(world.gov):
        fresh = ApplicantFactory(instansi=world.gov, **change)
        all_documents(fresh)
        with pytest.raises(DomainError, match=message):
            applicants.apply(applicant=fresh, opening=rec.opening)
        assert not Application.objects.filter(applicant=fresh).exists()


def test_apply_outside_the_window_is_refused(world, rec):
    with within(world.gov):
        fresh = ApplicantFactory(instansi=world.gov)
        all_documents(fresh)
        with pytest.raises(DomainError, match="closed"):
            applicants.apply(applicant=fresh, opening=rec.opening,
                             today=rec.selection.registration_closes + datetime.timedelta(days=1))
        with pytest.raises(DomainError, match="not opened"):
            applicants.apply(applicant=fresh, opening=rec.opening,
                             today=rec.selection.registration_opens - datetime.timedelta(days=1))


# --- verification, result, sanggah --------------------------------------------------------------

def _checks(ok=True):
    return {"identity": True, "age": True, "education": True, "doc_ktp": ok}


def _close_registration(selection):
    selection.registration_closes = TODAY() - datetime.timedelta(days=1)
    selection.save()


def test_verification_ms_tms_with_reason_then_publication(world, rec):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        with pytest.raises(DomainError, match="reason"):
            verification.verify_application(actor=hr, application=rec.application,
                                            checks=_checks(False), reason="", version=1)
        tms = verification.verify_application(actor=hr, application=rec.application,
                                              checks=_checks(False), reason="KTP tidak terbaca",
                                              version=1)
        assert (tms.status, tms.reason, tms.checks["doc_ktp"]) == ("tms", "KTP tidak terbaca", False)
        with pytest.raises(Conflict):
            verification.verify_application(actor=hr, application=rec.application,
                                            checks=_checks(), reason="", version=1)
        with pytest.raises(Forbidden):
            verification.verify_application(actor=actor(world.users.leader),
                                            application=rec.other_application, checks=_checks(),
                                            reason="", version=1)
        verification.verify_application(actor=hr, application=rec.other_application,
                                        checks=_checks(), reason="", version=1)
        with pytest.raises(DomainError, match="still open"):
            verification.publish_result(actor=hr, selection=rec.selection, version=1)
        _close_registration(rec.selection)
        published = verification.publish_result(actor=hr, selection=rec.selection, version=1)
        assert published.result_published_on == TODAY()
        with pytest.raises(Conflict, match="only a sanggah"):
            verification.verify_application(actor=hr, application=tms, checks=_checks(),
                                            reason="", version=tms.version)
        assert queries.verified_applications(world.gov.pk, rec.selection.pk) == [{
            "application_id": rec.other_application.pk,
            "registration_number": rec.other_application.registration_number,
            "applicant_name": "Budi Pelamar Lain", "opening_id": rec.opening.pk,
            "opening_title": rec.opening.title}]


def test_publication_waits_for_every_verification(world, rec):
    with within(world.gov):
        _close_registration(rec.selection)
        with pytest.raises(DomainError, match="not verified"):
            verification.publish_result(actor=actor(world.users.hr_admin), selection=rec.selection,
                                        version=rec.selection.version)


def _published_tms(world, rec):
    hr = actor(world.users.hr_admin)
    verification.verify_application(actor=hr, application=rec.application, checks=_checks(False),
                                    reason="Ijazah tidak sesuai", version=1)
    verification.verify_application(actor=hr, application=rec.other_application, checks=_checks(),
                                    reason="", version=1)
    _close_registration(rec.selection)
    verification.publish_result(actor=hr, selection=rec.selection, version=1)
    rec.application.refresh_from_db()
    return hr


def test_sanggah_accepted_makes_the_application_ms(world, rec):
    with within(world.gov):
        hr = _published_tms(world, rec)
        with pytest.raises(DomainError, match="Only a TMS"):
            applicants.file_objection(applicant=rec.other, application=rec.other_application,
                                      text="Saya keberatan sekali")
        with pytest.raises(NotFound):
            applicants.file_objection(applicant=rec.other, application=rec.application,
                                      text="Bukan milik saya")
        objection = applicants.file_objection(
            applicant=rec.applicant, application=rec.application,
            text="Ijazah saya sesuai, terlampir legalisir.", upload=_upload(PDF))
        assert objection.content_type == "application/pdf"
        with pytest.raises(Conflict):
            applicants.file_objection(applicant=rec.applicant, application=rec.application,
                                      text="Sekali lagi keberatan")
        with pytest.raises(DomainError, match="reason"):
            verification.answer_objection(actor=hr, objection=objection, accept=True, answer="",
                                          version=1)
        verification.answer_objection(actor=hr, objection=objection, accept=True,
                                      answer="Legalisir sah.", version=1)
        rec.application.refresh_from_db()
        assert (rec.application.status, rec.application.reason) == ("ms", "")
        with pytest.raises(Conflict):
            verification.answer_objection(actor=hr, objection=objection, accept=False,
                                          answer="x", version=2)


def test_sanggah_outside_the_window_and_rejected(world, rec):
    with within(world.gov):
        hr = _published_tms(world, rec)
        late = TODAY() + datetime.timedelta(days=3)
        with pytest.raises(DomainError, match="not open"):
            applicants.file_objection(applicant=rec.applicant, application=rec.application,
                                      text="Terlambat tapi keberatan", today=late)
        objection = applicants.file_objection(applicant=rec.applicant,
                                              application=rec.application,
                                              text="Keberatan atas hasil TMS")
        verification.answer_objection(actor=hr, objection=objection, accept=False,
                                      answer="Ijazah tetap tidak sesuai.", version=1)
        rec.application.refresh_from_db()
        assert rec.application.status == "tms"
        assert Objection.objects.get().status == "rejected"


# --- card and export ----------------------------------------------------------------------------

def test_the_exam_card_is_a_pdf_with_the_number_and_session(world, rec):
    with within(world.gov):
        _published_tms(world, rec)
        ms = Application.objects.select_related("applicant", "opening", "selection",
                                                "instansi").get(pk=rec.other_application.pk)
        ms.exam_session_label, ms.exam_room, ms.exam_seat = "Sesi 2, 14 Okt 08.00", "Lab 1", "A7"
        body = card.exam_card_pdf(ms, photo=io.BytesIO(PNG), verify_url="http://x/rekrutmen/kartu/C/")
        text = pypdf.PdfReader(io.BytesIO(body)).pages[0].extract_text()
        assert ms.registration_number in text
        assert "Lab 1" in text
        assert "A7" in text
        with pytest.raises(DomainError):
            card.exam_card_pdf(rec.application, verify_url="http://x/")


def test_export_masks_the_nik_and_defuses_formulas(world, rec):
    with within(world.gov):
        rec.applicant.name = "=HYPERLINK(\"http://evil\")"
        rec.applicant.save()
        rows = queries.applications_queue(rec.selection)
        body, kind = export.export_applications(actor=actor(world.users.hr_admin),
                                                selection=rec.selection, applications=rows,
                                                fmt="csv")
        text = body.decode("utf-8-sig")
        assert rec.applicant.nik not in text
        assert "3201••••••••" in text
        assert "'=HYPERLINK" in text
        xlsx, kind = export.export_applications(actor=actor(world.users.hr_admin),
                                                selection=rec.selection, applications=rows,
                                                fmt="xlsx")
        assert xlsx[:2] == b"PK"
        assert "spreadsheetml" in kind
        with pytest.raises(Forbidden):
            export.export_applications(actor=actor(world.users.leader), selection=rec.selection,
                                       applications=rows, fmt="csv")


def test_password_is_checked_with_django_hashers(world, rec):
    with within(world.gov):
        assert applicants.authenticate_applicant(email=rec.applicant.email, password=PASSWORD)


def test_the_cat_app_sets_the_exam_place_of_an_ms_application(world, rec):
    from abdi.recruitment.services import exam

    with within(world.gov):
        Application.objects.filter(pk=rec.other_application.pk).update(status="ms")
        placed = exam.set_exam_place(actor=None, application_id=rec.other_application.pk,
                                     session_label="Sesi 1", room="Lab 3", seat="B2")
        assert (placed.exam_room, placed.exam_seat) == ("Lab 3", "B2")
        with pytest.raises(DomainError):
            exam.set_exam_place(actor=None, application_id=rec.application.pk,
                                session_label="Sesi 1", room="Lab 3", seat="B3")


def test_an_account_never_confirmed_gives_way_after_the_link_expired(world):
    first = _register(world, email="salah@contoh.id")
    with pytest.raises(Conflict):
        _register(world, email="benar@contoh.id")
    with scopes_disabled():
        Applicant.objects.filter(pk=first.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=4))
    second = _register(world, email="benar@contoh.id")
    with scopes_disabled():
        assert list(Applicant.objects.values_list("pk", flat=True)) == [second.pk]
