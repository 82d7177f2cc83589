from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatConfig(AppConfig):
    name = "abdi.cat"
    label = "cat"
    verbose_name = _("Computer-based test (CAT)")
