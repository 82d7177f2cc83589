"""Demo guidance for a demo government: three published how-to articles (one with an earlier
version in its history), one announcement to the whole government and a little feedback.

Call inside the government's scope, after its employees and accounts exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

import datetime
from datetime import date

from django.contrib.auth import get_user_model
from django.utils import timezone

from abdi.guidance.models import Announcement, Article, ArticleRevision, Feedback, FeedbackReply
from abdi.guidance.rules.audience import feedback_fingerprint, tag_field

ARTICLES = (
    ("Cara mengisi laporan kegiatan harian",
     "Catat kegiatan Anda setiap hari kerja, paling lambat keesokan harinya.",
     "## Langkah\n- Buka menu Kinerja, lalu Aktivitas.\n- Tekan Tambah aktivitas.\n"
     "- Pilih indikator SKP yang didukung kegiatan itu.\n"
     "- Tulis uraian singkat, jumlah hasil dan lama pengerjaan (menit).\n"
     "- Lampirkan bukti bila ada (foto, PDF), lalu Simpan.\n\n"
     "## Setelah disimpan\nAtasan Anda memvalidasi aktivitas setiap pekan. Aktivitas yang "
     "ditolak dapat diperbaiki dan dikirim lagi.\n\n"
     "Aktivitas yang tervalidasi menjadi realisasi SKP dan dasar perhitungan TPP.",
     ["employee", "supervisor"], ["performance:diary", "performance:home"]),
    ("Cara menyusun SKP",
     "SKP disusun di awal tahun bersama atasan, lalu diajukan untuk disetujui.",
     "## Sebelum mulai\nBaca rencana kinerja unit Anda: hasil kerja Anda harus mendukung hasil "
     "kerja atasan (cascading).\n\n"
     "## Langkah\n- Buka menu Kinerja dan tekan SKP baru.\n"
     "- Tambahkan hasil kerja, lalu indikator dan targetnya.\n"
     "- Periksa perilaku kerja yang diharapkan.\n"
     "- Ajukan kepada atasan. Jika dikembalikan, perbaiki sesuai catatan lalu ajukan lagi.",
     ["employee", "supervisor"], ["performance:home", "performance:skp_create"]),
    ("Cara check-in acara",
     "Kehadiran di acara dicatat dengan memindai kode QR di lokasi.",
     "## Di lokasi acara\n- Buka menu Acara dan pilih acara yang Anda ikuti.\n"
     "- Tekan Check-in dan pindai kode QR yang ditunjukkan panitia.\n"
     "- Kehadiran Anda tercatat dan dapat dilihat di halaman acara.\n\n"
     "Jika kode QR tidak terbaca, minta panitia mencatat kehadiran Anda secara manual.",
     ["employee"], ["events:index"]),
)


def seed(instansi, today: date) -> dict:
    now = timezone.now()
    hr = _hr_user(instansi)
    label = (hr.display_name or hr.username) if hr else "BKPSDM"
    articles = []
    for title, summary, body, audience, screens in ARTICLES:
        article, _created = Article.objects.get_or_create(
            instansi=instansi, title=title,
            defaults={"summary": summary, "body": body, "language": "id",
                      "audience": tag_field(audience), "screens": tag_field(screens),
                      "is_published": True, "updated_by": hr, "updated_by_label": label})
        articles.append(article)
    first = articles[0]
    if not ArticleRevision.objects.filter(article=first).exists():
        ArticleRevision.objects.create(
            instansi=instansi, article=first, number=1, title=first.title, summary=first.summary,
            body="Buka menu Kinerja, lalu Aktivitas, dan catat kegiatan Anda.", language="id",
            audience=first.audience, screens=first.screens, written_by_label=label,
            written_at=now - datetime.timedelta(days=14))
        Article.objects.filter(pk=first.pk).update(version=2)
    Announcement.objects.get_or_create(
        instansi=instansi, title=f"Selamat datang di Abdi, ASN {instansi.name}",
        defaults={"body": "Mulai bulan ini laporan kegiatan harian dan SKP diisi di Abdi.\n\n"
                          "- Ikuti tur singkat saat pertama masuk.\n"
                          "- Tekan Bantuan di setiap layar bila bingung.\n"
                          "- Kirim pertanyaan lewat tombol Masukan: BKPSDM menjawab.",
                  "audience": Announcement.Audience.GOVERNMENT,
                  "importance": Announcement.Importance.IMPORTANT,
                  "publish_from": now - datetime.timedelta(days=1),
                  "publish_until": now + datetime.timedelta(days=30),
                  "created_by": hr, "created_by_label": label})
    feedback = _feedback(instansi, hr, label)
    return {"articles": len(articles), "announcements": 1, "feedback": feedback}


def _hr_user(instansi):
    from abdi.accounts.models import Role, RoleGrant

    grant = (RoleGrant.objects.filter(role=Role.HR_ADMIN).select_related("user")
             .order_by("pk").first())
    return grant.user if grant else None


def _feedback(instansi, hr, label) -> int:
    senders = list(get_user_model().objects.filter(instansi=instansi, employee__isnull=False)
                   .order_by("pk")[:2])
    made = 0
    samples = (("question", "Di mana saya melihat rincian TPP bulan ini?", "allowance:rules"),
               ("idea", "Mohon tombol salin aktivitas kemarin agar lebih cepat.", "performance:diary"))
    for sender, (kind, text, screen) in zip(senders, samples, strict=False):
        item, created = Feedback.objects.get_or_create(
            instansi=instansi, sender=sender, text=text,
            defaults={"kind": kind, "screen": screen, "employee_id": sender.employee_id,
                      "sender_label": sender.display_name or sender.username,
                      "fingerprint": feedback_fingerprint(sender.pk, kind, screen, text)})
        if created and kind == "question":
            FeedbackReply.objects.create(instansi=instansi, feedback=item, author=hr,
                                         author_label=label,
                                         text="Rincian TPP ada di menu TPP, lalu Slip saya.")
            Feedback.objects.filter(pk=item.pk).update(status=Feedback.Status.DONE, version=2)
        made += int(created)
    return made
