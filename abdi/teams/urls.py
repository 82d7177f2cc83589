from django.urls import path

from .views import members, teams, work

app_name = "teams"
urlpatterns = [
    path("", teams.index, name="index"),
    path("baru/", teams.create, name="create"),
    path("ringkasan/", teams.overview, name="overview"),
    path("persetujuan/", members.approvals, name="approvals"),
    path("persetujuan/<int:membership_id>/", members.decide, name="decide"),
    path("undangan/<int:membership_id>/", members.invitation, name="invitation"),
    path("<int:team_id>/", teams.detail, name="detail"),
    path("<int:team_id>/ubah/", teams.edit, name="edit"),
    path("<int:team_id>/undang/", members.invite, name="invite"),
    path("<int:team_id>/calon/", members.candidates, name="candidates"),
    path("<int:team_id>/ketua/", members.appoint, name="appoint"),
    path("<int:team_id>/anggota/<int:membership_id>/akhiri/", members.end, name="end_membership"),
    path("<int:team_id>/bobot/", work.weights, name="weights"),
    path("<int:team_id>/hasil/", work.add_result, name="add_result"),
    path("<int:team_id>/hasil/<int:team_result_id>/indikator/", work.add_indicator,
         name="add_indicator"),
    path("<int:team_id>/indikator/<int:team_indicator_id>/realisasi/", work.realisation,
         name="realisation"),
    path("<int:team_id>/umpan-balik/", work.feedback, name="feedback"),
]
