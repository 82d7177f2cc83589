from django.urls import path

from .views import abk, equipment, proposals, tasks

app_name = "workforce"
urlpatterns = [
    path("", abk.index, name="index"),
    path("mulai/", abk.start, name="start"),
    path("pengaturan/", abk.wke_setting, name="wke"),
    path("<int:abk_id>/", abk.detail, name="abk"),
    path("<int:abk_id>/aksi/", abk.act, name="act"),
    path("<int:abk_id>/impor/", tasks.import_tasks, name="import"),
    path("<int:abk_id>/contoh.csv", tasks.template_csv, name="template_csv"),
    path("<int:abk_id>/jabatan/<int:line_id>/", tasks.line, name="line"),
    path("<int:abk_id>/tugas/<int:task_id>/", tasks.task, name="task"),
    path("<int:abk_id>/jabatan/<int:line_id>/alat/", equipment.add, name="equipment_add"),
    path("<int:abk_id>/alat/<int:equipment_id>/", equipment.item, name="equipment"),
    path("formasi/", proposals.index, name="proposals"),
    path("formasi/baru/", proposals.create, name="proposal_create"),
    path("formasi/<int:proposal_id>/", proposals.detail, name="proposal"),
    path("formasi/<int:proposal_id>/setujui/", proposals.approve, name="proposal_approve"),
    path("formasi/<int:proposal_id>/pdf/", proposals.pdf, name="proposal_pdf"),
    path("formasi/<int:proposal_id>/xlsx/", proposals.xlsx, name="proposal_xlsx"),
]
