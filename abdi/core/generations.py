"""A generation number in the shared cache: readers put it in their cache keys, writers replace
it, so every copy made from the old rows is bypassed at once on every server (no key listing, no
scan). Public pages that read the same settings on every submission use it."""

from django.core.cache import cache
from django.db import transaction


class Generation:
    def __init__(self, key: str):
        self.key = key

    def current(self) -> int:
        value = cache.get(self.key)
        if value is None:
            value = 1
            cache.add(self.key, value, None)
        return value

    def _bump(self) -> None:
        try:
            cache.incr(self.key)
        except ValueError:  # evicted: any new number will do, readers only compare keys
            cache.set(self.key, 2, None)

    def bump(self) -> None:
        """Call inside the writing transaction: replaced now, and again after the commit, so a
        reader who cached the old rows between the two cannot keep them."""
        self._bump()
        transaction.on_commit(self._bump)
