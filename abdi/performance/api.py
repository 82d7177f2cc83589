"""SKP, daily activities and validation through the JSON API (being built)."""

from ninja import Router

router = Router(tags=["performance"])
