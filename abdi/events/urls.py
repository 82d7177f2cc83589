from django.urls import path

from .views import attendance, manage, media, pages, participation

app_name = "events"
urlpatterns = [
    path("", pages.index, name="index"),
    path("baru/", manage.create, name="create"),
    path("partisipasi/", participation.report, name="participation"),
    path("<int:event_id>/", pages.detail, name="detail"),
    path("<int:event_id>/ubah/", manage.edit, name="edit"),
    path("<int:event_id>/status/", manage.status, name="status"),
    path("<int:event_id>/undangan/", manage.invitations, name="invitations"),
    path("<int:event_id>/undangan/tarik/", manage.withdraw_invitation, name="withdraw_invitation"),
    path("<int:event_id>/daftar/", pages.register, name="register"),
    path("<int:event_id>/batal/", pages.cancel, name="cancel"),
    path("<int:event_id>/peserta/", attendance.registrations, name="registrations"),
    path("<int:event_id>/kehadiran/", attendance.mark, name="mark"),
    path("<int:event_id>/peserta.csv", attendance.export, name="export"),
    path("<int:event_id>/presensi/", attendance.screen, name="checkin_screen"),
    path("<int:event_id>/hadir/<str:token>/", attendance.check_in, name="check_in"),
    path("<int:event_id>/foto/", media.photos, name="photos"),
    path("<int:event_id>/foto/<int:photo_id>/", media.photo, name="photo"),
    path("<int:event_id>/foto/<int:photo_id>/hapus/", media.photo_delete, name="photo_delete"),
    path("<int:event_id>/notulen/", media.minutes, name="minutes"),
]
