from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WelfareConfig(AppConfig):
    name = "abdi.welfare"
    label = "welfare"
    verbose_name = _("Welfare (kesejahteraan)")

    def ready(self):
        from abdi.core import profile_sections

        from . import profile

        profile_sections.register("welfare", profile.section)
