"""Server-side prepared statements on PostgreSQL, only where a caller asks for one: the busiest
writes (core.insert_chain and core.insert_one: a complaint, a questionnaire, an audit entry, a
daily activity).

Django binds parameters on the client (the values are written into the SQL text), so PostgreSQL
parses and plans every statement anew; for a complaint's WITH … INSERT … INSERT that is most of
the database's work. A statement prepared once per connection is only bound and executed.

Preparing needs the connection's `prepare_threshold` to be a number (settings: the PostgreSQL
OPTIONS, turned off with ABDI_DB_PREPARED=0, e.g. behind a transaction-mode pooler that cannot
keep a session's statements); Django's own cursors bind on the client and never prepare, so the
setting changes nothing else. Parameters travel apart from the text, so every placeholder names
its type (`placeholder`): PostgreSQL cannot infer it inside a SELECT list.
"""

import re
from contextlib import contextmanager

import psycopg
from django.db.backends.utils import CursorDebugWrapper

_MODIFIERS = re.compile(r"\([^)]*\)")


class _PreparingCursor(psycopg.Cursor):
    """Binds on the server and prepares every statement it runs (on its connection, once)."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=True if prepare is None else prepare,
                               binary=binary)


class _LoggedCursor(CursorDebugWrapper):
    """Logs each statement with its values written in (as Django logs its own): Django reads
    the text back from psycopg, which holds none for a statement it runs already prepared."""

    def execute(self, sql, params=None):
        with self.debug_sql(self.db.ops.compose_sql(sql, params)):
            return self._execute_with_wrappers(sql, params, many=False, executor=self._execute)


def available(connection) -> bool:
    """Whether `connection` (Django's) may prepare: PostgreSQL with a prepare threshold."""
    if connection.vendor != "postgresql":
        return False
    connection.ensure_connection()
    return connection.connection.prepare_threshold is not None


def placeholder(field, connection) -> str | None:
    """`%s` cast to the column's type without its modifiers (varchar, not varchar(80): a cast
    to the length would cut a longer value, where the INSERT's own assignment refuses it), or
    None for a column without a plain type."""
    db_type = field.db_type(connection)
    if not db_type:
        return None
    return f"%s::{_MODIFIERS.sub('', db_type).strip()}"


@contextmanager
def cursor(connection):
    """A cursor of Django's `connection` (wrapped as connection.cursor() is, so query logging
    and execute wrappers see it) whose statements are prepared; ask `available` first."""
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    connection.validate_thread_sharing()
    # psycopg sends an int as int2, int4 or int8 by its size, and prepares a statement once per
    # combination of parameter types: a few variants per connection, each prepared once (one type
    # for every int, by registering a dumper per cursor, cost more than it saves).
    with connection.wrap_database_errors:
        raw = _PreparingCursor(connection.connection)
    wrapped = (_LoggedCursor(raw, connection) if connection.queries_logged
               else connection.make_cursor(raw))
    with wrapped:
        yield wrapped
