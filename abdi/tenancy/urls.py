from django.urls import path  # noqa: F401 - pages are added by the tenancy views

app_name = "tenancy"
urlpatterns = []
