"""Slow figures kept in the shared cache and refreshed by one caller at a time.

A plain get-or-compute with a time to live lets every request that arrives while the copy is
missing compute it again: on two cores, leaders recomputing the dashboard of a 15,000-employee
government all at once each waited seconds (the stampede measured in BENCHMARKS.md, issue 3).
Here a copy is kept much longer than it counts as fresh. Once it has aged, the first caller to
take a short lock in the shared cache computes the new copy while every other caller is handed
the previous one. With no copy at all (first look, eviction, a new day's key) the others wait
for that one computation instead of repeating it, up to WAIT_SECONDS.

What a caller is shown is at most `fresh_seconds` old, except while the next copy is being
computed: meanwhile the other callers are shown the copy before it, however old (up to
`keep_seconds`).
"""

import time
from collections.abc import Callable
from time import monotonic, sleep
from typing import Any

from django.core.cache import cache

WAIT_SECONDS = 15.0  # the longest a caller waits for another caller's first computation
POLL_SECONDS = 0.05
LOCK_SECONDS = 60  # a computation that crashed with its process frees the lock after this


def _wall_clock() -> float:
    # Wall time, not monotonic: the copy's age is compared on every app server.
    return time.time()


def _copy(entry) -> tuple[float, Any] | None:
    """(made at, value), or None for nothing usable (missing, or written by an older release)."""
    if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], float):
        return entry
    return None


def get_or_refresh(key: str, compute: Callable[[], Any], *, fresh_seconds: float,
                   keep_seconds: int) -> Any:
    """The value kept under `key`: computed at most once at a time across all app servers;
    while it is being recomputed, the previous copy."""
    lock = f"{key}:refreshing"
    deadline = None
    while True:
        found = _copy(cache.get(key))
        if found is not None and _wall_clock() - found[0] < fresh_seconds:
            return found[1]
        if cache.add(lock, 1, LOCK_SECONDS):
            return _compute_and_keep(key, lock, compute, fresh_seconds, keep_seconds)
        if found is not None:
            return found[1]  # another caller is refreshing it: the previous copy meanwhile
        deadline = deadline or monotonic() + WAIT_SECONDS
        if monotonic() >= deadline:
            return compute()  # the other computation hangs: answer rather than wait on
        sleep(POLL_SECONDS)


def _compute_and_keep(key: str, lock: str, compute, fresh_seconds: float, keep_seconds: int):
    try:
        # A caller that read the aged copy just before another finished refreshing it would
        # otherwise compute it twice in a row.
        found = _copy(cache.get(key))
        if found is not None and _wall_clock() - found[0] < fresh_seconds:
            return found[1]
        value = compute()
        cache.set(key, (_wall_clock(), value), keep_seconds)
        return value
    finally:
        cache.delete(lock)
