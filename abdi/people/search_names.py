"""Rebuilding the directory's narrow name table (people.SearchName) from the employee rows.

Triggers keep the copy in step with every write, so this is for operators only: after a
data-only restore made with triggers disabled, or a hand edit of the copy itself.
"""

from django.db import connection, transaction

from .models import Employee, SearchName

_TABLE, _EMPLOYEES = SearchName._meta.db_table, Employee._meta.db_table


@transaction.atomic
def rebuild() -> int:
    """Replaces every copied name with the employee rows' own; returns how many there are."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {_TABLE}")  # noqa: S608 - table names from the models
        cursor.execute(
            f"INSERT INTO {_TABLE} (employee_id, instansi_id, agency_id, name_upper)"  # noqa: S608
            f" SELECT id, instansi_id, agency_id, UPPER(name) FROM {_EMPLOYEES}")
        return cursor.rowcount
