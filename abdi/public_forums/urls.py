from django.urls import path

from .views import manage, public

app_name = "public_forums"
urlpatterns = [
    # Back office (views/manage.py): BKPSDM, agency admins, leaders read-only
    path("kelola/", manage.index, name="index"),
    path("kelola/baru/", manage.forum_create, name="forum_create"),
    path("kelola/<int:forum_id>/", manage.forum, name="forum"),
    path("kelola/<int:forum_id>/ubah/", manage.forum_edit, name="forum_edit"),
    path("kelola/<int:forum_id>/umumkan/", manage.forum_publish, name="forum_publish"),
    path("kelola/<int:forum_id>/batalkan/", manage.forum_cancel, name="forum_cancel"),
    path("kelola/<int:forum_id>/notulen/", manage.minutes, name="minutes"),
    path("kelola/<int:forum_id>/komitmen/", manage.commitment_add, name="commitment_add"),
    path("kelola/<int:forum_id>/peserta/", manage.registrant_list, name="registrants"),
    path("kelola/<int:forum_id>/peserta.csv", manage.registrants_csv, name="registrants_csv"),
    path("peserta/<int:registration_id>/kehadiran/", manage.attendance, name="attendance"),
    path("komitmen/<int:commitment_id>/kemajuan/", manage.progress_add, name="progress_add"),
    # Public pages (views/public.py): no account, phone first
    path("warga/<slug:gov_slug>/", public.forum_list, name="public_list"),
    path("warga/<slug:gov_slug>/<int:forum_id>/", public.forum_detail, name="public_forum"),
    path("warga/<slug:gov_slug>/<int:forum_id>/notulen.pdf", public.minutes_pdf,
         name="public_minutes"),
]
