"""A short-lived cache of who is logged in: the user with their government, their role grants
and their verified second-factor device.

Every authenticated request needs these; without the cache they cost four queries before the
view runs. Entries live at most TTL seconds and are dropped whenever a user, role grant or
device changes (User.save, RoleGrant.save/delete, the account services). With several app
servers the cache must be shared (Redis, REDIS_URL), or a change reaches other servers only
after TTL.
"""

from django.core.cache import cache

from abdi.core import request_cache
from abdi.tenancy.cache import instansi_key

TTL = 60
INSTANSI_SESSION_KEY = "abdi_instansi_id"  # set at login, so the government is fetched early too


def _user_key(user_id) -> str:
    return f"abdi:principal:user:{user_id}"


def _grants_key(user_id) -> str:
    return f"abdi:principal:grants:{user_id}"


def _device_key(user_id, persistent_id: str) -> str:
    return f"abdi:principal:otp:{user_id}:{persistent_id}"


def cached_user(user_id, load):
    """The user (with their government) from the cache, or `load()` stored for next time."""
    return request_cache.cached(_user_key(user_id), load, TTL)


def cached_grants(user_id, load) -> list[tuple[str, int | None]]:
    return request_cache.cached(_grants_key(user_id), lambda: list(load()), TTL)


def cached_device(user_id, persistent_id: str, load):
    return request_cache.cached(_device_key(user_id, persistent_id), load, TTL)


def _token_key(key_hash: str) -> str:
    return f"abdi:principal:token:{key_hash}"


def cached_token(key_hash: str, load):
    """The live (unrevoked) API token with this hash, or None; revoking one forgets it."""
    return request_cache.cached(_token_key(key_hash), load, TTL)


def token_entry(token) -> dict:
    """The token as a cache entry, for a prefetch that starts from it."""
    return {_token_key(token.key_hash): token}


def remember_token(token) -> None:
    cache.set(_token_key(token.key_hash), token, TTL)


def forget_tokens(key_hashes) -> None:
    keys = [_token_key(key_hash) for key_hash in key_hashes]
    cache.delete_many(keys)
    for key in keys:
        request_cache.forget(key)


def principal_keys(user_id, persistent_id=None, instansi_id=None) -> list[str]:
    """Every cache key an authenticated request of this user reads, for one prefetch."""
    keys = [_user_key(user_id), _grants_key(user_id)]
    if persistent_id:
        keys.append(_device_key(user_id, persistent_id))
    if instansi_id:
        keys.append(instansi_key(instansi_id))
    return keys


def forget(user_id, device_ids=()) -> None:
    """Drop what is cached of a user; call it whenever their account, roles or devices change."""
    if user_id is None:
        return
    keys = [_user_key(user_id), _grants_key(user_id)]
    keys += [_device_key(user_id, persistent_id) for persistent_id in device_ids]
    cache.delete_many(keys)
    for key in keys:
        request_cache.forget(key)


def remember_instansi(sender, request, user, **kwargs) -> None:
    """On login (signal user_logged_in): keep the government's id in the session for prefetch."""
    if request is not None and hasattr(request, "session"):
        request.session[INSTANSI_SESSION_KEY] = user.instansi_id
