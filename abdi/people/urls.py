from django.urls import path

from . import views

app_name = "people"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("baru/", views.create, name="create"),
    path("pilihan-jabatan/", views.position_options, name="position_options"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/ubah/", views.edit, name="edit"),
    path("<int:pk>/foto/", views.photo, name="photo"),
]
