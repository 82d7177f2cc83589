from django.urls import path

from . import views

app_name = "audit"
urlpatterns = [
    path("", views.index, name="index"),
    path("pegawai/<int:pk>/", views.employee, name="employee"),
    path("unit/<int:pk>/", views.unit, name="unit"),
]
