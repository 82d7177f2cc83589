from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicForumsConfig(AppConfig):
    name = "abdi.public_forums"
    label = "public_forums"
    verbose_name = _("Public consultation forums")
