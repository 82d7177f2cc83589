"""Demo recruitment for a demo government: a CPNS selection with 3 openings whose registration
has closed and whose administrative result was published yesterday (sanggah window open), with
10 applicants in various states (MS with a scheduled exam, TMS with reasons, sanggah filed,
accepted and rejected, one who registered but never applied), and an open PPPK selection.

Demo applicants log in on /rekrutmen/lowongan/<slug>/masuk/ with pelamarN@demo.abdi.id and the
demo password. Call inside the government's scope:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date, timedelta

from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.utils import timezone

from abdi.demo.accounts import DEMO_PASSWORD
from abdi.org.models import Position
from abdi.recruitment.models import Applicant, ApplicantDocument, Application, Objection, Opening, Selection
from abdi.recruitment.rules import numbers

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
       b"\x00\x00\x00IEND\xaeB`\x82")
OPENINGS = (
    ("Pranata Komputer Ahli Pertama", 2, ["S1"], "Teknik Informatika\nSistem Informasi", ""),
    ("Analis Kebijakan Ahli Pertama", 3, ["S1", "S2"], "", ""),
    ("Perawat Terampil", 2, ["D3"], "Keperawatan", "STR Perawat"),
)
# name, birth date, female, opening index, status, reason, objection (None/filed/accepted/rejected)
PEOPLE = (
    ("Andi Saputra", date(1996, 4, 12), False, 0, "ms", "", None),
    ("Bunga Lestari", date(1998, 9, 3), True, 0, "ms", "", None),
    ("Cahyo Nugroho", date(1994, 1, 22), False, 0, "tms", "Jurusan pada ijazah bukan Teknik "
     "Informatika atau Sistem Informasi.", "rejected"),
    ("Dewi Anggraini", date(1997, 7, 8), True, 1, "ms", "", None),
    ("Eko Prasetyo", date(1993, 11, 30), False, 1, "tms", "Transkrip tidak dilegalisir.",
     "filed"),
    ("Fitri Handayani", date(1999, 2, 14), True, 1, "ms", "", "accepted"),
    ("Gilang Ramadhan", date(2000, 12, 1), False, 1, "tms", "Pas foto tidak sesuai ketentuan.",
     None),
    ("Hana Pertiwi", date(1995, 5, 19), True, 2, "ms", "", None),
    ("Indra Wijaya", date(1996, 8, 25), False, 2, "tms", "STR Perawat tidak diunggah.", None),
    ("Joko Santoso", date(2001, 3, 9), False, None, None, "", None),
)


def _nik(birth: date, serial: int, female: bool) -> str:
    return f"3271{serial % 90 + 10:02d}{birth.day + (40 if female else 0):02d}{birth.month:02d}" \
           f"{birth.year % 100:02d}{serial:04d}"


def _documents(instansi, applicant, needs_certificate: bool) -> None:
    kinds = ["ktp", "ijazah", "transcript"] + (["certificate"] if needs_certificate else [])
    now = timezone.now()
    for kind in kinds:
        doc = ApplicantDocument(instansi=instansi, applicant=applicant, kind=kind,
                                content_type="application/pdf", size=len(PDF), uploaded_at=now)
        doc.file.save(f"{kind}.pdf", ContentFile(PDF), save=False)
        doc.save()
    photo = ApplicantDocument(instansi=instansi, applicant=applicant, kind="photo",
                              content_type="image/png", size=len(PNG), uploaded_at=now)
    photo.file.save("photo.png", ContentFile(PNG), save=False)
    photo.save()


def seed(instansi, today: date) -> dict:
    year = today.year
    now = timezone.now()
    cpns = Selection.objects.create(
        instansi=instansi, kind="cpns", year=year, name=f"Seleksi CPNS {year}",
        registration_opens=today - timedelta(days=30), registration_closes=today - timedelta(days=3),
        reference_date=today - timedelta(days=30), sanggah_days=3, published_at=now,
        result_published_on=today - timedelta(days=1),
        announcement="Pendaftaran CPNS formasi umum. Hasil seleksi administrasi telah diumumkan.")
    positions = list(Position.objects.filter(is_active=True, is_head=False)
                     .select_related("unit").order_by("pk")[:3])
    openings = [Opening.objects.create(
        instansi=instansi, selection=cpns, position=position, unit=position.unit, title=title,
        quota=quota, education_levels=levels, majors=majors, certificates=certificates,
        min_age=18, max_age=35, description=f"Penempatan di {position.unit.name}.")
        for position, (title, quota, levels, majors, certificates) in zip(positions, OPENINGS,
                                                                          strict=False)]
    pppk = Selection.objects.create(
        instansi=instansi, kind="pppk", year=year, name=f"Seleksi PPPK Teknis {year}",
        registration_opens=today - timedelta(days=2), registration_closes=today + timedelta(days=12),
        reference_date=today - timedelta(days=2), sanggah_days=3, published_at=now)
    if positions:
        Opening.objects.create(
            instansi=instansi, selection=pppk, position=positions[0], unit=positions[0].unit,
            title="Pengelola Layanan Operasional", quota=5, education_levels=["SMA", "D3"],
            min_age=20, max_age=57)
    password = make_password(DEMO_PASSWORD)
    applications = objections = 0
    for n, (name, birth, female, index, status, reason, objection) in enumerate(PEOPLE, start=1):
        opening = openings[index] if index is not None and index < len(openings) else None
        level = (opening.education_levels[0] if opening else "S1")
        major = (opening.major_list[0] if opening and opening.major_list else "Administrasi Publik")
        applicant = Applicant.objects.create(
            instansi=instansi, email=f"pelamar{n}@demo.abdi.id", password=password,
            nik=_nik(birth, n, female), name=name, birth_date=birth, email_confirmed_at=now,
            education_level=level, major=major, address=f"Jl. Pahlawan No. {n}",
            phone=f"0812000000{n:02d}")
        if opening is None:
            continue
        _documents(instansi, applicant, bool(opening.certificate_list))
        cpns.last_sequence += 1
        final = "ms" if objection == "accepted" else status
        application = Application.objects.create(
            instansi=instansi, selection=cpns, opening=opening, applicant=applicant,
            registration_number=numbers.registration_number("cpns", year, opening.pk,
                                                            cpns.last_sequence),
            status=final, submitted_at=now - timedelta(days=20 - n), card_code=numbers.new_card_code(),
            checks={"identity": True, "age": True, "education": final == "ms"},
            reason="" if final == "ms" else reason, verified_at=now - timedelta(days=2),
            exam_session_label=f"Sesi {n % 3 + 1}, {(today + timedelta(days=14)):%d-%m-%Y}"
            if final == "ms" else None,
            exam_room="Lab CAT BKPSDM" if final == "ms" else None,
            exam_seat=f"A{n:02d}" if final == "ms" else None)
        applications += 1
        if objection:
            Objection.objects.create(
                instansi=instansi, application=application, filed_at=now - timedelta(hours=20),
                text="Dokumen saya sudah sesuai; mohon diperiksa kembali.", status=objection,
                answer={"filed": "", "accepted": "Dokumen sah setelah diperiksa ulang.",
                        "rejected": "Jurusan tetap tidak sesuai formasi."}[objection],
                answered_at=None if objection == "filed" else now)
            objections += 1
    cpns.save(update_fields=["last_sequence"])
    return {"selections": 2, "openings": len(openings) + (1 if positions else 0),
            "applicants": len(PEOPLE), "applications": applications, "objections": objections}
