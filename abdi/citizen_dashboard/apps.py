from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizenDashboardConfig(AppConfig):
    name = "abdi.citizen_dashboard"
    label = "citizen_dashboard"
    verbose_name = _("Citizens' voice dashboard")
