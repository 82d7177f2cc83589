"""The back-office actions through the case page, and refusals that save nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from abdi.complaints.models import Complaint, ComplaintEvent
from abdi.tenancy.scoping import within

from .factories import PNG, file_case

pytestmark = pytest.mark.django_db


def _act(client, case, action, **data):
    case.refresh_from_db()
    return client.post(reverse("complaints:act", args=[case.pk]),
                       {"action": action, "version": case.version, **data})


def _status(world, case):
    with within(world.gov):
        return Complaint.objects.get(pk=case.pk).status


def test_coordinator_holds_then_disposes_with_assignee(client, login, world, desk, filed):
    login(desk.users.coordinator)
    assert _act(client, filed.case, "hold", text="Mohon kirim foto lokasi jalan.").status_code == 302
    assert _status(world, filed.case) == "ditunda"
    response = _act(client, filed.case, "dispose", agency=world.agency.pk, case_class="informasi",
                    assignee_nip=world.own.nip, make_confidential="on")
    assert response.status_code == 302
    with within(world.gov):
        case = Complaint.objects.get(pk=filed.case.pk)
    assert (case.status, case.case_class, case.assignee_id, case.is_confidential) == (
        "terdisposisi", "informasi", world.own.pk, True)


def test_dispose_refusals(client, login, world, desk, filed):
    login(desk.users.coordinator)
    assert _act(client, filed.case, "dispose", agency=world.agency.pk, case_class="pengaduan",
                assignee_nip=world.other_unit.nip).status_code == 400  # not of that agency
    assert _act(client, filed.case, "dispose", agency=world.agency.pk, case_class="pengaduan",
                assignee_nip="999").status_code == 400
    assert _act(client, filed.case, "dispose", agency=world.agency.pk,
                case_class="wbs").status_code == 400
    assert _act(client, filed.case, "bogus").status_code == 400
    assert _act(client, filed.case, "archive", text="spam").status_code == 400  # too short
    assert _status(world, filed.case) == "diterima"


def test_archive_and_merge_from_the_page(client, login, world, desk, filed):
    with within(world.gov):
        twin, _s = file_case(world.gov, world.agency)
    login(world.users.hr_admin)
    assert _act(client, twin, "merge", text=filed.case.tracking).status_code == 302
    assert _status(world, twin) == "ditolak_arsip"
    assert _act(client, filed.case, "archive",
                text="Di luar kewenangan pemerintah daerah.").status_code == 302
    assert _status(world, filed.case) == "ditolak_arsip"
    assert _act(client, filed.case, "hold", text="Terlambat, sudah diarsipkan.").status_code == 409


def test_agency_follows_up_notes_and_rejects(client, login, world, desk, disposed):
    login(world.users.agency_admin)
    assert _act(client, disposed.case, "note", text="Cek ke lapangan hari Senin.").status_code == 302
    assert _act(client, disposed.case, "follow_up",
                text="Petugas dijadwalkan ke lokasi.").status_code == 302
    assert _status(world, disposed.case) == "ditindaklanjuti"
    assert _act(client, disposed.case, "reject", text="Bukan kewenangan kami lagi.").status_code == 409
    with within(world.gov):
        kinds = set(ComplaintEvent.objects.filter(complaint=disposed.case).values_list("kind", flat=True))
    assert {"note", "status"} <= kinds


def test_attachment_download_is_staff_only(client, login, world, desk):
    with within(world.gov):
        case, _s = file_case(world.gov, world.agency, files=[SimpleUploadedFile("a.png", PNG)])
        attachment = case.attachments.get()
    url = reverse("complaints:attachment", args=[attachment.pk])
    login(world.users.own)
    assert client.get(url).status_code == 404
    login(world.users.agency_admin)
    assert client.get(url).status_code == 404  # not yet verified
    login(world.users.hr_admin)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
