"""Demo CAT data for one government: a small SKD question bank (TWK, TIU, TKP; 10 each), one
session today with five candidates, one of whom has finished (so the live scoreboard and the
ranking show a row), and the session's proctor: the government's first HR admin.

Call inside the government's scope: seed(instansi, today).
"""

import datetime
import secrets

from django.utils import timezone

from abdi.accounts.models import Role, RoleGrant
from abdi.cat.models import Attempt, Candidate, ExamSession, Option, Part, Proctor, Question
from abdi.cat.services import exam
from abdi.cat.services.tokens import token_hash

TWK = [
    ("Dasar negara Indonesia adalah …", ["Pancasila", "UUD 1945", "Bhinneka Tunggal Ika", "NKRI", "Tap MPR"]),
    ("Semboyan Bhinneka Tunggal Ika tercantum dalam kitab …",
     ["Sutasoma", "Negarakertagama", "Arjunawiwaha", "Pararaton", "Kutara Manawa"]),
    ("Sila keempat Pancasila dilambangkan dengan …",
     ["Kepala banteng", "Bintang", "Rantai", "Pohon beringin", "Padi dan kapas"]),
    ("Sumpah Pemuda diikrarkan pada tahun …", ["1928", "1908", "1945", "1926", "1930"]),
    ("Lembaga yang berwenang mengubah UUD 1945 adalah …", ["MPR", "DPR", "Presiden", "MK", "DPD"]),
    ("Hari Kebangkitan Nasional diperingati setiap tanggal …",
     ["20 Mei", "28 Oktober", "17 Agustus", "1 Juni", "10 November"]),
    ("Perumus teks proklamasi adalah Soekarno, Hatta dan …",
     ["Ahmad Soebardjo", "Sayuti Melik", "Sukarni", "Wikana", "Chaerul Saleh"]),
    ("Pasal UUD 1945 tentang kebebasan beragama adalah …",
     ["Pasal 29", "Pasal 28", "Pasal 33", "Pasal 31", "Pasal 27"]),
    ("Ibu kota negara menurut UU 3/2022 bernama …",
     ["Nusantara", "Jakarta", "Penajam", "Samarinda", "Balikpapan"]),
    ("Wawasan Nusantara berarti cara pandang bangsa tentang …",
     ["Diri dan lingkungannya", "Kekayaan alam", "Politik luar negeri", "Pertahanan", "Ekonomi"]),
]
TIU = [
    ("2, 4, 8, 16, … Bilangan berikutnya adalah …", ["32", "24", "18", "30", "64"]),
    ("Jika semua ASN disiplin dan Budi ASN, maka …",
     ["Budi disiplin", "Budi tidak disiplin", "Sebagian ASN tidak disiplin", "Tidak dapat disimpulkan",
      "Budi bukan ASN"]),
    ("15% dari 240 adalah …", ["36", "24", "30", "40", "32"]),
    ("Sinonim kata 'efisien' adalah …", ["Berdaya guna", "Boros", "Cepat", "Mahal", "Lambat"]),
    ("Antonim kata 'abstrak' adalah …", ["Konkret", "Semu", "Maya", "Khayal", "Ringkas"]),
    ("3, 6, 11, 18, 27, … Bilangan berikutnya adalah …", ["38", "36", "40", "35", "42"]),
    ("Sebuah mobil menempuh 180 km dalam 3 jam. Kecepatannya …",
     ["60 km/jam", "50 km/jam", "90 km/jam", "45 km/jam", "70 km/jam"]),
    ("PANAS : API = DINGIN : …", ["Es", "Air", "Angin", "Salju", "Kulkas"]),
    ("Nilai x jika 3x + 7 = 25 adalah …", ["6", "5", "7", "8", "9"]),
    ("Rata-rata 4, 8, 6, 10 adalah …", ["7", "6", "8", "9", "5"]),
]
TKP = [
    "Rekan kerja Anda sering terlambat menyelesaikan tugas tim. Sikap Anda …",
    "Atasan memberi tugas mendadak di luar jam kerja. Anda …",
    "Warga mengeluhkan layanan yang lambat di loket Anda. Anda …",
    "Anda menemukan kesalahan dalam laporan yang sudah dikirim. Anda …",
    "Ada pelatihan baru tentang aplikasi kepegawaian. Anda …",
    "Teman menawarkan hadiah agar berkasnya didahulukan. Anda …",
    "Tim Anda berbeda pendapat tentang cara kerja. Anda …",
    "Anda ditempatkan di daerah terpencil. Anda …",
    "Pekerjaan menumpuk menjelang tenggat. Anda …",
    "Rekan baru belum memahami prosedur. Anda …",
]
TKP_OPTIONS = ["Menyelesaikan dengan tanggung jawab dan mengajak rekan bekerja sama",
               "Mencari jalan tengah setelah bertanya kepada atasan",
               "Mengikuti arahan tanpa banyak bertanya",
               "Menunda sampai ada kejelasan",
               "Membiarkan karena bukan urusan saya"]
