from django.urls import path

from .views import board

app_name = "citizen_dashboard"
urlpatterns = [
    path("", board.index, name="index"),
]
