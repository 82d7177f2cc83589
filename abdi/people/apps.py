from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _directory_changed(sender, instance, **kwargs) -> None:
    """Any saved or deleted employee, unit or position makes the cached directory stale."""
    from .directory_cache import bump

    bump(getattr(instance, "instansi_id", None))


class PeopleConfig(AppConfig):
    name = "abdi.people"
    label = "people"
    verbose_name = _("Employees")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from abdi.org.models import Position, Unit

        from .models import Employee

        for model in (Employee, Unit, Position):
            uid = f"abdi_directory_{model.__name__}"
            post_save.connect(_directory_changed, sender=model, dispatch_uid=f"{uid}_save")
            post_delete.connect(_directory_changed, sender=model, dispatch_uid=f"{uid}_delete")
