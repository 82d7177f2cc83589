"""Cache entries fetched together at the start of a request, read later one by one.

An authenticated request needs the user, their role grants, their second-factor device and
their government; read one by one they cost four round trips to Redis. A middleware that
knows the keys early asks for all of them in one `get_many`; `cached()` then answers from
what was fetched and falls back to the cache (and to `load`) for anything else. The fetched
values live only as long as the request (a context variable, reset when it ends).

A caller that sends many requests in a row (an integration's API token, a phone sending the
entries it kept offline) may start from a near copy instead: `keep` stores what one request
prefetched in this process, `resume` hands a fresh copy of it to the next request of the same
caller for up to NEAR_SECONDS, without a round trip. Any `forget` drops every near copy here at
once; another app server keeps its copies until they age, so a revoked token, a deactivated
account or a withdrawn role takes effect there within NEAR_SECONDS (as for generations.py).
"""

import pickle
import time
from contextvars import ContextVar

from django.core.cache import cache

from .generations import NEAR_ENTRIES, NEAR_SECONDS

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


# name -> (trusted until (monotonic), the pickled prefetch); a plain dict: one assignment or
# lookup is atomic under the GIL. _epoch counts forgets, so a copy read before one is not kept.
_kept: dict[str, tuple[float, bytes]] = {}
_epoch = [0]


def prefetch(keys, known: dict | None = None):
    """Fetch `keys` in one round trip for the rest of this request (with the values `known`
    already, read just before); returns a reset token."""
    keys = [key for key in keys if key]
    known = known or {}
    if not keys and not known:
        return _fetched.set({})
    return _fetched.set(cache.get_many(keys) | known | {"__keys__": {*keys, *known}})


def epoch() -> int:
    """Take it before reading what `keep` will keep."""
    return _epoch[0]


def keep(name: str, since: int) -> None:
    """Keep this request's prefetch under `name` for NEAR_SECONDS, when every key was found and
    nothing was forgotten `since` (an `epoch()`). Call it before the values are changed."""
    fetched = _fetched.get()
    if not fetched or since != _epoch[0]:
        return
    if any(key not in fetched for key in fetched["__keys__"]):
        return  # a miss is loaded later in the request; the next request keeps the whole
    if len(_kept) >= NEAR_ENTRIES:
        _kept.clear()
    _kept[name] = (time.monotonic() + NEAR_SECONDS, pickle.dumps(fetched, pickle.HIGHEST_PROTOCOL))
    if since != _epoch[0]:  # a forget ran meanwhile, perhaps before the line above
        _kept.pop(name, None)


def resume(name: str):
    """Start this request from the near copy kept under `name` (fresh objects, no round trip);
    a reset token, or None when there is none young enough."""
    kept = _kept.get(name)
    if kept is None or time.monotonic() >= kept[0]:
        return None
    return _fetched.set(pickle.loads(kept[1]))  # noqa: S301 - pickled by this process


def drop(name: str) -> None:
    """Drop one near copy of this process (its caller changed, e.g. a token's last use)."""
    _kept.pop(name, None)


def forget_near_copies() -> None:
    _epoch[0] += 1
    _kept.clear()


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
    """Drop a prefetched value too (the cache entry itself is deleted by the caller), and every
    near copy of this process."""
    forget_near_copies()
    fetched = _fetched.get()
    if fetched:
        fetched.pop(key, None)
