from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RewardsConfig(AppConfig):
    name = "abdi.rewards"
    label = "rewards"
    verbose_name = _("Rewards (penghargaan)")

    def ready(self):
        from abdi.core import profile_sections

        from .views.profile import awards_section

        profile_sections.register("rewards", awards_section)
