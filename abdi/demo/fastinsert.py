"""Generated demo and benchmark rows go in by COPY (abdi.core.bulk)."""

from abdi.core.bulk import insert

__all__ = ["insert"]
