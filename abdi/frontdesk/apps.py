from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontdeskConfig(AppConfig):
    name = "abdi.frontdesk"
    label = "frontdesk"
    verbose_name = _("Service desks (jenis layanan and loket)")
