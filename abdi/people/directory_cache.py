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

from django.core.cache import cache
from django.utils.translation import get_language

from abdi.core.generations import Generation

from . import policy

TTL = 120


def _version(instansi_id) -> Generation:
    # A near copy (abdi.core.generations): a change is seen at once on the server that made it
    # and within 2 s on the others; reading the version costs no round trip most of the time.
    return Generation(f"abdi:directory:version:{instansi_id}")


def bump(instansi_id) -> None:
    """Invalidate every cached directory piece of one government (after any change): now, and
    again when the writing transaction commits."""
    if instansi_id is not None:
        _version(instansi_id).bump()


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
        version = _version(self.instansi_id).current()
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
    government's directory version is unchanged, else `load()`."""
    version = _version(instansi_id).current()
    key = _employee_key(instansi_id, pk)
    entry = cache.get(key)
    if entry is not None and entry[0] == version:
        return entry[1]
    employee = load()
    if employee is not None:
        cache.set(key, (version, employee), TTL)
    return employee
