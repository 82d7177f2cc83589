"""A generation number in the shared cache: readers put it in their cache keys, writers replace
it, so every copy made from the old rows is bypassed at once on every server (no key listing, no
scan). Public pages that read the same settings on every submission use it.

Each process also keeps a near copy: the generation itself is trusted for NEAR_SECONDS, and
values built under it (`remember`) are kept in memory until the generation changes or they age.
A public submission then reads its settings without a single cache round trip; a change made on
another server shows here within NEAR_SECONDS, and at once on the server that made it.

`added_lately` is cache.add for a marker ("done in the last minutes") with the same kind of near
copy: a marker known to be set is not asked for again for up to a minute.
"""

import time
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import transaction

NEAR_SECONDS = 2.0
NEAR_ENTRIES = 2048  # a bound, not a tuning knob: counters, governments and settings are few

# key -> (generation, read at); (key, name) -> (generation, kept at, value). Plain dicts: one
# assignment or lookup is atomic under the GIL, and the values are shared read-only.
_seen: dict[str, tuple[int, float]] = {}
_kept: dict[tuple[str, str], tuple[int, float, Any]] = {}
_markers: dict[str, float] = {}  # key -> trusted until (monotonic)
MARKER_NEAR_SECONDS = 60.0


def forget_near_copies() -> None:
    """Drop this process's copies (tests call it with cache.clear(): a rolled-back database hands
    out the same ids again)."""
    _seen.clear()
    _kept.clear()
    _markers.clear()


def added_lately(key: str, seconds: int) -> bool:
    """Whether the marker `key` was already set (within its `seconds`); sets it when not. A
    marker seen set is trusted here for MARKER_NEAR_SECONDS at most, so the shared cache is not
    asked on every call: a marker may outlive its `seconds` by that much in this process."""
    now = time.monotonic()
    until = _markers.get(key)
    if until is not None and now < until:
        return True
    was_set = not cache.add(key, 1, seconds)
    if len(_markers) >= NEAR_ENTRIES:
        _markers.clear()
    _markers[key] = now + min(MARKER_NEAR_SECONDS, seconds)
    return was_set


def forget_marker(key: str) -> None:
    """Unset the marker: at once here, within MARKER_NEAR_SECONDS on other servers."""
    _markers.pop(key, None)
    cache.delete(key)


class Generation:
    def __init__(self, key: str):
        self.key = key

    def current(self) -> int:
        now = time.monotonic()
        seen = _seen.get(self.key)
        if seen is not None and now - seen[1] < NEAR_SECONDS:
            return seen[0]
        value = cache.get(self.key)
        if not isinstance(value, int):  # missing, or a key an older release used for a value
            # Never a number an earlier (flushed or restarted) cache handed out: near copies
            # kept under that number must not come back to life.
            value = time.time_ns()
            cache.set(self.key, value, None)
        _seen[self.key] = (value, now)
        return value

    def remember(self, name: str, build: Callable[[], Any], seconds: float) -> Any:
        """`build()` kept under the current generation for at most `seconds`: in this process,
        and in the shared cache for the other servers. None (a miss) is never kept, so guessing
        names cannot fill memory. What it returns is shared: never change it."""
        generation = self.current()
        now = time.monotonic()
        kept = _kept.get((self.key, name))
        if kept is not None and kept[0] == generation and now - kept[1] < seconds:
            return kept[2]
        shared_key = f"{self.key}:{generation}:{name}"
        value = cache.get(shared_key)
        if value is None:
            value = build()
            if value is not None:
                cache.set(shared_key, value, seconds)
        if value is not None:
            if len(_kept) >= NEAR_ENTRIES:
                _kept.clear()
            _kept[(self.key, name)] = (generation, now, value)
        return value

    def _bump(self) -> None:
        _seen.pop(self.key, None)
        try:
            cache.incr(self.key)
        except ValueError:  # evicted: any new number will do, readers only compare keys
            cache.set(self.key, time.time_ns(), None)
        _seen.pop(self.key, None)

    def bump(self) -> None:
        """Call inside the writing transaction: replaced now, and again after the commit, so a
        reader who cached the old rows between the two cannot keep them."""
        self._bump()
        transaction.on_commit(self._bump)
