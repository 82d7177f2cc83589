from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "abdi.core"
    label = "core"
