from django.urls import path

from . import views

app_name = "org"
urlpatterns = [
    path("", views.chart, name="chart"),
    path("unit/<int:pk>/", views.unit_detail, name="unit"),
    path("unit/<int:pk>/anak/", views.chart_children, name="chart_children"),
    path("unit/baru/", views.unit_create, name="unit_create"),
    path("unit/<int:pk>/ubah/", views.unit_edit, name="unit_edit"),
    path("unit/<int:unit_pk>/jabatan/baru/", views.position_create, name="position_create"),
    path("jabatan/<int:pk>/ubah/", views.position_edit, name="position_edit"),
    path("jabatan/<int:position_pk>/plt/baru/", views.acting_create, name="acting_create"),
    path("plt/<int:pk>/akhiri/", views.acting_end, name="acting_end"),
]
