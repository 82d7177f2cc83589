"""Cache entries fetched together at the start of a request, read later one by one.

An authenticated request needs the user, their role grants, their second-factor device and
their government; read one by one they cost four round trips to Redis. A middleware that
knows the keys early asks for all of them in one `get_many`; `cached()` then answers from
what was fetched and falls back to the cache (and to `load`) for anything else. The fetched
values live only as long as the request (a context variable, reset when it ends).
"""

from contextvars import ContextVar

from django.core.cache import cache

_MISSING = object()
_fetched: ContextVar[dict | None] = ContextVar("abdi_request_cache", default=None)
# Functions (user id, government id) -> keys that every signed-in page reads, registered by the
# apps that read them (e.g. the guidance banner): fetched in the same round trip.
_start_keys: list = []


def also_at_start(keys_for) -> None:
    """Fetch `keys_for(user_id, instansi_id)` with the principal at the start of each request."""
    if keys_for not in _start_keys:
        _start_keys.append(keys_for)


def start_keys(user_id, instansi_id) -> list:
    return [key for keys_for in _start_keys for key in keys_for(user_id, instansi_id)]


def prefetch(keys):
    """Fetch `keys` in one round trip for the rest of this request; returns a reset token."""
    keys = [key for key in keys if key]
    return _fetched.set(cache.get_many(keys) | {"__keys__": set(keys)} if keys else {})


def get_many(keys) -> dict:
    """The values of `keys` found: what was prefetched from there, the rest in one round trip."""
    fetched = _fetched.get() or {}
    asked = fetched.get("__keys__", ())
    found = {key: fetched[key] for key in keys if key in asked and key in fetched}
    rest = [key for key in keys if key not in asked]
    return found | cache.get_many(rest) if rest else found


def end(token) -> None:
    _fetched.reset(token)


def cached(key, load, ttl):
    """The value under `key` (prefetched or from the cache), else `load()` stored for `ttl`
    seconds; a None from `load` is not stored."""
    fetched = _fetched.get()
    value = _MISSING
    if fetched and key in fetched.get("__keys__", ()):
        value = fetched.get(key, _MISSING)
        if value is _MISSING:  # asked for and absent: no second trip to the cache
            value = None
    else:
        value = cache.get(key)
    if value is _MISSING or value is None:
        value = load()
        if value is not None:
            cache.set(key, value, ttl)
            if fetched is not None and "__keys__" in fetched:
                fetched[key] = value
    return value


def forget(key) -> None:
    """Drop a prefetched value too (the cache entry itself is deleted by the caller)."""
    fetched = _fetched.get()
    if fetched:
        fetched.pop(key, None)
