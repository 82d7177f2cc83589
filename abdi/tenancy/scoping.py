"""Entering a government's scope outside a request (tasks, commands, tests)."""

from contextlib import contextmanager

from django.utils import timezone
from django_scopes import scope


@contextmanager
def within(instansi):
    """Scope tenant queries to one government and show times in its zone."""
    instansi_id = instansi if isinstance(instansi, int) else instansi.pk
    with scope(instansi=instansi_id):
        if not isinstance(instansi, int):
            timezone.activate(instansi.zone)
        try:
            yield
        finally:
            timezone.deactivate()
