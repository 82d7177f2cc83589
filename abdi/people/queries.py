"""Reading employees under the viewer's sight: directory, profile, history."""

from django.db import connections
from django.db.models import F, Q, Value
from django.db.models.functions import Upper
from django.http import Http404

from abdi.org.models import Position, Unit

from . import directory_cache, policy
from .models import Employee, SearchName

DIRECTORY_COLUMNS = ("id", "nip", "name", "front_title", "back_title", "grade", "job_kind",
                     "status", "kind", "unit__name", "agency__short_name", "agency__name",
                     "position__name")


def visible_employees(actor):
    queryset = Employee.objects.all()
    condition = policy.visibility_filter(actor)
    return queryset if condition is None else queryset.filter(condition)


def _search_words(text: str) -> list[str]:
    return " ".join(text.split())[:100].split(" ")[:5] if text and text.strip() else []


def is_nip_search(text: str) -> bool:
    compact = "".join((text or "").split())
    return compact.isdigit()


def search_filter(text: str) -> Q:
    """Digits search the NIP by prefix; words search the name (every word must appear)."""
    text = " ".join(text.split())[:100]
    if not text:
        return Q()
    compact = text.replace(" ", "")
    if compact.isdigit():
        return Q(nip__startswith=compact)
    condition = Q()
    for word in _search_words(text):
        condition &= Q(name__icontains=word)
    return condition


def is_trigram_search(q: str = "") -> bool:
    """A name search with a word of 3 letters or more: PostgreSQL's trigram index finds it."""
    return bool(q) and not is_nip_search(q) and any(len(w) >= 3 for w in _search_words(q))


def directory_ordering(q: str = "") -> tuple:
    """Name order. A name search orders by UPPER(name): the (instansi_id, name) b-tree cannot
    serve that order, so PostgreSQL takes the trigram index on UPPER(name) instead of walking
    the b-tree and filtering. Words under 3 letters have no trigram: the walk is better there.
    """
    return (Upper("name"), "id") if is_trigram_search(q) else ("name", "id")


def directory(actor, *, q="", agency=None, unit=None, grade=None, job_kind=None, status=None,
              kind=None):
    """The directory's rows: one query with the columns the list shows, no per-row lookups."""
    rows = visible_employees(actor).filter(search_filter(q))
    if agency:
        rows = rows.filter(agency_id=agency)
    if unit:
        rows = rows.filter(unit_id=unit)
    if grade:
        rows = rows.filter(grade=grade)
    if job_kind:
        rows = rows.filter(job_kind=job_kind)
    if status:
        rows = rows.filter(status=status)
    if kind:
        rows = rows.filter(kind=kind)
    return rows.select_related("unit", "agency", "position").order_by(*directory_ordering(q))


class DirectoryPage:
    """The directory's rows for the paginator: a slice picks the page's ids on the employee
    table alone (a LIMITed subquery), and only those rows are joined to unit, agency and
    position, so the joins never run over every match. Still one query per page.
    """

    def __init__(self, found):
        self.found = found
        self.ordered = True  # the paginator's warning about unordered lists does not apply

    def count(self) -> int:
        return self.found.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("DirectoryPage supports slices only")
        ids = self.found.values("pk")[key]
        return list(Employee.objects.filter(pk__in=ids)
                    .order_by(*self.found.query.order_by).values(*DIRECTORY_COLUMNS))


# Filters the narrow name table can answer alone (it holds the government, agency and name).
NARROW_FILTERS = frozenset({"q", "agency"})


def name_matches(actor, filters: dict):
    """A name search's matches as (id, name) rows, for trigram_search_page.

    When the viewer sees the whole government and filters by no more than the agency, the
    matches come from the narrow SearchName table (a fifth of the pages to visit); any other
    sight or filter needs the employee row and searches with the directory's own query.
    """
    if policy.visibility_filter(actor) is not None or set(filters) - NARROW_FILTERS:
        return directory(actor, **filters).order_by().values("id", "name")
    # Upper-cased in SQL like the copy itself (the triggers' UPPER), so both agree on letters.
    condition = Q()
    for word in _search_words(filters["q"]):
        condition &= Q(name_upper__contains=Upper(Value(word)))
    rows = SearchName.objects.filter(condition)
    if filters.get("agency"):
        rows = rows.filter(agency_id=filters["agency"])
    return rows.values(id=F("employee_id"), name=F("name_upper"))


# A name search's page: the matches (name_matches: a WHERE compiled without ordering or
# annotations, which cost more to compile than the rest of the query), counted by a window and
# cut to the page in name order, then joined to their employee rows; the outer ORDER BY repeats
# the inner one's key (joins do not keep a subquery's order). Unit, agency and position names
# come in a second statement: joining them here made PostgreSQL's planning and execution of
# the page ~1 ms dearer than both statements together (measured on 100,000 employees).
_EMPLOYEES, _UNITS, _POSITIONS = (Employee._meta.db_table, Unit._meta.db_table,
                                   Position._meta.db_table)
