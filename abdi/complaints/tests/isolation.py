"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime
from types import SimpleNamespace

from django.core.files.base import ContentFile

from abdi.complaints.models import (
    Complaint,
    ComplaintAttachment,
    ComplaintEvent,
    ComplaintOfficer,
    ComplaintSettings,
)

PARAMS: dict[str, str] = {
    "complaint_id": "complaint", "complaint_file_id": "complaint_attachment",
    "complaint_officer_id": "complaint_officer", "gov_slug": "complaint_portal",
}
PK_OF: dict[str, str] = {}
# The citizen's pages: no account; the government comes from the URL or the tracking number.
PUBLIC: set[str] = {"complaints:submit", "complaints:receipt", "complaints:feed",
                    "complaints:track", "complaints:track_action", "complaints:ombudsman"}
OPERATOR_PAGES: set[str] = set(PUBLIC)
SNAPSHOT_MODELS: tuple = (Complaint, ComplaintEvent, ComplaintOfficer, ComplaintSettings,
                          ComplaintAttachment)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    now = datetime.datetime(2026, 3, 2, 3, 0, tzinfo=datetime.UTC)
    case = Complaint.objects.create(
        instansi=world.gov, tracking="KOTA-A-2026-00042", secret_hash="0" * 64, kind="pengaduan",
        case_class="pengaduan", status="terdisposisi", category="Jalan",
        description="Pengaduan Rahasia Kota A tentang jalan", reporter_name="Pelapor Rahasia Kota A",
        reporter_phone="0899111222333", agency=world.agency, received_at=now,
        received_on=now.date(), disposed_at=now, disposed_on=now.date())
    ComplaintEvent.objects.create(instansi=world.gov, complaint=case, at=now, kind="note",
                                  text="Catatan Rahasia Kota A")
    attachment = ComplaintAttachment(instansi=world.gov, complaint=case, content_type="image/png",
                                     size=16)
    attachment.file.save("lampiran.png", ContentFile(b"\x89PNG\r\n\x1a\n" + b"0" * 8), save=False)
    attachment.save()
    officer = ComplaintOfficer.objects.create(instansi=world.gov, employee=marked,
                                              duty="coordinator")
    objects = {"complaint": case, "complaint_attachment": attachment,
               "complaint_officer": officer, "complaint_portal": SimpleNamespace(pk=world.gov.slug)}
    return objects, {"Pengaduan Rahasia Kota A", "Pelapor Rahasia Kota A", "0899111222333",
                     "Catatan Rahasia Kota A", "KOTA-A-2026-00042"}
