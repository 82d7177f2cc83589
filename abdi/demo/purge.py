"""Removing a demo or synthetic government with every row that belongs to it (for --reset)."""

from django.apps import apps
from django.db import transaction
from django_scopes import scopes_disabled

from abdi.accounts.models import User
from abdi.tenancy.models import Instansi, TenantModel


def _tenant_models():
    return [m for m in apps.get_models() if issubclass(m, TenantModel) and not m._meta.proxy]


@transaction.atomic
def purge_government(instansi: Instansi) -> None:
    """Deletes the government's users, its tenant rows (of any app) and the government itself.

    Tenant rows go by raw DELETE, fast for 100,000 employees: Django's foreign keys are
    deferred, so the order does not matter as long as nothing is left pointing at them.
    """
    with scopes_disabled():
        # Through the ORM: role grants, tokens and TOTP devices go with their user.
        User.objects.filter(instansi=instansi).delete()
        for model in _tenant_models():  # many-to-many link tables are not tenant models
            for field in model._meta.local_many_to_many:
                through = field.remote_field.through
                if through._meta.auto_created:
                    through.objects.filter(**{f"{field.m2m_field_name()}__instansi": instansi}).delete()
        for model in _tenant_models():
            rows = model.objects.filter(instansi=instansi)
            rows._raw_delete(rows.db)
        Instansi.objects.filter(pk=instansi.pk).delete()
