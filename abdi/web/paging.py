"""Pagination shared by every list page: a bad page number never becomes an error."""

import math

from django.core.paginator import Page, Paginator

PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
MAX_PAGE_NUMBER = 1_000_000  # keeps OFFSET far inside the database's integer range


def page_size(raw, default: int = PAGE_SIZE) -> int:
    """The requested page size, capped at MAX_PAGE_SIZE; garbage gives the default."""
    try:
        size = int(raw)
    except (TypeError, ValueError):
        return default
    return max(1, min(size, MAX_PAGE_SIZE))


def _page_number(raw) -> int:
    try:
        return max(1, int(raw))
    except (TypeError, ValueError, OverflowError):
        return 1


class OpenPaginator:
    """Stands in for Django's Paginator when only "more than `cap`" rows are known."""

    capped = True

    def __init__(self, per_page: int, cap: int):
        self.per_page = per_page
        self.cap = cap
        self.count = None
        self.num_pages = None


class OpenPage:
    """A page of a result too large to count: previous/next only, no last page."""

    def __init__(self, rows, number: int, has_next: bool, paginator: OpenPaginator):
        self.object_list = rows
        self.number = number
        self.paginator = paginator
        self._has_next = has_next

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def __getitem__(self, index):
        return self.object_list[index]

    def has_next(self) -> bool:
        return self._has_next

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def capped_count(queryset, cap: int) -> int:
    """The number of rows, but at most cap + 1: counting stops early (a LIMITed subquery)."""
    return queryset.order_by().values("pk")[: cap + 1].count()


def paginate(queryset, raw_page, per_page: int = PAGE_SIZE, *, count_queryset=None,
             count_cap: int | None = None):
    """The requested page: non-numbers and numbers below 1 give the first, too large the last.

    `count_queryset` counts the rows when `queryset` carries joins only the display needs.
    With `count_cap`, at most cap + 1 rows are counted: a larger result gets an `OpenPage`
    (its paginator has `capped` set, `count` None), paged by previous/next.
    """
    number = _page_number(raw_page)
    counted = queryset if count_queryset is None else count_queryset
    paginator = Paginator(queryset, per_page)
    if count_cap is None:
        if count_queryset is not None:
            paginator.count = count_queryset.count()  # overrides the cached property
        return paginator.get_page(number)
    count = capped_count(counted, count_cap)
    if count <= count_cap:
        paginator.count = count
        return paginator.get_page(number)
    number = min(number, MAX_PAGE_NUMBER)
    # One row past the page says whether there is a next page, without counting them all.
    rows = list(queryset[(number - 1) * per_page: number * per_page + 1])
    if not rows and number > 1:
        # Past the end (a stale or hand-made link): count once, rarely, and show the last page.
        paginator.count = counted.count()
        number = paginator.num_pages
        rows = list(queryset[(number - 1) * per_page: number * per_page])
    return OpenPage(rows[:per_page], number, len(rows) > per_page,
                    OpenPaginator(per_page, count_cap))


def paginate_fetched(fetch, raw_page, per_page: int = PAGE_SIZE):
    """The requested page from `fetch(offset, limit) -> (rows, total)`, one query that returns
    a page's rows and the number of all rows (a window count): an exact count at no extra cost.
    Past the end (a stale or hand-made link) the first page tells the total and the last page
    is shown, as `paginate` does.
    """
    number = min(_page_number(raw_page), MAX_PAGE_NUMBER)
    rows, total = fetch((number - 1) * per_page, per_page)
    if total is None and number > 1:
        rows, total = fetch(0, per_page)
        number = max(1, math.ceil((total or 0) / per_page))
        if number > 1:
            rows, total = fetch((number - 1) * per_page, per_page)
    paginator = Paginator((), per_page)
    paginator.count = total or 0  # overrides the cached property: nothing is counted again
    return Page(rows, 1 if total is None else number, paginator)
