from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamspaceConfig(AppConfig):
    name = "abdi.teamspace"
    label = "teamspace"
    verbose_name = _("Team work space")
