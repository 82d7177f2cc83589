"""Inserting many new rows quickly: COPY on PostgreSQL, bulk_create elsewhere.

Like bulk_create: no signals, no validation, no audit (the caller audits what it must). Used for
generated data (seed and benchmark sets) and for the monthly TPP run's slips, where Django's
bulk_create on PostgreSQL quotes every JSON value of its UNNEST arrays character by character
(most of a 100,000-slip run's time).
"""

from django.db import connection
from django.utils import timezone

# Values psycopg writes as they are; any other field goes through its own get_db_prep_save.
PLAIN_TYPES = {
    "AutoField",
    "BigAutoField",
    "CharField",
    "TextField",
    "SlugField",
    "EmailField",
    "DateField",
    "DateTimeField",
    "IntegerField",
    "SmallIntegerField",
    "BigIntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "PositiveBigIntegerField",
    "BooleanField",
    "ForeignKey",
    "OneToOneField",
}


def insert(model, objs: list, *, batch_size: int = 5000) -> list:
    """Saves new model instances and sets their primary keys."""
    if not objs:
        return objs
    if connection.vendor != "postgresql":
        return model._base_manager.bulk_create(objs, batch_size=batch_size)
    meta = model._meta
    fields = list(meta.concrete_fields)
    quote = connection.ops.quote_name
    now = timezone.now()
    for field in fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            for obj in objs:
                setattr(obj, field.attname, now)
    with connection.cursor() as cursor:
        missing = [obj for obj in objs if obj.pk is None]
        if missing:
            # Ids come from the table's own sequence, so later inserts through the ORM do not clash.
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(missing)],
            )
            for obj, (pk,) in zip(missing, cursor.fetchall(), strict=True):
                obj.pk = pk
        columns = ", ".join(quote(field.column) for field in fields)
        with cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row(_db_values(fields, obj))
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias
    return objs


def _db_values(fields, obj) -> list:
    return [getattr(obj, field.attname) if field.get_internal_type() in PLAIN_TYPES
            else field.get_db_prep_save(getattr(obj, field.attname), connection)
            for field in fields]


def update(model, objs: list, field_names: list[str], *, batch_size: int = 1000) -> None:
    """Saves `field_names` of existing instances: on PostgreSQL by COPY into a temporary table and
    one UPDATE … FROM (bulk_update's CASE per row took minutes for 100,000 slips)."""
    if not objs:
        return
    if connection.vendor != "postgresql":
        model._base_manager.bulk_update(objs, field_names, batch_size=batch_size)
        return
    meta = model._meta
    fields = [meta.get_field(name) for name in field_names]
    quote = connection.ops.quote_name
    table, temp = quote(meta.db_table), quote(f"bulk_update_{meta.db_table}")
    columns = [quote(meta.pk.column), *(quote(field.column) for field in fields)]
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {temp}")
        cursor.execute(f"CREATE TEMPORARY TABLE {temp} AS SELECT {', '.join(columns)} "  # noqa: S608
                       f"FROM {table} WITH NO DATA")
        with cursor.cursor.copy(f"COPY {temp} ({', '.join(columns)}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row([obj.pk, *_db_values(fields, obj)])
        assignments = ", ".join(f"{quote(field.column)} = t.{quote(field.column)}" for field in fields)
        cursor.execute(f"UPDATE {table} AS s SET {assignments} FROM {temp} AS t "  # noqa: S608
                       f"WHERE s.{columns[0]} = t.{columns[0]}")
        cursor.execute(f"DROP TABLE {temp}")
