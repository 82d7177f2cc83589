from django.urls import path

from .views import catalogue, jp, records

app_name = "training"
urlpatterns = [
    path("", catalogue.index, name="index"),
    path("kelola/", catalogue.manage, name="manage"),
    path("lembaga/", catalogue.institutions, name="institutions"),
    path("acara/baru/", catalogue.event_create, name="event_create"),
    path("acara/<int:event_id>/", catalogue.event_detail, name="event"),
    path("acara/<int:event_id>/ubah/", catalogue.event_edit, name="event_edit"),
    path("acara/<int:event_id>/daftar/", catalogue.register, name="register"),
    path("catatan/<int:record_id>/", records.detail, name="record"),
    path("catatan/<int:record_id>/keputusan/", records.decide, name="decide"),
    path("catatan/<int:record_id>/batal/", records.cancel, name="cancel"),
    path("catatan/<int:record_id>/kehadiran/", records.attendance, name="attendance"),
    path("catatan/<int:record_id>/selesai/", records.complete, name="complete"),
    path("catatan/<int:record_id>/verifikasi/", records.verify, name="verify"),
    path("catatan/<int:record_id>/evaluasi/", records.evaluate, name="evaluate"),
    path("catatan/<int:record_id>/sertifikat/", records.certificate, name="certificate"),
    path("persetujuan/", records.approvals, name="approvals"),
    path("lapor/", records.report, name="report"),
    path("jp/", jp.standing, name="jp"),
    path("jp/pengaturan/", jp.configure, name="configure"),
    path("jp/perangkat-daerah/<int:perangkat_daerah_id>/", jp.behind, name="behind"),
    path("ekspor.xlsx", jp.export, name="export"),
]
