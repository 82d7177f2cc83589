from django.urls import path

from .views import attendance, calendar, checkin, exports, payroll, rules, simulate

app_name = "allowance"
urlpatterns = [
    # TPP rule versions of the government (views/rules.py)
    path("aturan/", rules.index, name="rules"),
    path("aturan/<int:pk>/", rules.detail, name="rule_set"),
    path("aturan/<int:pk>/ubah/", rules.edit, name="rule_set_edit"),
    # Hitung TPP: the month's TPP line by line under one version (views/simulate.py)
    path("simulasi/", simulate.simulate, name="simulate"),
    # The monthly run (BKPSDM) and the slips (views/payroll.py)
    path("bulanan/", payroll.runs, name="runs"),
    path("bulanan/<int:pk>/", payroll.run, name="run"),
    path("saya/", payroll.mine, name="mine"),
    path("slip/<int:pk>/", payroll.slip, name="slip"),
    # The payroll sheet of a run for one perangkat daerah (views/exports.py)
    path("bulanan/<int:pk>/ekspor/<int:agency_id>.xlsx", exports.run_xlsx, name="run_export_xlsx"),
    path("bulanan/<int:pk>/ekspor/<int:agency_id>.pdf", exports.run_pdf, name="run_export_pdf"),
    # Punches from the attendance machines, and leave or dinas luar (views/attendance.py)
    path("presensi/", attendance.imports, name="attendance"),
    path("presensi/<int:pk>/", attendance.import_detail, name="attendance_import"),
    path("cuti/", attendance.leave, name="leave"),
    # Check-in on the phone, corrections the atasan approves, offices (views/checkin.py)
    path("absen/", checkin.check_in, name="check_in"),
    path("koreksi/", checkin.corrections_page, name="corrections"),
    path("kantor/", checkin.offices, name="offices"),
    # Working hours, Ramadan and the units on another scheme (views/calendar.py)
    path("kalender/", calendar.calendar, name="calendar"),
]