# Table names come from the models; every value is a parameter.
_TRIGRAM_PAGE_SQL = (
    "SELECT h.total, e.id, e.nip, e.name, e.front_title, e.back_title, e.grade, e.job_kind,"  # noqa: S608
    " e.status, e.kind, e.unit_id, e.agency_id, e.position_id"
    " FROM (SELECT m.id, UPPER(m.name) AS sort_name, COUNT(*) OVER () AS total"
    " FROM ({matches}) m ORDER BY sort_name, m.id LIMIT %s OFFSET %s) h"
    f" JOIN {_EMPLOYEES} e ON e.id = h.id"
    " ORDER BY h.sort_name, h.id")
_UNIT_NAMES_SQL = f"SELECT 'u', id, name, short_name FROM {_UNITS} WHERE id IN ({{}})"  # noqa: S608
_POSITION_NAMES_SQL = f"SELECT 'p', id, name, '' FROM {_POSITIONS} WHERE id IN ({{}})"  # noqa: S608
_PAGE_COLUMNS = DIRECTORY_COLUMNS[:-4]  # the employee's own; the last four are names
# Where the page statement's row holds the ids whose names _names_of looks up.
_UNIT_AT, _AGENCY_AT, _POSITION_AT = 10, 11, 12


def trigram_search_page(matches, offset: int, limit: int) -> tuple[list[dict], int | None]:
    """One page of a name search (its `name_matches`) and the number of all its matches.

    A name search visits every match anyway (they are sorted by name before the page is cut),
    so a window count over them costs next to nothing, where a separate COUNT visited every
    match a second time. Returns ([], None) past the last match (the count rides on the rows).
    """
    matches_sql, params = matches.query.get_compiler(using=matches.db).as_sql()
    with connections[matches.db].cursor() as cursor:
        cursor.execute(_TRIGRAM_PAGE_SQL.format(matches=matches_sql), (*params, limit, offset))
        fetched = cursor.fetchall()
        if not fetched:
            return [], None
        units, positions = _names_of(cursor, fetched)
    rows = []
    for row in fetched:
        values = dict(zip(_PAGE_COLUMNS, row[1:_UNIT_AT], strict=True))
        agency_name, agency_short = units.get(row[_AGENCY_AT], ("", ""))
        values.update(unit__name=units.get(row[_UNIT_AT], ("", ""))[0],
                      agency__short_name=agency_short, agency__name=agency_name,
                      position__name=positions.get(row[_POSITION_AT]))
        rows.append(values)
    return rows, fetched[0][0]


def _padded(ids: list) -> list:
    """The ids, the last repeated up to a power of two: a handful of statement texts instead of
    one per count, so the driver's parsed-query cache and PostgreSQL's plans see them again."""
    if not ids:
        return ids
    size = 8
    while size < len(ids):
        size *= 2
    return ids + [ids[-1]] * (size - len(ids))


def _names_of(cursor, fetched) -> tuple[dict, dict]:
    """The names of the page's units and agencies ({id: (name, short name)}) and positions
    ({id: name}), in one statement."""
    unit_ids = _padded(sorted({row[at] for row in fetched for at in (_UNIT_AT, _AGENCY_AT)}))
    position_ids = _padded(sorted({row[_POSITION_AT] for row in fetched
                                   if row[_POSITION_AT] is not None}))
    sql = _UNIT_NAMES_SQL.format(", ".join(["%s"] * len(unit_ids)))
    if position_ids:
        sql += " UNION ALL " + _POSITION_NAMES_SQL.format(", ".join(["%s"] * len(position_ids)))
    cursor.execute(sql, (*unit_ids, *position_ids))
    units, positions = {}, {}
    for kind, pk, name, short_name in cursor.fetchall():
        if kind == "u":
            units[pk] = (name, short_name)
        else:
            positions[pk] = name
    return units, positions


def get_employee_for_user(actor, pk) -> Employee:
    """The employee if the actor may see them; 404 otherwise (never say which)."""
    try:
        employee = Employee.objects.select_related("unit", "agency", "position").get(pk=pk)
    except (Employee.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if not policy.can_view_employee(actor, employee):
        raise Http404
    return employee


def get_employee_to_read(actor, pk) -> Employee:
    """As get_employee_for_user, through the directory cache: for showing, never for changing
    (a change must start from the row as it is in the database)."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    employee = directory_cache.cached_employee(
        actor.instansi_id, pk,
        lambda: Employee.objects.select_related("unit", "agency", "position").filter(pk=pk).first())
    if employee is None or not policy.can_view_employee(actor, employee):
        raise Http404
    return employee


def history(employee):
    return {
        "ranks": list(employee.rank_history.all()),
        "positions": list(employee.position_history.all()),
    }


def employee_card(pk):
    """One employee with the columns a directory row shows, or None (no permission check)."""
    return Employee.objects.select_related("unit", "agency", "position").filter(pk=pk).first()
