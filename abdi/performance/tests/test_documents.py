"""The SKP and the Dokumen Evaluasi Kinerja as PDF with a QR code, and the public check."""

import io
import uuid
from decimal import Decimal

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from pypdf import PdfReader

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict
from abdi.performance import documents
from abdi.performance.models import IssuedDocument, Skp
from abdi.performance.services import appraisal as appraisal_services
from abdi.performance.services import documents as document_services
from abdi.performance.services import move_skp
from abdi.tenancy.scoping import within

from .conftest import actor_of


def _text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def _only_document(kind) -> IssuedDocument:
    with scopes_disabled():
        return IssuedDocument.objects.get(kind=kind)


def _verify(client, code):
    return client.get(reverse("performance:verify", args=[code]))


def _final_appraisal(world, plans):
    """The employee's annual appraisal rated Butuh Perbaikan and signed final."""
    with within(world.gov):
        appraisal, _created = appraisal_services.open_appraisal(
            actor=actor_of(world.users.own), skp=plans.own.skp, period_kind="annual", period_number=1)
        rated = appraisal_services.rate(
            actor=actor_of(world.users.supervisor), appraisal=appraisal, result_rating="BAWAH",
            result_reason="Target laporan tidak tercapai.", behaviour_rating="SESUAI",
            behaviour_reason="Perilaku sesuai harapan.")
        return rated


def _finalise(world, appraisal):
    with within(world.gov):
        appraisal_services.set_unit_predikat(
            actor=actor_of(world.users.agency_head), unit=world.unit, year=appraisal.year,
            period_kind="annual", period_number=1, org_predikat="BP")
        appraisal_services.finalise_unit(actor=actor_of(world.users.supervisor), unit=world.unit,
                                         year=appraisal.year, period_kind="annual", period_number=1)


# ---------------------------------------------------------------- the SKP


