from django.urls import path

from .views import activities, appraisal, dashboard, documents, notifications, periods, skp, templates_page

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
    # SKP templates per jabatan (views/templates_page.py)
    path("templat/", templates_page.index, name="templates"),
    path("skp/<int:pk>/jadikan-templat/", templates_page.save, name="template_save"),
    path("templat/<int:template_id>/sebar/", templates_page.fan_out, name="template_fan_out"),
    path("templat/<int:template_id>/hapus/", templates_page.delete, name="template_delete"),
    # Daily activities and validation (views/activities.py)
    path("aktivitas/", activities.diary, name="diary"),
    path("aktivitas/<int:pk>/", activities.activity_detail, name="activity_detail"),
    path("validasi/", activities.queue, name="queue"),
    path("validasi/<int:pk>/", activities.validate, name="validate"),
    path("validasi/massal/", activities.bulk, name="bulk"),
    path("pengaturan/", activities.settings_page, name="settings"),
    path("periode/", periods.index, name="periods"),
    # Appraisal, curve, objections, dialog and coaching (views/appraisal.py)
    path("penilaian/", appraisal.index, name="appraisals"),
    path("skp/<int:pk>/penilaian/", appraisal.skp_appraisals, name="skp_appraisals"),
    path("skp/<int:pk>/dialog/", appraisal.dialog, name="dialog"),
    path("penilaian/<int:pk>/", appraisal.detail, name="appraisal"),
    path("penilaian/<int:pk>/mandiri/", appraisal.self_assess, name="self_assess"),
    path("penilaian/<int:pk>/rekan/", appraisal.peer, name="peer"),
    path("penilaian/<int:pk>/nilai/", appraisal.rate, name="rate"),
    path("penilaian/<int:pk>/keberatan/", appraisal.object_to, name="object"),
    path("keberatan/", appraisal.objections, name="objections"),
    path("keberatan/<int:objection_id>/", appraisal.decide, name="decide"),
    path("distribusi/", appraisal.distribution_index, name="distribution_index"),
    path("distribusi/<int:unit_id>/", appraisal.distribution, name="distribution"),
    path("distribusi/<int:unit_id>/predikat/", appraisal.org_predikat, name="org_predikat"),
    path("distribusi/<int:unit_id>/final/", appraisal.finalise, name="finalise"),
    path("pembinaan/<int:plan_id>/", appraisal.coaching, name="coaching"),
    # Documents with a QR code (views/documents.py)
    path("skp/<int:pk>/pdf/", documents.skp_pdf, name="skp_pdf"),
    path("penilaian/<int:pk>/pdf/", documents.evaluation_pdf, name="evaluation_pdf"),
    path("verifikasi/<uuid:code>/", documents.verify, name="verify"),
    # Leaders' dashboard and notifications (views/dashboard.py, views/notifications.py)
    path("dasbor/", dashboard.index, name="dashboard"),
    path("dasbor/unit/<int:unit_id>/", dashboard.unit, name="dashboard_unit"),
    path("notifikasi/", notifications.index, name="notifications"),
    path("notifikasi/<int:notification_id>/baca/", notifications.read, name="notification_read"),
]
