"""Demo shared solutions and forums for a demo government: five solutions of several perangkat
daerah (one still a draft), with tags, attachments-free, reuses by other agencies, three boards
with topics, replies and a marked answer.

Call inside the government's scope, after its organisation and employees exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import UTC, date, datetime, time, timedelta

from abdi.knowledge.models import Board, Post, Reuse, Solution, Subscription, Tag, Topic
from abdi.knowledge.rules.posting import fingerprint
from abdi.knowledge.rules.search import search_document
from abdi.org.models import Unit
from abdi.people.models import Employee

# agency name (a word of it), title, problem, solution, results, how to apply, team, tags,
# days since publication (None: a draft)
SOLUTIONS = (
    ("Kesehatan", "Antrean online di puskesmas",
     "Pasien menunggu 2-3 jam di loket pendaftaran; loket penuh sejak pukul 06.00 dan "
     "keluhan antrean menjadi yang terbanyak di SP4N-LAPOR!.",
     "Pendaftaran lewat WhatsApp dan laman puskesmas. Pasien menerima nomor antrean dan "
     "perkiraan jam dilayani; loket hanya untuk lansia dan pasien tanpa ponsel.",
     "Waktu tunggu rata-rata turun dari 118 menit menjadi 27 menit dalam 4 bulan; keluhan "
     "antrean turun dari 46 menjadi 5 per triwulan; IKM unsur waktu naik dari 71 ke 86.",
     "Butuh satu nomor WhatsApp resmi, satu petugas pendaftaran terlatih dan pengumuman di "
     "posyandu. Mulai dari satu puskesmas, ukur waktu tunggu sebelum dan sesudah.",
     "Tim Inovasi Puskesmas", ("antrean online", "pelayanan publik", "kesehatan"), 120),
    ("Kependudukan", "Jemput bola adminduk untuk lansia dan penyandang disabilitas",
     "Warga lansia, difabel dan yang sakit menahun tidak dapat datang untuk perekaman KTP-el; "
     "data mereka tertinggal dan bantuan sosial tertunda.",
     "Petugas keliling dengan perangkat perekaman mendatangi rumah warga sesuai daftar dari "
     "kelurahan dan puskesmas, dijadwalkan tiap Kamis.",
     "1.240 warga terekam dalam setahun; 312 di antaranya penerima bantuan sosial yang datanya "
     "kini padan dengan DTKS.",
     "Perlu satu set alat perekaman portabel, kendaraan operasional dan daftar sasaran dari "
     "kelurahan; koordinasikan jadwal dengan puskesmas.",
     "", ("adminduk", "jemput bola", "pelayanan publik", "disabilitas"), 300),
    ("Sosial", "SOP bersama Dinsos-Dinkes untuk rujukan warga miskin",
     "Warga miskin yang dirujuk ke rumah sakit sering ditolak karena kepesertaan JKN belum "
     "aktif; kedua dinas saling melempar berkas.",
     "Satu SOP rujukan ditandatangani Kepala Dinas Sosial dan Kepala Dinas Kesehatan: "
     "verifikasi DTKS dalam 1 hari kerja, aktivasi PBI daerah, petugas penghubung di RSUD.",
     "Waktu aktivasi kepesertaan turun dari 14 hari menjadi 2 hari kerja; 0 penolakan rujukan "
     "sejak SOP berlaku.",
     "Mulai dengan rapat bersama kedua dinas; SOP dan formulirnya ada di lampiran.",
     "Tim SOP Rujukan", ("sop", "kolaborasi", "kesehatan", "bansos"), 45),
    ("Kepegawaian", "Rekap presensi otomatis untuk perhitungan TPP",
     "Rekap presensi untuk TPP dikerjakan manual tiap bulan oleh 40 operator perangkat daerah; "
     "sering terlambat dan salah hitung.",
     "Mesin presensi diekspor otomatis tiap hari; rekap dihitung aplikasi dan diverifikasi "
     "atasan langsung sebelum tanggal 5.",
     "Waktu rekap turun dari 5 hari menjadi 1 hari; koreksi TPP turun 80%.",
     "", "", ("tpp", "presensi", "kepegawaian"), 10),
    ("Pendidikan", "Kelas inspirasi guru penggerak lintas sekolah", "Guru di sekolah pinggiran "
     "jarang mendapat pelatihan dan merasa terisolasi.", "Guru penggerak mengajar bergilir "
     "sebulan sekali di sekolah pinggiran, difasilitasi KKG dan MGMP.", "", "",
     "", ("pendidikan", "pengembangan kompetensi"), None),
)
REUSES = (  # solution index, agency word, note
    (0, "Pendidikan", "Kami terapkan untuk antrean legalisir ijazah: waktu tunggu turun dari "
                      "1 jam menjadi 15 menit."),
    (0, "Kependudukan", "Dipakai untuk antrean pembuatan KK di kantor dinas; kini 60% pemohon "
                        "mendaftar lewat WhatsApp."),
    (0, "Sosial", "Diterapkan untuk layanan pengaduan bansos di loket dinas."),
    (1, "Sosial", "Petugas kami ikut jadwal Kamis untuk verifikasi penerima bantuan lansia."),
    (2, "Pekerjaan Umum", "Kami tiru pola SOP bersama untuk perizinan PBG dengan DPMPTSP."),
)
BOARDS = (("Pelayanan publik", "Antrean, SOP, standar pelayanan dan pengaduan."),
          ("Kepegawaian", "SKP, TPP, kenaikan pangkat dan pengembangan kompetensi."),
          ("Teknologi", "Aplikasi, data dan keamanan informasi."))
TOPICS = (  # board index, title, body, replies, index of the reply marked as the answer
    (0, "Berapa petugas untuk antrean online di puskesmas?",
     "Kami ingin meniru antrean online. Berapa petugas yang dibutuhkan untuk 150 pasien sehari?",
     ("Kami cukup satu petugas pendaftaran dan satu cadangan di jam sibuk.",
      "Di dinas kami, admin WhatsApp dirangkap petugas informasi."), 0),
    (1, "Indikator SKP untuk pelaksana administrasi",
     "Mohon contoh indikator kinerja individu yang terukur untuk pengadministrasi umum.",
     ("Contoh: persentase surat yang diagendakan pada hari yang sama.",), None),
    (2, "Tanda tangan elektronik untuk surat dinas", "Apakah sudah ada perangkat daerah yang "
     "memakai TTE BSrE untuk semua surat keluar? Bagaimana mulainya?", (), None),
)


def _agency(word: str):
    return Unit.objects.filter(parent__isnull=True, name__icontains=word).order_by("pk").first()


def _staff(agency, count=2) -> list:
    if agency is None:
        return []
    return list(Employee.objects.filter(agency=agency, status="aktif").order_by("pk")[:count])


def seed(instansi, today: date) -> dict:
    made = {"solutions": 0, "reuses": 0, "topics": 0, "replies": 0}
    solutions = []
    for word, title, problem, body, results, how, team, tags, days in SOLUTIONS:
        agency = _agency(word)
        authors = _staff(agency)
        if not authors:
            solutions.append(None)
            continue
        published = (datetime.combine(today - timedelta(days=days), time(9), tzinfo=UTC)
                     if days is not None else None)
        solution = Solution.objects.create(
            instansi=instansi, agency=agency, title=title, problem=problem, solution=body,
            results=results, replication=how, team_name=team,
            status="published" if published else "draft", published_at=published,
            search_text=search_document("", [problem, body, results, team], list(tags)))
        solution.authors.set(authors)
        solution.tags.set([Tag.objects.get_or_create(instansi=instansi, name=t)[0] for t in tags])
        solutions.append(solution)
        made["solutions"] += 1
    for index, word, note in REUSES:
        solution, agency = solutions[index], _agency(word)
        staff = _staff(agency, 1)
        if solution is None or not staff or agency.pk == solution.agency_id:
            continue
        Reuse.objects.get_or_create(instansi=instansi, solution=solution, agency=agency,
                                    defaults={"recorded_by": staff[0], "note": note})
        made["reuses"] += 1
    for solution in solutions:
        if solution is not None:
            Solution.objects.filter(pk=solution.pk).update(reuse_count=solution.reuses.count())
    made.update(_forums(instansi, today))
    return made


def _forums(instansi, today: date) -> dict:
    boards = [Board.objects.get_or_create(instansi=instansi, name=name,
                                          defaults={"description": text})[0]
              for name, text in BOARDS]
    people = list(Employee.objects.filter(status="aktif").order_by("agency_id", "pk")[:60])
    people = people[::7] if len(people) >= 21 else people  # spread over several agencies
    if len(people) < 3:
        return {"topics": 0, "replies": 0}
    topics = replies = 0
    for n, (board_index, title, body, answers, answer_index) in enumerate(TOPICS):
        author = people[n % len(people)]
        moment = datetime.combine(today - timedelta(days=3 - n), time(10), tzinfo=UTC)
        topic = Topic.objects.create(
            instansi=instansi, board=boards[board_index], author=author, title=title, body=body,
            last_activity_at=moment, fingerprint=fingerprint(author.pk, f"board:{board_index}",
                                                             title, body))
        Subscription.objects.get_or_create(instansi=instansi, topic=topic, employee=author)
        topics += 1
        posts = []
        for m, text in enumerate(answers):
            replier = people[(n + m + 1) % len(people)]
            posts.append(Post.objects.create(instansi=instansi, topic=topic, author=replier,
                                             body=text, fingerprint=fingerprint(
                                                 replier.pk, f"topic:{topic.pk}", text)))
            replies += 1
        Topic.objects.filter(pk=topic.pk).update(
            reply_count=len(posts),
            answer=posts[answer_index] if answer_index is not None and posts else None)
    return {"topics": topics, "replies": replies}