def test_skp_pdf_shows_both_people_and_the_verification_address(world, plans, login, client):
    login(world.users.own)
    skp = plans.own.skp
    response = client.get(reverse("performance:skp_pdf", args=[skp.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="SKP-{skp.year}-{world.own.nip}.pdf"'
    text = _text(response)
    assert "SASARAN KINERJA PEGAWAI" in text
    for person in (world.own, world.supervisor):
        assert person.full_name in text
        assert person.nip in text
    assert "Laporan pembinaan sekolah" in text
    assert "Berorientasi Pelayanan" in text
    assert "Kolaboratif" in text
    document = _only_document("skp")
    assert (document.object_id, document.revision) == (skp.pk, skp.revision)
    assert (document.employee_nip, document.appraiser_nip) == (world.own.nip, world.supervisor.nip)
    # The QR code and the footer carry the absolute address of the public check.
    url = f"http://testserver{reverse('performance:verify', args=[document.code])}"
    assert url in text
    assert documents.short_code(document.code) in text
    with scopes_disabled():
        assert AuditEntry.objects.filter(object_type="performance.issueddocument",
                                         object_id=str(document.pk), actor=world.users.own).exists()


def test_the_same_content_keeps_its_code(world, plans, login, client):
    login(world.users.supervisor)
    url = reverse("performance:skp_pdf", args=[plans.own.skp.pk])
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    with scopes_disabled():
        assert IssuedDocument.objects.filter(kind="skp").count() == 1


def test_verify_is_public_and_follows_changes(world, plans, login, client):
    login(world.users.own)
    assert client.get(reverse("performance:skp_pdf", args=[plans.own.skp.pk])).status_code == 200
    document = _only_document("skp")
    client.logout()

    page = _verify(client, document.code)
    assert page.status_code == 200
    body = page.content.decode()
    assert 'data-testid="verdict-valid"' in body
    assert world.own.full_name in body
    assert world.own.nip in body
    assert world.supervisor.nip in body
    assert world.own.nik not in body  # only what the paper shows

    # Changed data under the same revision: still genuine, no longer what the paper says.
    with scopes_disabled():
        Skp.objects.filter(pk=plans.own.skp.pk).update(position_name="Jabatan Lain")
    assert 'data-testid="verdict-changed"' in _verify(client, document.code).content.decode()
    with scopes_disabled():
        Skp.objects.filter(pk=plans.own.skp.pk).update(position_name=plans.own.skp.position_name)
    assert 'data-testid="verdict-valid"' in _verify(client, document.code).content.decode()

    # An amendment opens a new revision: the issued copy is out of date.
    with within(world.gov):
        move_skp(actor=actor_of(world.users.own), skp=plans.own.skp, action="amend",
                 note="Target disesuaikan.")
    assert 'data-testid="verdict-revised"' in _verify(client, document.code).content.decode()


def test_verify_works_for_a_user_of_another_government(world, plans, login, client):
    login(world.users.own)
    client.get(reverse("performance:skp_pdf", args=[plans.own.skp.pk]))
    document = _only_document("skp")
    login(world.users.other_gov)
    page = _verify(client, document.code)
    assert page.status_code == 200
    assert 'data-testid="verdict-valid"' in page.content.decode()


def test_unknown_code_is_404(client, world):
    page = _verify(client, uuid.uuid4())
    assert page.status_code == 404
    assert 'data-testid="verdict-unknown"' in page.content.decode()


def test_a_plan_not_approved_is_not_printed(world, plans, login, client):
    with within(world.gov):
        move_skp(actor=actor_of(world.users.own), skp=plans.own.skp, action="amend", note="Ubah.")
    login(world.users.own)
    response = client.get(reverse("performance:skp_pdf", args=[plans.own.skp.pk]))
    assert response.status_code == 409
    assert 'data-testid="refused"' in response.content.decode()
    with scopes_disabled():
        assert not IssuedDocument.objects.exists()


def test_downloads_are_for_members_who_may_see(world, plans, login, client):
    skp_url = reverse("performance:skp_pdf", args=[plans.own.skp.pk])
    response = client.get(skp_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    login(world.users.other_gov)
    assert client.get(skp_url).status_code == 404
    login(world.users.other_unit)
    assert client.get(skp_url).status_code == 404
    assert client.post(skp_url).status_code in (404, 405)
    with scopes_disabled():
        assert not IssuedDocument.objects.exists()


# ---------------------------------------------------------------- the evaluation


def test_evaluation_only_when_final(world, plans, login, client):
    appraisal = _final_appraisal(world, plans)
    url = reverse("performance:evaluation_pdf", args=[appraisal.pk])
    login(world.users.own)
    assert client.get(url).status_code == 403  # the employee sees ratings only once final
    login(world.users.supervisor)
    assert client.get(url).status_code == 409  # the penilai sees them, but no document yet
    login(world.users.other_gov)
    assert client.get(url).status_code == 404
    with scopes_disabled():
        assert not IssuedDocument.objects.exists()

    _finalise(world, appraisal)
    login(world.users.own)
    response = client.get(url)
    assert response.status_code == 200
    assert world.own.nip in response["Content-Disposition"]
    text = _text(response)
    assert "EVALUASI KINERJA PEGAWAI" in text
    for person in (world.own, world.supervisor):
        assert person.full_name in text
        assert person.nip in text
    assert "PREDIKAT KINERJA PEGAWAI" in text
    assert "Butuh Perbaikan" in text  # the predikat, and the unit's capaian
    assert "Di Bawah Ekspektasi" in text
    assert "Sesuai Ekspektasi" in text
    document = _only_document("evaluation")
    assert document.appraiser_nip == world.supervisor.nip
    client.logout()
    assert 'data-testid="verdict-valid"' in _verify(client, document.code).content.decode()

    # An upheld objection changes the predikat: the issued copy no longer holds.
    with within(world.gov):
        objection = appraisal_services.file_objection(actor=actor_of(world.users.own),
                                                      appraisal=appraisal, reason="Bukti baru.")
        appraisal_services.decide_objection(
            actor=actor_of(world.users.agency_head), objection=objection, upheld=True,
            decision="Diterima.", result_rating="SESUAI", behaviour_rating="SESUAI")
    body = _verify(client, document.code).content.decode()
    assert 'data-testid="verdict-valid"' not in body
    assert world.own.nip in body


def test_anonymous_cannot_download_the_evaluation(world, plans, client):
    appraisal = _final_appraisal(world, plans)
    response = client.get(reverse("performance:evaluation_pdf", args=[appraisal.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_service_refuses_a_draft_and_reports_unknown_codes(world, plans):
    with within(world.gov):
        skp = move_skp(actor=actor_of(world.users.own), skp=plans.own.skp, action="amend", note="x")
        with pytest.raises(Conflict):
            document_services.issue_skp_document(actor=actor_of(world.users.own), skp=skp,
                                                 verify_url=lambda code: f"https://x/{code}")
    assert document_services.verify_document(uuid.uuid4()).verdict == "unknown"


# ---------------------------------------------------------------- the pure parts


def _skp_document(**changes):
    person = documents.Person(name="Pegawai", nip="199001012015031001", pangkat="Penata Muda, III/a",
                              position="Analis", unit="Bidang")
    values = {
        "government": "Pemerintah Kota A", "jpt": False, "approach": "Kuantitatif", "year": 2026,
        "period": "1 Januari s.d. 31 Desember 2026", "revision": 1, "employee": person,
        "appraiser": None, "results": (), "behaviours": (), "lampiran": (),
        "place": "Kota A", "date": documents.tanggal(None),
    }
    return documents.SkpDocument(**{**values, **changes})


def test_fingerprint_follows_content_not_pangkat_or_place():
    base = _skp_document()
    promoted = documents.Person(name="Pegawai", nip="199001012015031001", pangkat="Penata, III/c",
                                position="Analis", unit="Bidang")
    assert documents.fingerprint(base) == documents.fingerprint(
        _skp_document(employee=promoted, place="Ibu kota baru"))
    assert documents.fingerprint(base) != documents.fingerprint(_skp_document(revision=2))
    assert len(documents.fingerprint(base)) == 64


def test_builder_puts_the_url_in_the_pdf():
    pdf = documents.render_skp(_skp_document(), code=str(uuid.UUID(int=1)),
                               verify_url="https://abdi.example/kinerja/verifikasi/abc/")
    assert pdf.startswith(b"%PDF-")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "https://abdi.example/kinerja/verifikasi/abc/" in text
    assert "0000-0000" in text


@pytest.mark.parametrize(("value", "shown"), [("12.00", "12"), ("95.50", "95,5"), ("100", "100"),
                                               ("0.00", "0")])
def test_numbers_are_written_the_indonesian_way(value, shown):
    assert documents.angka(Decimal(value)) == shown
