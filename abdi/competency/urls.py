from django.urls import path

from .views import employee, hr, maps, plans

app_name = "competency"
urlpatterns = [
    path("", employee.index, name="index"),
    path("saya/", employee.mine, name="mine"),
    path("pegawai/<int:employee_id>/", employee.employee, name="employee"),
    path("pegawai/<int:employee_id>/usulan/", employee.request_development, name="request"),
    path("pegawai/<int:employee_id>/rencana/", employee.propose, name="propose"),
    path("bawahan/", employee.subordinates, name="subordinates"),
    path("peta/", maps.gap_map, name="gap_map"),
    path("peta/unit/<int:unit_id>/", maps.unit_people, name="unit"),
    path("penilaian/impor/", hr.import_results, name="import"),
    path("penilaian/baru/", hr.record, name="record"),
    path("teknis/", hr.technical, name="technical"),
    path("standar/<int:position_id>/", hr.standard, name="standard"),
    path("rencana/", plans.plan_list, name="plans"),
    path("rencana/konsolidasi/", plans.consolidate, name="consolidate"),
    path("rencana/<int:plan_id>/", plans.plan_detail, name="plan"),
]
