from django.apps import AppConfig


class TransferConfig(AppConfig):
    name = "abdi.transfer"
    label = "transfer"
