from django.urls import path

from .views import account, public, staff

app_name = "recruitment"
urlpatterns = [
    # Public: openings, registration, confirmation, login, card check (views/public.py)
    path("lowongan/<slug:gov_slug>/", public.openings, name="openings"),
    path("lowongan/<slug:gov_slug>/daftar/", public.register, name="register"),
    path("lowongan/<slug:gov_slug>/masuk/", public.login, name="login"),
    path("lowongan/<slug:gov_slug>/lupa-sandi/", public.forgot, name="forgot"),
    path("sandi-baru/", public.reset, name="reset"),
    path("konfirmasi/", public.confirm, name="confirm"),
    path("keluar/", public.logout, name="logout"),
    path("kartu/<str:card_code>/", public.card_check, name="card_check"),
    # The applicant's own pages (views/account.py)
    path("akun/", account.home, name="account"),
    path("akun/profil/", account.profile, name="profile"),
    path("akun/dokumen/", account.upload, name="upload"),
    path("akun/lamar/", account.apply, name="apply"),
    path("akun/sanggah/", account.objection, name="object"),
    path("akun/kartu.pdf", account.exam_card, name="exam_card"),
    path("berkas/<int:applicant_document_id>/", account.document, name="document"),
    # BKPSDM (views/staff.py)
    path("staf/", staff.index, name="index"),
    path("staf/seleksi/baru/", staff.selection_create, name="selection_create"),
    path("staf/seleksi/<int:selection_id>/", staff.selection, name="selection"),
    path("staf/seleksi/<int:selection_id>/ubah/", staff.selection_edit, name="selection_edit"),
    path("staf/seleksi/<int:selection_id>/terbitkan/", staff.selection_publish,
         name="selection_publish"),
    path("staf/seleksi/<int:selection_id>/formasi/", staff.opening_add, name="opening_add"),
    path("staf/seleksi/<int:selection_id>/ujian/", staff.enrol_in_exam, name="enrol_in_exam"),
    path("staf/seleksi/<int:selection_id>/dari-abk/", staff.openings_from_formation,
         name="openings_from_formation"),
    path("staf/formasi/<int:opening_id>/ubah/", staff.opening_edit, name="opening_edit"),
    path("staf/seleksi/<int:selection_id>/verifikasi/", staff.queue, name="queue"),
    path("staf/lamaran/<int:application_id>/", staff.application, name="application"),
    path("staf/seleksi/<int:selection_id>/umumkan/", staff.result_publish, name="result_publish"),
    path("staf/seleksi/<int:selection_id>/sanggah/", staff.objections, name="objections"),
    path("staf/sanggah/<int:objection_id>/", staff.objection, name="objection"),
    path("staf/sanggah/<int:objection_id>/berkas/", staff.objection_file, name="objection_file"),
    path("staf/seleksi/<int:selection_id>/ekspor.csv", staff.export_applications,
         {"fmt": "csv"}, name="export_csv"),
    path("staf/seleksi/<int:selection_id>/ekspor.xlsx", staff.export_applications,
         {"fmt": "xlsx"}, name="export_xlsx"),
]
