"""On PostgreSQL, a trigram index makes the directory's name search (icontains) use an index.

SQLite has no such index; the migration does nothing there. Where the database user may not
create the pg_trgm extension, the search still works, only without the index.
"""

from django.db import migrations, transaction
from django.db.utils import DatabaseError

INDEX = "employee_name_trgm_idx"
NIP_INDEX = "employee_nip_prefix_idx"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # NIP prefix search (LIKE 'x%') needs pattern ops under a non-C collation.
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NIP_INDEX} ON people_employee (instansi_id, nip varchar_pattern_ops)"
    )
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            schema_editor.execute(
                f'CREATE INDEX IF NOT EXISTS {INDEX} ON people_employee '
                'USING gin (UPPER("name"::text) gin_trgm_ops)'
            )
    except DatabaseError:
        pass  # no right to create the extension: search falls back to a scan


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute(f"DROP INDEX IF EXISTS {NIP_INDEX}")


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]
    operations = [migrations.RunPython(create_index, drop_index)]
