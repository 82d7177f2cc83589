"""A new row and a row that refers to it (its audit entry) written in ONE statement, on
PostgreSQL, for the busiest writes: a citizen's complaint, an employee's daily activity.

A statement is atomic on its own, so the pair needs no BEGIN and COMMIT: one round trip instead
of five (BEGIN, the number, the row, its audit entry, COMMIT), each of which costs both the web
process and the database a context switch on a loaded machine. The values still pass through
every field's pre_save and get_db_prep_save (insert_one.prepared_values), exactly as save()
would send them; some columns are taken instead from a one-row `source` query (a number drawn
from a sequence) or from the first row's RETURNING (its id, for the second row).

    WITH src AS (<source>),
    one AS (INSERT INTO <first> (...) SELECT %s, ..., src.<x>, ... FROM src RETURNING ...),
    two AS (INSERT INTO <second> (...) SELECT %s, ..., one.<y>, ... FROM one)
    SELECT ... FROM one

When `source` yields no row, or the first row meets a unique constraint with
`ignore_conflict`, nothing is written and None is returned. Ask `applicable` first: on other
databases, or for models with save receivers, the caller takes its ordinary path.
"""

from dataclasses import dataclass, field

from django.db import connections, router

from . import insert_one, prepared

# (the two models, the database, the chain) -> (SQL, fields of the first row, of the second)
_statements: dict[tuple, tuple[str, list, list]] = {}


@dataclass(frozen=True)
class Chain:
    """What the statement takes from elsewhere than the objects' own values.

    second_from: field of the second row -> an SQL expression over `one`, the first row's
    RETURNING (its primary key and the columns of `returning`).
    source: a SELECT yielding at most one row, with its %s parameters, each cast to its type
    (`%s::text`): on PostgreSQL the statement is prepared (core.prepared), bound on the server.
    first_from: field of the first row -> an SQL expression over `src`.
    ignore_conflict: a first row refused by a unique constraint writes neither (ON CONFLICT DO
    NOTHING), instead of failing.
    """

    second_from: dict
    source: str = "SELECT 1"
    source_params: tuple = ()
    first_from: dict = field(default_factory=dict)
    returning: tuple = ()
    ignore_conflict: bool = False


def _select_list(fields, taken: dict, connection, typed: bool) -> str:
    return ", ".join(
        taken[f.name] if f.name in taken else
        (prepared.placeholder(f, connection) if typed else "%s") for f in fields)


def _typed(fields, taken: dict, connection) -> bool:
    """Whether every parameter of the statement can name its column's type (to prepare it)."""
    return all(f.name in taken or prepared.placeholder(f, connection) for f in fields)


def _statement(first_model, second_model, chain: Chain, connection,
               prepare: bool) -> tuple[str, list, list, bool]:
    key = (first_model._meta.label, second_model._meta.label, connection.alias, chain.source,
           tuple(sorted(chain.first_from.items())), tuple(sorted(chain.second_from.items())),
           chain.returning, chain.ignore_conflict, prepare)
    built = _statements.get(key)
    if built is None:
        quote = connection.ops.quote_name
        first_fields = insert_one.written_fields(first_model)
        second_fields = insert_one.written_fields(second_model)
        first_meta, second_meta = first_model._meta, second_model._meta
        returned = ", ".join(quote(first_meta.get_field(name).column)
                             for name in (first_meta.pk.name, *chain.returning))
        typed = prepare and _typed(first_fields, chain.first_from, connection) and _typed(
            second_fields, chain.second_from, connection)
        # Names from the models; every value is a parameter.
        sql = (
            f"WITH src AS ({chain.source}), "  # noqa: S608
            f"one AS (INSERT INTO {quote(first_meta.db_table)} "
            f"({', '.join(quote(f.column) for f in first_fields)}) "
            f"SELECT {_select_list(first_fields, chain.first_from, connection, typed)} FROM src "
            f"{'ON CONFLICT DO NOTHING ' if chain.ignore_conflict else ''}RETURNING {returned}), "
            f"two AS (INSERT INTO {quote(second_meta.db_table)} "
            f"({', '.join(quote(f.column) for f in second_fields)}) "
            f"SELECT {_select_list(second_fields, chain.second_from, connection, typed)} FROM one) "
            f"SELECT {returned} FROM one"
        )
        built = _statements[key] = (sql, first_fields, second_fields, typed)
    return built


def applicable(first, second) -> bool:
    """Whether the pair may be written in one statement: PostgreSQL, one database, and models
    without save receivers (which only save() would call)."""
    alias = router.db_for_write(type(first), instance=first)
    return (connections[alias].vendor == "postgresql"
            and alias == router.db_for_write(type(second), instance=second)
            and insert_one.fast_path_open(first) and insert_one.fast_path_open(second))


def insert_pair(first, second, chain: Chain) -> tuple | None:
    """Write `first` and `second` (new, unsaved) in one statement; returns the first row's
    RETURNING (primary key, then `chain.returning`) and marks it saved (the second row's own id
    is not read back), or None when nothing was written: the source had no row, the first row
    met a unique constraint (`ignore_conflict`), or the pair is not `applicable`.

    A value that is an SQL expression (only save() compiles one) raises ValueError.
    """
    if not applicable(first, second):
        return None
    first_model, second_model = type(first), type(second)
    alias = router.db_for_write(first_model, instance=first)
    connection = connections[alias]
    sql, first_fields, second_fields, typed = _statement(
        first_model, second_model, chain, connection, prepared.available(connection))
    first_values = insert_one.prepared_values(
        first, [f for f in first_fields if f.name not in chain.first_from], connection)
    second_values = insert_one.prepared_values(
        second, [f for f in second_fields if f.name not in chain.second_from], connection)
    if first_values is None or second_values is None:
        raise ValueError("insert_chain writes plain values, not SQL expressions")
    with (prepared.cursor(connection) if typed else connection.cursor()) as cursor:
        cursor.execute(sql, [*chain.source_params, *first_values, *second_values])
        row = cursor.fetchone()
    if row is None:
        return None
    first.pk = row[0]
    for name, value in zip(chain.returning, row[1:], strict=True):
        setattr(first, first._meta.get_field(name).attname, value)
    first._state.adding, first._state.db = False, alias
    return tuple(row)
