from django.urls import path

from .views import public, setup, staff

app_name = "complaints"
urlpatterns = [
    path("warga/<slug:gov_slug>/", public.submit, name="submit"),
    path("warga/<slug:gov_slug>/terkirim/", public.receipt, name="receipt"),
    path("warga/<slug:gov_slug>/laporan/", public.feed, name="feed"),
    path("lacak/", public.track, name="track"),
    path("lacak/tanggapi/", public.track_action, name="track_action"),
    path("lacak/ombudsman/", public.ombudsman_report, name="ombudsman"),
    path("staf/", staff.queue, name="queue"),
    path("staf/<int:complaint_id>/", staff.case_detail, name="case"),
    path("staf/<int:complaint_id>/tindak/", staff.act, name="act"),
    path("staf/lampiran/<int:complaint_file_id>/", staff.attachment, name="attachment"),
    path("staf/ekspor.csv", setup.export, name="export"),
    path("staf/ekspor.xlsx", setup.export_xlsx, name="export_xlsx"),
    path("staf/pengaturan/", setup.settings_page, name="settings"),
    path("staf/petugas/", setup.officers, name="officers"),
    path("staf/petugas/<int:complaint_officer_id>/hapus/", setup.officer_remove,
         name="officer_remove"),
]
