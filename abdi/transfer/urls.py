from django.urls import path  # noqa: F401 - pages are added by the transfer views

app_name = "transfer"
urlpatterns = []
