"""Complaints for tests, filed through the citizen's service (the same door as the portal)."""

from abdi.complaints.services import intake

DESCRIPTION = "Jalan di depan sekolah rusak parah dan belum diperbaiki sejak tiga bulan."
REPORTER = {"name": "Siti Pelapor Rahasia", "phone": "081234567890",
            "email": "siti.pelapor@contoh.id"}

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n" + b"0" * 64


def file_case(instansi, agency, *, kind="pengaduan", anonymous=False, confidential=False,
              description=DESCRIPTION, **fields):
    """(case, secret) of a fresh report; call inside within(instansi)."""
    values = {"category": "Jalan", "location": "Jl. Merdeka 1", **REPORTER, **fields}
    return intake.submit_complaint(instansi=instansi, agency=agency, kind=kind,
                                   description=description, anonymous=anonymous,
                                   confidential=confidential, **values)
