"""The signed announcement: a PAdES signature made and checked offline with pyHanko, tampered
copies refused, the key made on first use, and the public check page with its upload."""

import datetime
import hashlib
import io
import os
import socket
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from abdi.cat.models import Announcement
from abdi.cat.services import exam, results, signing
from abdi.tenancy.scoping import within

from .conftest import TOKEN, actor_of


def _issue(world) -> Announcement:
    with within(world.gov):
        return results.issue_announcement(
            actor=actor_of(world.users.hr_admin), opening_ref=7, opening_title="Analis Kebijakan",
            formasi=1, verify_url_of=lambda code: f"http://testserver/cat/verifikasi/{code}/")


def _with_new_page_content(pdf: bytes) -> bytes:
    """An incremental update that replaces the first page's text: what a forger would append."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    page = page_ref.get_object()
    forged = generic.StreamObject(stream_data=b"BT /F1 12 Tf 40 800 Td (Peringkat 1: Orang Lain) Tj ET")
    page["/Contents"] = writer.add_object(forged)
    writer.mark_update(page_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _flip(pdf: bytes, at: int) -> bytes:
    data = bytearray(pdf)
    data[at] ^= 0x01
    return bytes(data)


@pytest.fixture
def no_network():
    """Any attempt to open a connection (OCSP, CRL, timestamp server) fails the test."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("network access during signing or validation")

    with mock.patch.object(socket.socket, "connect", refuse), \
            mock.patch.object(socket, "create_connection", refuse):
        yield


