from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "abdi.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .principal_cache import remember_instansi

        user_logged_in.connect(remember_instansi, dispatch_uid="abdi_remember_instansi")
