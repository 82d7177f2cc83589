from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "abdi.demo"
    label = "demo"
