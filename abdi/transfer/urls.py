from django.urls import path

from . import views

app_name = "transfer"
urlpatterns = [
    path("", views.index, name="index"),
    path("unggah/", views.upload, name="upload"),
    path("impor/<int:pk>/", views.job_detail, name="job"),
    path("impor/<int:pk>/kemajuan/", views.job_progress, name="job_progress"),
    path("impor/<int:pk>/konfirmasi/", views.job_confirm, name="job_confirm"),
    path("templat/pegawai.xlsx", views.template_employees, name="template_employees"),
    path("templat/organisasi.xlsx", views.template_organisation, name="template_organisation"),
    path("ekspor/pegawai.xlsx", views.export_employees, name="export_employees"),
    path("ekspor/organisasi.xlsx", views.export_units, name="export_units"),
]
