from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamsConfig(AppConfig):
    name = "abdi.teams"
    label = "teams"
    verbose_name = _("Cross-agency teams")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the new-SKP receiver
