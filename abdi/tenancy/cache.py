"""Governments change rarely and are read on every request: keep them briefly in the cache.

Instansi.save drops the entry, so a deactivated government takes effect on the next request
(on other app servers too when the cache is shared, i.e. Redis).
"""

from django.core.cache import cache

from abdi.core import request_cache

TTL = 60


def instansi_key(instansi_id) -> str:
    return f"abdi:instansi:{instansi_id}"


def get_instansi(instansi_id):
    from .models import Instansi

    return request_cache.cached(
        instansi_key(instansi_id), lambda: Instansi.objects.filter(pk=instansi_id).first(), TTL)


def forget_instansi(instansi_id) -> None:
    cache.delete(instansi_key(instansi_id))
    request_cache.forget(instansi_key(instansi_id))
