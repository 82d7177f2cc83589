from django.urls import path

from .views import activities, skp

app_name = "performance"
urlpatterns = [
    # SKP planning (views/skp.py)
    path("", skp.my_plans, name="home"),
    path("skp/baru/", skp.create, name="skp_create"),
    path("skp/<int:pk>/", skp.detail, name="skp_detail"),
    path("skp/<int:pk>/hasil/", skp.result_add, name="result_add"),
    path("skp/<int:pk>/hasil/<int:result_id>/", skp.result_edit, name="result_edit"),
    path("skp/<int:pk>/hasil/<int:result_id>/hapus/", skp.result_delete, name="result_delete"),
    path("skp/<int:pk>/hasil/<int:result_id>/indikator/", skp.indicator_add, name="indicator_add"),
    path("skp/<int:pk>/indikator/<int:indicator_id>/", skp.indicator_edit, name="indicator_edit"),
    path("skp/<int:pk>/indikator/<int:indicator_id>/hapus/", skp.indicator_delete,
         name="indicator_delete"),
    path("skp/<int:pk>/indikator/<int:indicator_id>/realisasi/", skp.outcome_report,
         name="outcome_report"),
    path("skp/<int:pk>/perilaku/", skp.expectations, name="expectations"),
    path("skp/<int:pk>/lampiran/", skp.lampiran, name="lampiran"),
    path("skp/<int:pk>/alur/", skp.move, name="skp_move"),
    path("skp/<int:pk>/umpan-balik/", skp.feedback, name="feedback"),
    path("skp/<int:pk>/cetak/", skp.cascade, name="cascade"),
    path("bawahan/", skp.subordinates, name="subordinates"),
    # Daily activities and validation (views/activities.py)
    path("aktivitas/", activities.diary, name="diary"),
    path("aktivitas/<int:pk>/", activities.activity_detail, name="activity_detail"),
    path("validasi/", activities.queue, name="queue"),
    path("validasi/<int:pk>/", activities.validate, name="validate"),
    path("validasi/massal/", activities.bulk, name="bulk"),
    path("pengaturan/", activities.settings_page, name="settings"),
]
