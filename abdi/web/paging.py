"""Pagination shared by every list page: a bad page number never becomes an error."""

from django.core.paginator import Paginator

PAGE_SIZE = 50
MAX_PAGE_SIZE = 100


def page_size(raw, default: int = PAGE_SIZE) -> int:
    """The requested page size, capped at MAX_PAGE_SIZE; garbage gives the default."""
    try:
        size = int(raw)
    except (TypeError, ValueError):
        return default
    return max(1, min(size, MAX_PAGE_SIZE))


def paginate(queryset, raw_page, per_page: int = PAGE_SIZE, *, count_queryset=None):
    """The requested page: non-numbers and numbers below 1 give the first, too large the last.

    `count_queryset` counts the rows when `queryset` carries joins only the display needs.
    """
    try:
        number = max(1, int(raw_page))
    except (TypeError, ValueError):
        number = 1
    paginator = Paginator(queryset, per_page)
    if count_queryset is not None:
        paginator.count = count_queryset.count()  # overrides the cached property
    return paginator.get_page(number)
