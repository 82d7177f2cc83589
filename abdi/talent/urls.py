from django.urls import path

from .views import career, ninebox, succession

app_name = "talent"
urlpatterns = [
    path("", ninebox.index, name="index"),
    path("kotak/", ninebox.box, name="box"),
    path("saya/", ninebox.mine, name="mine"),
    path("hitung/", ninebox.compute, name="compute"),
    path("pengaturan/", ninebox.settings_page, name="settings"),
    path("kelompok/", succession.pools, name="pools"),
    path("suksesi/", succession.plans, name="plans"),
    path("suksesi/baru/", succession.create_plan, name="create_plan"),
    path("suksesi/<int:succession_id>/", succession.plan, name="plan"),
    path("suksesi/<int:succession_id>/urutan/", succession.move, name="move"),
    path("suksesi/<int:succession_id>/pdf/", succession.plan_pdf, name="plan_pdf"),
    path("belajar/", career.studies, name="studies"),
    path("belajar/<int:study_id>/", career.study, name="study"),
    path("belajar/<int:study_id>/putusan/", career.decide_study, name="decide_study"),
    path("diklat/", career.trainings, name="trainings"),
    path("karier/", career.career_path, name="career"),
]
