from django.urls import path

from .views import desk

app_name = "frontdesk"
urlpatterns = [
    path("", desk.index, name="index"),
    path("layanan/baru/", desk.service_form, name="service_create"),
    path("layanan/<int:service_id>/", desk.service_form, name="service_edit"),
    path("baru/", desk.counter_form, name="counter_create"),
    path("<int:counter_id>/", desk.counter_form, name="counter_edit"),
    path("<int:counter_id>/qr/", desk.counter_qr, name="counter_qr"),
    path("<int:counter_id>/poster.pdf", desk.counter_poster, name="counter_poster"),
]