def test_issued_announcement_is_signed_and_validates_offline(world, no_network):
    announcement = _issue(world)
    pdf = bytes(announcement.pdf)
    assert pdf.startswith(b"%PDF")
    assert announcement.content_hash == hashlib.sha256(pdf).hexdigest()
    (embedded,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    assert embedded.sig_object["/Reason"] == "Pengumuman hasil seleksi"
    assert embedded.sig_object["/Location"] == "Pemerintah Kota A"
    check = signing.check_pdf(pdf)
    assert check.valid, check.problem
    assert "Abdi uji announcement signing" in check.signer
    assert abs(check.signed_at - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=5)
    cert = signing._signer(create=False).signing_cert
    assert check.fingerprint == hashlib.sha256(cert.dump()).hexdigest()


def test_tampered_copies_do_not_validate(world, no_network):
    pdf = bytes(_issue(world).pdf)
    changed_text = _flip(pdf, pdf.index(b"stream") + 40)  # inside the first content stream
    assert not signing.check_pdf(changed_text).valid
    appended = _with_new_page_content(pdf)
    assert appended.startswith(pdf)  # the signed bytes are untouched, the update comes after them
    check = signing.check_pdf(appended)
    assert not check.valid
    assert check.problem == "Something was added to the PDF after it was signed."
    assert check.signer  # still tells whose signature it was
    assert not signing.check_pdf(results._pdf("x", [], "c", "http://x/", "now")).valid  # unsigned
    assert signing.check_pdf(b"%PDF-1.4 broken").problem == "The file is not a readable PDF."


def test_a_signature_by_another_certificate_is_not_trusted(world, settings, tmp_path):
    genuine = bytes(_issue(world).pdf)
    other = tmp_path / "lain.p12"
    signing.make_signing_key(other, name="palsu")
    settings.ABDI_SIGNING_P12, settings.ABDI_SIGNING_P12_PASSWORD = str(other), ""
    forged = signing.sign_pdf(results._pdf("x", [], "c", "http://x/", "now"), location="Palsu")
    settings.ABDI_SIGNING_P12, settings.ABDI_SIGNING_P12_PASSWORD = str(tmp_path / "x"), ""
    assert not signing.check_pdf(genuine).valid  # no certificate: nothing is reported valid
    settings.ABDI_SIGNING_P12 = str(other)
    assert signing.check_pdf(forged).valid
    assert not signing.check_pdf(genuine).valid


def test_key_is_made_on_first_use_under_the_var_dir(world, settings, tmp_path):
    settings.ABDI_SIGNING_P12, settings.ABDI_SIGNING_P12_PASSWORD = "", ""
    settings.VAR_DIR = tmp_path
    settings.ALLOWED_HOSTS = ["abdi.kota-a.go.id"]
    announcement = _issue(world)
    path = tmp_path / "signing" / "announcement-signing.p12"
    assert path.exists()
    assert os.stat(path).st_mode & 0o077 == 0  # the private key is readable by its owner only
    check = signing.check_pdf(bytes(announcement.pdf))
    assert check.valid
    assert "Abdi abdi.kota-a.go.id announcement signing" in check.signer
    cert = signing._signer(create=False).signing_cert
    lifetime = cert["tbs_certificate"]["validity"]["not_after"].native - \
        cert["tbs_certificate"]["validity"]["not_before"].native
    assert datetime.timedelta(days=5 * 365) <= lifetime < datetime.timedelta(days=5 * 366)


def test_configured_but_missing_certificate_refuses_to_sign(exam_world, settings, tmp_path, login):
    world = exam_world
    exam.log_in(registration_number="2024000001", token=TOKEN, device_key="d")
    with within(world.gov):
        exam.finish(attempt_id=world.first.pk, device_key="d")  # a result: opening 7 can be announced
    settings.ABDI_SIGNING_P12 = str(tmp_path / "bsre.p12")
    with pytest.raises(signing.SigningNotConfigured):
        _issue(world)
    assert not (tmp_path / "bsre.p12").exists()  # never replaced by a self-signed one
    c = login(world.users.hr_admin)
    response = c.post(reverse("cat:announce") + "?lowongan=7&formasi=1", follow=True)
    assert response.status_code == 200
    assert b"bsre.p12 is missing" in response.content
    with within(world.gov):
        assert not Announcement.objects.exists()


def test_wrong_password_is_a_clear_error(world, settings):
    settings.ABDI_SIGNING_P12_PASSWORD = "salah"
    with pytest.raises(signing.SigningNotConfigured, match="cannot be opened"):
        _issue(world)


def test_make_signing_key_command(settings, tmp_path):
    settings.ABDI_SIGNING_P12, settings.ABDI_SIGNING_P12_PASSWORD = "", ""
    settings.VAR_DIR = tmp_path
    settings.ALLOWED_HOSTS = ["localhost", "abdi.kota-a.go.id"]
    out = io.StringIO()
    call_command("make_signing_key", "--name", "Kota A", stdout=out)
    assert "fingerprint" in out.getvalue()
    assert (tmp_path / "signing" / "announcement-signing.p12").exists()
    assert _common_name() == "Abdi Kota A announcement signing"
    with pytest.raises(CommandError, match="exists"):
        call_command("make_signing_key")
    call_command("make_signing_key", "--force", stdout=io.StringIO())
    assert _common_name() == "Abdi abdi.kota-a.go.id announcement signing"


def _common_name() -> str:
    return signing._signer(create=False).signing_cert.subject.native["common_name"]


def _page(client, announcement, **post):
    url = reverse("cat:verify", args=[announcement.code])
    return client.post(url, post) if post else client.get(url)


def test_verify_page_shows_the_signature(world, client):
    announcement = _issue(world)
    page = _page(client, announcement)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Signature valid" in body
    assert "Abdi uji announcement signing" in body
    assert signing.check_pdf(bytes(announcement.pdf)).fingerprint in body


def test_verify_page_checks_an_uploaded_copy(world, client):
    announcement = _issue(world)
    pdf = bytes(announcement.pdf)
    same = _page(client, announcement, file=SimpleUploadedFile("p.pdf", pdf, "application/pdf"))
    assert same.status_code == 200
    assert b"Your copy is the announcement as issued." in same.content
    assert b'data-testid="copy-signature-status">Signature valid' in same.content.replace(b"\n", b"")
    forged = _page(client, announcement, file=SimpleUploadedFile("p.pdf", _with_new_page_content(pdf)))
    assert forged.status_code == 200
    body = forged.content.decode()
    assert "Your copy differs from the announcement as issued." in body
    assert "Signature invalid." in body.split('data-testid="copy-signature"')[1]


def test_verify_upload_refuses_bad_files(world, client):
    announcement = _issue(world)
    big = SimpleUploadedFile("besar.pdf", b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024), "application/pdf")
    response = _page(client, announcement, file=big)
    assert response.status_code == 413
    assert b"larger than 10 MB" in response.content
    response = _page(client, announcement, file=SimpleUploadedFile("foto.pdf", b"\x89PNG\r\n\x1a\n0000"))
    assert response.status_code == 415
    assert b"The file is not a PDF." in response.content
    response = client.post(reverse("cat:verify", args=[announcement.code]), {})
    assert response.status_code == 400
    response = _page(client, announcement, file=SimpleUploadedFile("p.pdf", b"%PDF-1.4"), situs_web="x")
    assert response.status_code == 400


def test_verify_page_of_a_damaged_stored_pdf_answers_invalid(world, client):
    with within(world.gov):
        announcement = Announcement.objects.create(
            instansi=world.gov, opening_title="Lama", code="lama-rusak", content_hash="0" * 64,
            pdf=b"%PDF-", issued_by="x")
    page = _page(client, announcement)
    assert page.status_code == 200
    assert b"Signature invalid." in page.content
