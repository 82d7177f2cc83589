"""Insert one new row with an INSERT statement built once per model, for the busiest public
writes (a citizen's complaint or questionnaire).

Model.save() compiles its INSERT anew on every call: for a complaint (three rows, ~40 columns)
that was a fifth of the request's server time. The statement depends only on the model and the
database, so it is built once and reused; the values still pass through every field's
pre_save and get_db_prep_save, exactly as save() does. A model with save signal receivers, or a
value that is an SQL expression, goes through save() instead, so nothing is silently skipped.
On PostgreSQL the statement is also prepared once per connection (core.prepared).
"""

from django.db import IntegrityError, connections, router, transaction
from django.db.models import signals

from . import prepared

# (model label, database alias, ignore conflicts?, prepared?) -> (SQL, its fields, returns the
# id?, prepared?)
_statements: dict[tuple[str, str, bool, bool], tuple[str, list, bool, bool]] = {}


def _has_receivers(model) -> bool:
    return signals.pre_save.has_listeners(model) or signals.post_save.has_listeners(model)


def written_fields(model) -> list:
    """The fields an INSERT of a new `model` row gives values to, in column order."""
    meta = model._meta
    return [f for f in meta.local_concrete_fields if f is not meta.auto_field and not f.generated]


def fast_path_open(obj) -> bool:
    """Whether `obj` may be written by a built statement instead of save(): a new row of a model
    without parents or save receivers."""
    model = type(obj)
    return not (obj.pk is not None or model._meta.parents or _has_receivers(model))


def prepared_values(obj, fields, connection) -> list | None:
    """The values save() would send for `fields`, or None when one is an SQL expression (only
    save() knows how to compile it)."""
    obj._prepare_related_fields_for_save(operation_name="save")
    raw = [f.pre_save(obj, True) for f in fields]
    if any(hasattr(value, "resolve_expression") for value in raw):
        return None
    return [f.get_db_prep_save(value, connection) for f, value in zip(fields, raw, strict=True)]


def _statement(model, alias: str, connection, ignore_conflict: bool,
               prepare: bool) -> tuple[str, list, bool, bool]:
    key = (model._meta.label, alias, ignore_conflict, prepare)
    built = _statements.get(key)
    if built is None:
        meta, quote = model._meta, connection.ops.quote_name
        fields = written_fields(model)
        columns = ", ".join(quote(f.column) for f in fields)
        typed = [prepared.placeholder(f, connection) for f in fields] if prepare else []
        prepare = prepare and all(typed)  # every parameter names its type, or none is prepared
        values = ", ".join(typed if prepare else ["%s"] * len(fields))
        sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({values})"  # noqa: S608 - model names
        if ignore_conflict:
            sql += " ON CONFLICT DO NOTHING"
        returning = meta.auto_field is not None
        if returning and connection.features.can_return_columns_from_insert:
            sql += f" RETURNING {quote(meta.auto_field.column)}"
        built = _statements[key] = (sql, fields, returning, prepare)
    return built


def _save(obj, ignore_conflict: bool):
    if not ignore_conflict:
        obj.save(force_insert=True)
        return obj
    try:
        with transaction.atomic():
            obj.save(force_insert=True)
    except IntegrityError:
        return None
    return obj


def insert(obj, *, ignore_conflict: bool = False):
    """INSERT `obj` (a new instance, its id unset) and give it its id; returns it.

    ignore_conflict: a row that a unique constraint refuses is not written and None is returned
    (ON CONFLICT DO NOTHING: no savepoint, and the transaction goes on).
    """
    model = type(obj)
    meta = model._meta
    alias = router.db_for_write(model, instance=obj)
    connection = connections[alias]
    fast = fast_path_open(obj) and not (
        ignore_conflict and not connection.features.can_return_columns_from_insert)
    if not fast:
        return _save(obj, ignore_conflict)
    sql, fields, returning, prepare = _statement(model, alias, connection, ignore_conflict,
                                                 prepared.available(connection))
    params = prepared_values(obj, fields, connection)
    if params is None:
        return _save(obj, ignore_conflict)
    with (prepared.cursor(connection) if prepare else connection.cursor()) as cursor:
        cursor.execute(sql, params)
        if returning:
            if connection.features.can_return_columns_from_insert:
                row = cursor.fetchone()
                if row is None:  # ON CONFLICT DO NOTHING wrote nothing
                    return None
                new_id = row[0]
            else:
                new_id = connection.ops.last_insert_id(cursor, meta.db_table, meta.pk.column)
            setattr(obj, meta.auto_field.attname, new_id)
        elif ignore_conflict and cursor.rowcount == 0:
            return None
    obj._state.adding = False
    obj._state.db = alias
    return obj
