from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "abdi.knowledge"
    label = "knowledge"
    verbose_name = _("Shared solutions and inter-agency forums")
