"""A short-lived cache of who is logged in: the user with their government, their role grants
and their verified second-factor device.

Every authenticated request needs these; without the cache they cost four queries before the
view runs. Entries live at most TTL seconds and are dropped whenever a user, role grant or
device changes (User.save, RoleGrant.save/delete, the account services). With several app
servers the cache must be shared (Redis, REDIS_URL), or a change reaches other servers only
after TTL.
"""

from django.core.cache import cache

TTL = 60


def _user_key(user_id) -> str:
    return f"abdi:principal:user:{user_id}"


def _grants_key(user_id) -> str:
    return f"abdi:principal:grants:{user_id}"


def _device_key(user_id, persistent_id: str) -> str:
    return f"abdi:principal:otp:{user_id}:{persistent_id}"


def cached_user(user_id, load):
    """The user (with their government) from the cache, or `load()` stored for next time."""
    user = cache.get(_user_key(user_id))
    if user is None:
        user = load()
        if user is not None:
            cache.set(_user_key(user_id), user, TTL)
    return user


def cached_grants(user_id, load) -> list[tuple[str, int | None]]:
    grants = cache.get(_grants_key(user_id))
    if grants is None:
        grants = list(load())
        cache.set(_grants_key(user_id), grants, TTL)
    return grants


def cached_device(user_id, persistent_id: str, load):
    key = _device_key(user_id, persistent_id)
    device = cache.get(key)
    if device is None:
        device = load()
        if device is not None:
            cache.set(key, device, TTL)
    return device


def forget(user_id, device_ids=()) -> None:
    """Drop what is cached of a user; call it whenever their account, roles or devices change."""
    if user_id is None:
        return
    keys = [_user_key(user_id), _grants_key(user_id)]
    keys += [_device_key(user_id, persistent_id) for persistent_id in device_ids]
    cache.delete_many(keys)
