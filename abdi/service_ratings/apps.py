from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceRatingsConfig(AppConfig):
    name = "abdi.service_ratings"
    label = "service_ratings"
    verbose_name = _("Ratings of a person's service")

    def ready(self):
        from abdi.core.profile_sections import register

        from .views.profile import section

        register("service_ratings", section)
