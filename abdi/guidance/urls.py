from django.urls import path

from .views import announcements, articles, feedback, help_pages, tour

app_name = "guidance"
urlpatterns = [
    path("", help_pages.index, name="index"),
    path("bantuan/<str:namespace>/<str:url_name>/", help_pages.screen, name="help"),
    path("tur/selesai/", tour.done, name="tour_done"),
    path("tur/ulangi/", tour.replay, name="tour_replay"),
    path("artikel/", articles.index, name="articles"),
    path("artikel/baru/", articles.create, name="article_create"),
    path("artikel/<int:article_id>/", articles.detail, name="article"),
    path("artikel/<int:article_id>/ubah/", articles.edit, name="article_edit"),
    path("artikel/<int:article_id>/terbit/", articles.publish, name="article_publish"),
    path("artikel/<int:article_id>/riwayat/", articles.history, name="article_history"),
    path("pengumuman/", announcements.index, name="announcements"),
    path("pengumuman/kelola/", announcements.manage, name="announcement_manage"),
    path("pengumuman/baru/", announcements.create, name="announcement_create"),
    path("pengumuman/<int:announcement_id>/", announcements.detail, name="announcement"),
    path("pengumuman/<int:announcement_id>/ubah/", announcements.edit, name="announcement_edit"),
    path("pengumuman/<int:announcement_id>/baca/", announcements.read, name="announcement_read"),
    path("pengumuman/<int:announcement_id>/tanda-terima/", announcements.receipts,
         name="announcement_receipts"),
    path("pengumuman/<int:announcement_id>/belum-membaca.csv", announcements.unread_csv,
         name="announcement_unread_csv"),
    path("masukan/", feedback.inbox, name="feedback_inbox"),
    path("masukan/kirim/", feedback.send, name="feedback_send"),
    path("masukan/saya/", feedback.mine, name="feedback_mine"),
    path("masukan/<int:feedback_id>/", feedback.detail, name="feedback"),
    path("masukan/<int:feedback_id>/balas/", feedback.reply, name="feedback_reply"),
]
