import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from abdi.accounts.actor import Actor
from abdi.knowledge.tests.factories import PDF


def actor_of(user):
    return Actor.for_user(user)


def upload(name="laporan.pdf", content=PDF, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def office_file(kind="docx") -> bytes:
    """A minimal DOCX or PPTX: a ZIP with the entries that name it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml" if kind == "docx" else "ppt/presentation.xml", "<x/>")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


SOLUTION_DATA = {
    "title": "Antrean online di puskesmas",
    "problem": "Pasien menunggu berjam-jam di loket pendaftaran puskesmas setiap pagi.",
    "solution": "Pendaftaran lewat WhatsApp; nomor antrean dan perkiraan jam dikirim ke ponsel.",
    "results": "Waktu tunggu rata-rata turun dari 90 menit menjadi 20 menit dalam 3 bulan.",
    "replication": "Butuh satu nomor WhatsApp resmi dan satu petugas pendaftaran.",
    "team_name": "Tim Inovasi Puskesmas",
    "tags": "Antrean Online, pelayanan publik, antrean online",
    "co_authors": "",
}


@pytest.fixture
def solution_data():
    return dict(SOLUTION_DATA)
