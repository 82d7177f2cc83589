from django.urls import path  # noqa: F401 - pages are added by the people views

app_name = "people"
urlpatterns = []
