from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "abdi.training"
    label = "training"
    verbose_name = _("Training and the 20 JP")

    def ready(self):
        from abdi.core.profile_sections import register

        from .views.profile import section

        register("training", section)
