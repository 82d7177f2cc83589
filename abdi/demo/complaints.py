"""Demo complaints for a demo government: a dozen reports in every state of §2.5, a confidential
one, an anonymous one and one berkadar pengawasan, some late, one rated, plus a coordinator.

Call inside the government's scope, after its organisation and accounts exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date, timedelta

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role, RoleGrant, User
from abdi.complaints.models import Complaint, ComplaintOfficer
from abdi.complaints.services import handling, intake
from abdi.org.models import Unit

REPORTS = (
    # (kind, category, description, anonymous, confidential, where it ends, days ago)
    ("pengaduan", "Jalan", "Jalan berlubang di depan SD Negeri 3 membahayakan anak-anak yang "
     "berangkat sekolah.", False, False, "diterima", 0),
    ("pengaduan", "Perizinan", "Pengurusan izin usaha mikro sudah tiga minggu belum selesai "
     "padahal syarat lengkap.", False, False, "diterima", 6),
    ("informasi", "Beasiswa", "Mohon informasi jadwal pendaftaran beasiswa daerah untuk "
     "mahasiswa tahun ini.", False, False, "ditunda", 2),
    ("pengaduan", "Kesehatan", "Antrean di puskesmas sangat panjang dan loket hanya dibuka "
     "satu.", False, False, "terdisposisi", 3),
    ("pengaduan", "Sekolah", "Pungutan uang seragam di sekolah negeri tanpa dasar yang jelas.",
     False, True, "terdisposisi", 9),
    ("aspirasi", "Taman kota", "Usul agar taman kota dibuka sampai malam dan diberi penerangan "
     "yang cukup.", False, False, "ditindaklanjuti", 5),
    ("pengaduan", "Air bersih", "Air PDAM di kelurahan kami keruh selama satu minggu "
     "terakhir.", True, False, "ditanggapi", 8),
    ("pengaduan", "Pelayanan KTP", "Petugas meminta uang tambahan untuk mempercepat KTP "
     "elektronik.", False, True, "pengawasan", 4),
    ("pengaduan", "Sampah", "Sampah di pasar tidak diangkut selama empat hari berturut-turut.",
     False, False, "dibuka_kembali", 12),
    ("pengaduan", "Penerangan jalan", "Lampu jalan di Jalan Sudirman padam sejak dua minggu.",
     False, False, "selesai", 20),
    ("informasi", "Pajak daerah", "Bagaimana cara membayar PBB secara daring?", False, False,
     "selesai", 15),
    ("pengaduan", "Lain-lain", "iklan iklan iklan kunjungi situs kami sekarang juga gratis",
     False, False, "ditolak_arsip", 1),
)


def _hr_user(instansi):
    user_ids = RoleGrant.objects.filter(role=Role.HR_ADMIN).values_list("user_id", flat=True)
    return User.objects.filter(instansi=instansi, pk__in=user_ids).order_by("pk").first()


def seed(instansi, today: date) -> dict:
    agencies = list(Unit.objects.filter(parent__isnull=True).order_by("sort_order", "name")[:4])
    hr = _hr_user(instansi)
    if not agencies or hr is None:
        return {"complaints": 0}
    # The seed acts as BKPSDM and, for the answers, as the handler of every agency.
    actor = Actor(user=hr, instansi_id=instansi.pk, employee_id=hr.employee_id,
                  roles=frozenset({Role.HR_ADMIN}), label="demo",
                  agency_ids=frozenset(a.pk for a in agencies), _led_paths=())
    if hr.employee_id:
        ComplaintOfficer.objects.get_or_create(instansi=instansi, employee_id=hr.employee_id,
                                               duty=ComplaintOfficer.Duty.COORDINATOR)
    cases = []
    for index, (kind, category, text, anonymous, confidential, end, days_ago) in enumerate(REPORTS):
        agency = agencies[index % len(agencies)]
        case, _secret = intake.submit_complaint(
            instansi=instansi, agency=agency, kind=kind, category=category,
            description=text if len(text) >= 20 else text + " Terima kasih.",
            location="Kelurahan Demo", anonymous=anonymous, confidential=confidential,
            name=f"Warga Demo {index + 1}", phone=f"08120000{index:04d}")
        _walk(actor, case, end, agency)
        _age(case.pk, days_ago)
        cases.append(case)
    return {"complaints": len(cases)}


def _v(case):
    return Complaint.objects.get(pk=case.pk)


def _walk(actor, case, end, agency):
    if end == "diterima":
        return
    if end == "ditunda":
        handling.hold_case(actor=actor, case=case, version=case.version,
                           request_text="Mohon sebutkan program studi dan kampus Anda.")
        return
    if end == "ditolak_arsip":
        handling.archive_case(actor=actor, case=case, version=case.version,
                              reason="Spam: isi laporan berupa iklan.")
        return
    case_class = "pengawasan" if end == "pengawasan" else {
        "pengaduan": "pengaduan", "aspirasi": "aspirasi", "informasi": "informasi"}[case.kind]
    case = handling.dispose_case(actor=actor, case=case, version=case.version, agency=agency,
                                 case_class=case_class)
    if end in ("terdisposisi", "pengawasan"):
        return
    if end == "ditindaklanjuti":
        handling.follow_up_case(actor=actor, case=case, version=case.version,
                                text="Usulan sedang dibahas bersama bidang pertamanan.")
        return
    case = handling.answer_case(actor=actor, case=case, version=case.version,
                                text="Terima kasih, petugas sudah menindaklanjuti di lapangan.")
    if end == "dibuka_kembali":
        intake.object_to_answer(case=case, reason="Sampah masih menumpuk sampai hari ini.")
    elif end == "selesai":
        case = intake.accept_answer(case=case)
        intake.rate_handling(case=case, score=4, comment="Cukup cepat.")


def _age(pk, days_ago):
    """Move a case's dates back so the queues show amber, red and late badges."""
    if not days_ago:
        return
    case = Complaint.objects.get(pk=pk)
    shift = timedelta(days=days_ago)
    values = {"received_at": case.received_at - shift, "received_on": case.received_on - shift}
    for name in ("disposed_at", "disposed_on", "answered_on", "completion_due", "stage_start",
                 "stage_due"):
        if getattr(case, name):
            values[name] = getattr(case, name) - shift
    Complaint.objects.filter(pk=pk).update(**values)
