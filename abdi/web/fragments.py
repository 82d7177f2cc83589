"""One view, two renderings: whether htmx asked for a part of the page."""


def wants_fragment(request) -> bool:
    """An htmx request for a part of the page (a history restore needs the whole page)."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request and not htmx.boosted
