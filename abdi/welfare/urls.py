from django.urls import path

from .views import benefits, participation, programmes

app_name = "welfare"
urlpatterns = [
    # Mine, staffed and managed programmes (views/programmes.py)
    path("", programmes.index, name="index"),
    path("program/baru/", programmes.programme_create, name="programme_create"),
    path("program/<int:programme_id>/", programmes.programme, name="programme"),
    path("program/<int:programme_id>/ubah/", programmes.programme_edit, name="programme_edit"),
    path("program/<int:programme_id>/status/", programmes.programme_status, name="programme_status"),
    path("program/<int:programme_id>/staf/", programmes.staff_add, name="staff_add"),
    path("staf/<int:staff_id>/hapus/", programmes.staff_remove, name="staff_remove"),
    path("program/<int:programme_id>/jadwal/", programmes.session_add, name="session_add"),
    path("jadwal/<int:session_id>/ubah/", programmes.session_edit, name="session_edit"),
    path("program/<int:programme_id>/undang/", programmes.invite, name="invite"),
    # Taking part, attendance and results (views/participation.py)
    path("jadwal/<int:session_id>/daftar/", participation.register, name="register"),
    path("peserta/<int:participation_id>/batal/", participation.cancel, name="cancel"),
    path("program/<int:programme_id>/peserta/", participation.participants, name="participants"),
    path("peserta/<int:participation_id>/kehadiran/", participation.attendance, name="attendance"),
    path("peserta/<int:participation_id>/hasil/", participation.result, name="result"),
    # Other benefits (views/benefits.py)
    path("program/<int:programme_id>/manfaat/", benefits.benefits, name="benefits"),
    path("manfaat/<int:benefit_id>/status/", benefits.benefit_status, name="benefit_status"),
]
