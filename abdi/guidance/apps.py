from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "abdi.guidance"
    label = "guidance"
    verbose_name = _("Guidance and help")

    def ready(self):
        from abdi.core import request_cache

        from . import chrome

        # The banner and tour state of every page come with the principal: no round trip of their own.
        request_cache.also_at_start(chrome.start_keys)