CANDIDATES = [("2410001001", "Rina Marlina", ""), ("2410001002", "Ahmad Fauzi", "cumlaude"),
              ("2410001003", "Sri Wahyuni", "disabilitas"), ("2410001004", "Yohanes Wenda", "papua"),
              ("2410001005", "Dewi Lestari", "")]


def _bank(instansi):
    parts = {}
    for position, (code, name, kind) in enumerate((
            ("TWK", "Tes Wawasan Kebangsaan", "right_wrong"),
            ("TIU", "Tes Intelegensia Umum", "right_wrong"),
            ("TKP", "Tes Karakteristik Pribadi", "weighted"))):
        parts[code] = Part.objects.create(instansi=instansi, code=code, name=name, kind=kind,
                                          position=position)
    options = []
    for code, items in (("TWK", TWK), ("TIU", TIU)):
        for text, answers in items:  # the first answer is the right one
            question = Question.objects.create(instansi=instansi, part=parts[code], text=text)
            options += [Option(instansi=instansi, question=question, label="ABCDE"[i], text=a,
                               is_correct=i == 0) for i, a in enumerate(answers)]
    for n, text in enumerate(TKP):
        question = Question.objects.create(instansi=instansi, part=parts["TKP"], text=text)
        weights = [5, 4, 3, 2, 1][n % 5:] + [5, 4, 3, 2, 1][:n % 5]  # the best option moves around
        options += [Option(instansi=instansi, question=question, label="ABCDE"[i], text=t, weight=w)
                    for i, (t, w) in enumerate(zip(TKP_OPTIONS, weights, strict=True))]
    Option.objects.bulk_create(options)
    for question in Question.objects.filter(family__isnull=True):
        Question.objects.filter(pk=question.pk).update(family=question.pk)


def seed(instansi, today: datetime.date) -> dict:
    _bank(instansi)
    starts = timezone.now().replace(second=0, microsecond=0) - datetime.timedelta(minutes=20)
    session = ExamSession.objects.create(
        instansi=instansi, title=f"SKD CPNS {today.year} Sesi 1", year=2024, starts_at=starts,
        room="Ruang CAT BKPSDM Lt. 2", seats=40, duration_minutes=100,
        blueprint=[["TWK", "", 5], ["TIU", "", 5], ["TKP", "", 5]],
        passing_grades={"TWK": 15, "TIU": 15, "TKP": 50}, public_code=secrets.token_urlsafe(9)[:12])
    hr = (RoleGrant.objects.filter(role=Role.HR_ADMIN).order_by("pk")
          .values_list("user_id", flat=True).first())
    if hr:
        Proctor.objects.create(instansi=instansi, session=session, user_id=hr)
    attempts = []
    for seat, (regno, name, category) in enumerate(CANDIDATES, start=1):
        candidate = Candidate.objects.create(instansi=instansi, registration_number=regno, name=name,
                                             category=category, opening_ref=1,
                                             opening_title="Analis Sumber Daya Manusia Aparatur")
        attempts.append(Attempt.objects.create(instansi=instansi, session=session, candidate=candidate,
                                               seat=seat))
    # The first candidate has sat the exam: every TWK/TIU item right but two, TKP mostly 4-5.
    first = attempts[0]
    regno = first.candidate.registration_number
    demo_token = secrets.token_hex(3).upper()  # used at once, here, and never shown
    Attempt.objects.filter(pk=first.pk).update(state="released", token_hash=token_hash(regno, demo_token))
    login = exam.log_in(registration_number=regno, token=demo_token, device_key="demo-device")
    first = Attempt.objects.get(pk=login.attempt_id)
    best = {}
    ranked = Option.objects.filter(question_id__in=first.question_ids).order_by(
        "question_id", "-weight", "-is_correct")
    for option in ranked:
        best.setdefault(option.question_id, option.pk)
    for seq, qid in enumerate(first.question_ids, start=1):
        choice = best[qid] if seq % 7 else first.option_orders[str(qid)][-1]
        exam.save_answer(attempt_id=first.pk, device_key="demo-device", question_id=qid,
                         option_id=choice, seq=seq)
    exam.finish(attempt_id=first.pk, device_key="demo-device")
    return {"cat_questions": Question.objects.count(), "cat_candidates": len(attempts), "cat_finished": 1}
