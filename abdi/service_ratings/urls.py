from django.urls import path

from .views import public, staff

app_name = "service_ratings"
urlpatterns = [
    # Citizens, no account.
    path("loket/<str:counter_token>/", public.counter, name="counter"),
    path("nilai/", public.enter_code, name="enter_code"),
    path("nilai/<str:rating_token>/", public.rate, name="rate"),
    path("terima-kasih/", public.done, name="done"),
    # Staff.
    path("saya/", staff.mine, name="mine"),
    path("tim/", staff.team, name="team"),
    path("pegawai/<int:employee_id>/", staff.employee, name="employee"),
    path("ulasan/<int:rating_id>/sembunyikan/", staff.hide, name="hide"),
    path("kode/", staff.issue_code, name="issue_code"),
    path("pengaturan/", staff.settings, name="settings"),
]
