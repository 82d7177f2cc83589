from django.urls import path

from .views import absence, cases

app_name = "discipline"
urlpatterns = [
    path("", cases.index, name="index"),
    path("baru/", cases.create, name="create"),
    path("<int:case_id>/", cases.detail, name="case"),
    path("<int:case_id>/ubah/", cases.edit, name="edit"),
    path("<int:case_id>/putusan/", cases.decide, name="decide"),
    path("<int:case_id>/diterima/", cases.receipt, name="receipt"),
    path("<int:case_id>/batal/", cases.cancel, name="cancel"),
    path("ketidakhadiran/", absence.flags, name="absence_flags"),
]
