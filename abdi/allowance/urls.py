from django.urls import path

from .views import payroll, rules, simulate

app_name = "allowance"
urlpatterns = [
    # TPP rule versions of the government (views/rules.py)
    path("aturan/", rules.index, name="rules"),
    path("aturan/<int:pk>/", rules.detail, name="rule_set"),
    # Hitung TPP: the month's TPP line by line under one version (views/simulate.py)
    path("simulasi/", simulate.simulate, name="simulate"),
    # The monthly run (BKPSDM) and the slips (views/payroll.py)
    path("bulanan/", payroll.runs, name="runs"),
    path("bulanan/<int:pk>/", payroll.run, name="run"),
    path("saya/", payroll.mine, name="mine"),
    path("slip/<int:pk>/", payroll.slip, name="slip"),
]
