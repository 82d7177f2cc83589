from django.urls import path

from . import views

app_name = "tenancy"
urlpatterns = [
    path("", views.index, name="index"),
    path("pemerintah/baru/", views.instansi_create, name="instansi_create"),
    path("pemerintah/<int:pk>/ubah/", views.instansi_edit, name="instansi_edit"),
    path("pemerintah/<int:pk>/libur/", views.holidays, name="holidays"),
    path("pemerintah/<int:pk>/libur/<int:holiday_pk>/hapus/", views.holiday_delete,
         name="holiday_delete"),
    path("pengaturan/", views.settings, name="settings"),
    path("pengaturan/libur/", views.settings_holidays, name="settings_holidays"),
    path("pengaturan/libur/<int:holiday_pk>/hapus/", views.settings_holiday_delete,
         name="settings_holiday_delete"),
]
