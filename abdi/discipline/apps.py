from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisciplineConfig(AppConfig):
    name = "abdi.discipline"
    label = "discipline"
    verbose_name = _("Discipline (hukuman disiplin)")

    def ready(self):
        from abdi.core.profile_sections import register

        from .views.profile import section

        register("discipline", section)
