"""Fast bulk writes for imports of tens of thousands of rows.

Django's bulk_create/bulk_update spend most of their time building SQL in Python (on SQLite
only 33 employees fit one INSERT; bulk_update writes a CASE per row and field). These write
the same rows with one prepared statement run many times (SQLite) or multi-row VALUES
(PostgreSQL). Values pass through each field's get_db_prep_save, as Django's own writes do.
"""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import AutoField, BigAutoField, SmallAutoField

ROWS_PER_STATEMENT = 1000
_AUTO = (AutoField, BigAutoField, SmallAutoField)


def _connection():
    # The wrapper itself, not the `connection` proxy: that costs a lookup per attribute read.
    return connections[DEFAULT_DB_ALIAS]


def _quote(name: str) -> str:
    return _connection().ops.quote_name(name)


def insert_rows(model, objects) -> None:
    """INSERT the objects (their ids are not read back; see `fill_ids`)."""
    if not objects:
        return
    meta, connection = model._meta, _connection()
    fields = [f for f in meta.concrete_fields if not isinstance(f, _AUTO)]
    rows = [[f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields]
            for obj in objects]
    columns = ", ".join(_quote(f.column) for f in fields)
    one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    head = f"INSERT INTO {_quote(meta.db_table)} ({columns}) VALUES "  # noqa: S608 - our names
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.executemany(head + one, rows)
            return
        # PostgreSQL: COPY streams the rows, several times faster than INSERT … VALUES.
        copy_sql = f"COPY {_quote(meta.db_table)} ({columns}) FROM STDIN"
        with cursor.cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(row)


def fill_ids(model, objects, key: str) -> None:
    """Set the ids of freshly inserted objects, found by a unique column of theirs."""
    by_key = {getattr(obj, key): obj for obj in objects}
    keys = list(by_key)
    for start in range(0, len(keys), 500):
        # No ORDER BY, so the database looks the keys up in their unique index.
        found = model.objects.filter(**{f"{key}__in": keys[start:start + 500]}).order_by()
        for value, pk in found.values_list(key, "pk"):
            by_key[value].pk = pk
            by_key[value]._state.adding = False


def update_rows(model, objects, fields) -> None:
    """UPDATE the named fields of many rows of one government with one prepared statement."""
    if not objects:
        return
    meta, connection = model._meta, _connection()
    columns = [meta.get_field(name) for name in fields]
    assignments = ", ".join(f"{_quote(column.column)} = %s" for column in columns)
    sql = (f"UPDATE {_quote(meta.db_table)} SET {assignments} "  # noqa: S608 - our names
           f"WHERE {_quote(meta.pk.column)} = %s AND {_quote('instansi_id')} = %s")
    params = [
        [column.get_db_prep_save(getattr(obj, column.attname), connection) for column in columns]
        + [obj.pk, obj.instansi_id]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(params), ROWS_PER_STATEMENT):
            cursor.executemany(sql, params[start:start + ROWS_PER_STATEMENT])
