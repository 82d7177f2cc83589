"""Inserting many generated rows quickly: COPY on PostgreSQL, bulk_create elsewhere.

Only for generated data (seed and benchmark sets): no signals, no audit, no validation.
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
        plain = [field.get_internal_type() in PLAIN_TYPES for field in fields]
        with cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row(
                    [
                        getattr(obj, field.attname)
                        if is_plain
                        else field.get_db_prep_save(getattr(obj, field.attname), connection)
                        for field, is_plain in zip(fields, plain, strict=True)
                    ]
                )
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias
    return objs
