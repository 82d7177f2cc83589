from django.urls import path  # noqa: F401 - pages are added by the audit views

app_name = "audit"
urlpatterns = []
