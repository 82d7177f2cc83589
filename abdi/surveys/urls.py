from django.urls import path

from .views import public, results

app_name = "surveys"
urlpatterns = [
    path("", results.overview, name="overview"),
    path("unit/<int:unit_id>/", results.unit_results, name="unit"),
    path("unit/<int:unit_id>/periode/", results.unit_record, name="unit_record"),
    path("unit/<int:unit_id>/laporan.pdf", results.unit_report_pdf, name="unit_report"),
    path("pengaturan/", results.settings_page, name="settings"),
    path("isi/<str:counter_token>/", public.fill, name="fill"),
    path("isi/<str:counter_token>/terima-kasih/", public.thanks, name="thanks"),
    path("isi/unit/<slug:gov_slug>/<int:unit_id>/", public.fill_unit, name="fill_unit"),
    path("isi/unit/<slug:gov_slug>/<int:unit_id>/terima-kasih/", public.thanks_unit,
         name="thanks_unit"),
    path("hasil/<slug:gov_slug>/", public.public_results, name="public_results"),
]
