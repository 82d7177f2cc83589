"""The directory's rendered results and filter choices, cached per government and sight.

The directory is read far more often than employees change. Each entry's key holds:
- the government's directory version, replaced whenever an employee, unit or position of that
  government is saved or deleted (signals in apps.py) or imported in bulk (`bump`), so an entry
  never outlives the data it shows; entries also expire after TTL seconds as a backstop;
- the viewer's *sight*: exactly what decides which rows they may see and which controls the
  results carry (whole government or which agencies / led units / own record; export right).
  Two viewers with the same sight see the same rows, so they may share an entry; anyone else
  gets a different key;
- the language and the request's parameters.
"""

import hashlib
import time

from django.core.cache import cache
from django.utils.translation import get_language

from . import policy

TTL = 120


def _version_key(instansi_id) -> str:
    return f"abdi:directory:version:{instansi_id}"


def bump(instansi_id) -> None:
    """Invalidate every cached directory piece of one government (after any change)."""
    if instansi_id is not None:
        cache.set(_version_key(instansi_id), time.time_ns(), None)


def _digest(value) -> str:
    return hashlib.blake2b(repr(value).encode(), digest_size=12).hexdigest()


def sight_of(actor) -> tuple:
    """What decides the rows and controls an actor is shown (see the module docstring)."""
    whole = actor.sees_whole_government
    return (
        actor.instansi_id,
        whole,
        () if whole else tuple(sorted(actor.agency_ids)),
        () if whole else tuple(sorted(actor.led_unit_paths)),
        None if whole else actor.employee_id,
        policy.can_export(actor),
    )


class DirectoryCache:
    """Cached pieces for one actor and request; one round trip reads the version."""

    def __init__(self, actor):
        self.instansi_id = actor.instansi_id
        version = cache.get(_version_key(self.instansi_id))
        if version is None:
            version = time.time_ns()
            cache.add(_version_key(self.instansi_id), version, None)
        self.prefix = (f"abdi:directory:{self.instansi_id}:{version}:"
                       f"{_digest(sight_of(actor))}:{get_language()}")

    def key(self, name: str, params=()) -> str:
        return f"{self.prefix}:{name}:{_digest(params)}"

    def get_many(self, keys) -> dict:
        return cache.get_many(keys)

    def set(self, key: str, value) -> None:
        cache.set(key, value, TTL)


def _employee_key(instansi_id, pk) -> str:
    return f"abdi:employee:{instansi_id}:{pk}"


def cached_employee(instansi_id, pk, load):
    """One employee with unit, agency and position for reading, from the cache while the
    government's directory version is unchanged (one round trip), else `load()`."""
    version_key, key = _version_key(instansi_id), _employee_key(instansi_id, pk)
    found = cache.get_many([version_key, key])
    version = found.get(version_key)
    entry = found.get(key)
    if version is not None and entry is not None and entry[0] == version:
        return entry[1]
    employee = load()
    if employee is not None:
        if version is None:
            version = time.time_ns()
            if not cache.add(version_key, version, None):
                return employee  # someone else set a version meanwhile: do not guess it
        cache.set(key, (version, employee), TTL)
    return employee
