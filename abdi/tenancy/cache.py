"""Governments change rarely and are read on every request: keep them briefly in the cache.

Instansi.save drops the entry, so a deactivated government takes effect on the next request
(on other app servers too when the cache is shared, i.e. Redis).
"""

from django.core.cache import cache

TTL = 60


def _key(instansi_id) -> str:
    return f"abdi:instansi:{instansi_id}"


def get_instansi(instansi_id):
    from .models import Instansi

    instansi = cache.get(_key(instansi_id))
    if instansi is None:
        instansi = Instansi.objects.filter(pk=instansi_id).first()
        if instansi is not None:
            cache.set(_key(instansi_id), instansi, TTL)
    return instansi


def forget_instansi(instansi_id) -> None:
    cache.delete(_key(instansi_id))
