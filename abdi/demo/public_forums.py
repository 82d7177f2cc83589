"""Demo public consultation forums for a demo government: two past forums with minutes and
commitments (done, in progress, overdue, dropped, planned) and one upcoming forum, announced,
with a few registrations.

Call inside the government's scope, after its organisation exists:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from abdi.org.models import Unit
from abdi.public_forums.models import Commitment, CommitmentProgress, Forum, Registration

PAST = (
    ("pendidikan", "FKP Standar Pelayanan Penerimaan Peserta Didik Baru",
     "Penerimaan peserta didik baru (PPDB)", -60,
     "Peserta meminta jalur zonasi diumumkan lebih awal dan posko pengaduan di setiap "
     "kecamatan. Dinas menyepakati lima perbaikan standar pelayanan.",
     (("Mengumumkan peta zonasi 30 hari sebelum pendaftaran dibuka.", 20, "done"),
      ("Membuka posko pengaduan PPDB di setiap kecamatan.", -10, "in_progress"),
      ("Menyediakan formulir PPDB cetak bagi warga tanpa ponsel.", 40, "planned"),
      ("Membangun aplikasi PPDB baru.", 90, "dropped"))),
    ("kesehatan", "FKP Standar Pelayanan Puskesmas",
     "Pelayanan rawat jalan puskesmas", -25,
     "Warga mengeluhkan antrean pagi yang panjang. Disepakati antrean daring dan "
     "penambahan jam layanan sore.",
     (("Menerapkan nomor antrean daring lewat SMS dan WhatsApp.", 30, "in_progress"),
      ("Menambah jam layanan sore dua kali seminggu.", -5, "done"))),
)
CITIZENS = (("Rina Marlina", "081211110001", "Komite Sekolah SDN 3"),
            ("Agus Salim", "agus.salim@example.id", ""),
            ("Dewi Lestari", "081211110003", "Forum Anak Kota"),
            ("Hendra Gunawan", "081211110004", "LPM Kelurahan"))


def _agency(keyword):
    roots = Unit.objects.filter(parent__isnull=True, is_active=True).order_by("path")
    return roots.filter(name__icontains=keyword).first() or roots.first()


def _at(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def seed(instansi, today: date) -> dict:
    forums = commitments = registrations = 0
    for keyword, title, topic, days, minutes, promises in PAST:
        agency = _agency(keyword)
        if agency is None:
            return {"forums": 0, "commitments": 0, "registrations": 0}
        held = today + timedelta(days=days)
        forum = Forum.objects.create(
            instansi=instansi, agency=agency, unit=agency, title=title, topic=topic,
            description="Membahas rancangan standar pelayanan bersama warga.",
            starts_at=_at(held, 9), registration_closes_at=_at(held - timedelta(days=2), 16),
            place=f"Aula {agency.name}", capacity=60, status=Forum.Status.CONCLUDED,
            minutes=minutes, minutes_published_at=_at(held + timedelta(days=3), 10))
        forums += 1
        for n, (citizen, contact, organisation) in enumerate(CITIZENS):
            Registration.objects.create(
                instansi=instansi, forum=forum, name=citizen, organisation=organisation,
                contact_kind="email" if "@" in contact else "phone", attended=n != 3,
                contact=contact if "@" in contact else "62" + contact[1:])
            registrations += 1
        for promise, due_in, status in promises:
            commitment = Commitment.objects.create(
                instansi=instansi, forum=forum, promise=promise, responsible_unit=agency,
                due_date=today + timedelta(days=due_in), status=status,
                drop_reason="Digantikan aplikasi nasional; anggaran dialihkan."
                if status == "dropped" else "")
            commitments += 1
            steps = {"planned": [], "in_progress": ["in_progress"],
                     "done": ["in_progress", "done"], "dropped": ["dropped"]}[status]
            for k, step in enumerate(steps):
                note = {"in_progress": "Pekerjaan dimulai; rapat koordinasi dengan unit terkait.",
                        "done": "Selesai dan sudah berjalan.",
                        "dropped": "Digantikan aplikasi nasional; anggaran dialihkan."}[step]
                CommitmentProgress.objects.create(
                    instansi=instansi, commitment=commitment, status=step, note=note,
                    date=held + timedelta(days=7 * (k + 1)))
    agency = _agency("kependudukan")
    upcoming = Forum.objects.create(
        instansi=instansi, agency=agency, unit=agency,
        title="FKP Standar Pelayanan Administrasi Kependudukan",
        topic="Penerbitan KTP-el dan Kartu Identitas Anak",
        description="Kami mengundang warga membahas rancangan standar pelayanan KTP-el.",
        starts_at=_at(today + timedelta(days=14), 9),
        registration_closes_at=_at(today + timedelta(days=12), 16),
        place=f"Aula {agency.name}", online_link="https://zoom.example/j/fkp-dukcapil",
        capacity=40, status=Forum.Status.PUBLISHED)
    forums += 1
    for citizen, contact, organisation in CITIZENS[:3]:
        Registration.objects.create(
            instansi=instansi, forum=upcoming, name=citizen, organisation=organisation,
            contact_kind="email" if "@" in contact else "phone",
            contact=contact if "@" in contact else "62" + contact[1:])
        registrations += 1
    return {"forums": forums, "commitments": commitments, "registrations": registrations}
