from django.urls import path  # noqa: F401 - pages are added by the org views

app_name = "org"
urlpatterns = []
