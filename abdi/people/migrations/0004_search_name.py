"""The directory's narrow name table, kept in step with people_employee by triggers.

Triggers rather than code: employees are written by save(), bulk_create, update(), COPY and
raw deletes, and a copy that one of them forgot would hide people from the search. On
PostgreSQL the table gets a trigram index on the upper-cased name (as 0002 gave the employee
table); SQLite searches it without one.
"""

import django.db.models.deletion
from django.db import migrations, models, transaction
from django.db.utils import DatabaseError

TABLE = "people_searchname"
COPY_ROW = "SELECT id, instansi_id, agency_id, UPPER(name) FROM people_employee"

POSTGRESQL = [
    f"""CREATE FUNCTION people_searchname_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM {TABLE} WHERE employee_id = OLD.id;
            RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.id <> NEW.id THEN
            DELETE FROM {TABLE} WHERE employee_id = OLD.id;
        END IF;
        INSERT INTO {TABLE} (employee_id, instansi_id, agency_id, name_upper)
        VALUES (NEW.id, NEW.instansi_id, NEW.agency_id, UPPER(NEW.name))
        ON CONFLICT (employee_id) DO UPDATE SET instansi_id = EXCLUDED.instansi_id,
            agency_id = EXCLUDED.agency_id, name_upper = EXCLUDED.name_upper;
        RETURN NEW;
    END $$""",
    # DELETE, not TRUNCATE: Django's flush truncates both tables in one statement, and a
    # TRUNCATE of a table that statement holds open fails.
    "CREATE FUNCTION people_searchname_clear() RETURNS trigger LANGUAGE plpgsql AS $$"
    f" BEGIN DELETE FROM {TABLE}; RETURN NULL; END $$",
    "CREATE TRIGGER people_searchname_insert AFTER INSERT ON people_employee"
    " FOR EACH ROW EXECUTE FUNCTION people_searchname_sync()",
    # Django's save() names every column: only a real change of these rewrites the copy.
    "CREATE TRIGGER people_searchname_update AFTER UPDATE ON people_employee FOR EACH ROW"
    " WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.instansi_id IS DISTINCT FROM"
    " NEW.instansi_id OR OLD.agency_id IS DISTINCT FROM NEW.agency_id OR OLD.id <> NEW.id)"
    " EXECUTE FUNCTION people_searchname_sync()",
    "CREATE TRIGGER people_searchname_delete AFTER DELETE ON people_employee"
    " FOR EACH ROW EXECUTE FUNCTION people_searchname_sync()",
    "CREATE TRIGGER people_searchname_truncate AFTER TRUNCATE ON people_employee"
    " FOR EACH STATEMENT EXECUTE FUNCTION people_searchname_clear()",
]
POSTGRESQL_DROP = [
    "DROP TRIGGER IF EXISTS people_searchname_insert ON people_employee",
    "DROP TRIGGER IF EXISTS people_searchname_update ON people_employee",
    "DROP TRIGGER IF EXISTS people_searchname_delete ON people_employee",
    "DROP TRIGGER IF EXISTS people_searchname_truncate ON people_employee",
    "DROP FUNCTION IF EXISTS people_searchname_sync()",
    "DROP FUNCTION IF EXISTS people_searchname_clear()",
]
SQLITE = [
    "CREATE TRIGGER people_searchname_insert AFTER INSERT ON people_employee BEGIN"
    f" INSERT OR REPLACE INTO {TABLE} (employee_id, instansi_id, agency_id, name_upper)"
    " VALUES (NEW.id, NEW.instansi_id, NEW.agency_id, UPPER(NEW.name)); END",
    "CREATE TRIGGER people_searchname_update AFTER UPDATE ON people_employee"
    " WHEN OLD.name IS NOT NEW.name OR OLD.instansi_id IS NOT NEW.instansi_id"
    " OR OLD.agency_id IS NOT NEW.agency_id OR OLD.id IS NOT NEW.id"
    f" BEGIN DELETE FROM {TABLE} WHERE employee_id = OLD.id;"
    f" INSERT INTO {TABLE} (employee_id, instansi_id, agency_id, name_upper)"
    " VALUES (NEW.id, NEW.instansi_id, NEW.agency_id, UPPER(NEW.name)); END",
    "CREATE TRIGGER people_searchname_delete AFTER DELETE ON people_employee BEGIN"
    f" DELETE FROM {TABLE} WHERE employee_id = OLD.id; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS people_searchname_insert",
    "DROP TRIGGER IF EXISTS people_searchname_update",
    "DROP TRIGGER IF EXISTS people_searchname_delete",
]


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": POSTGRESQL, "sqlite": SQLITE}.get(vendor)
    if statements is None:
        raise RuntimeError(f"No search-name triggers for the {vendor} database")
    for statement in statements:
        schema_editor.execute(statement)
    schema_editor.execute(
        f"INSERT INTO {TABLE} (employee_id, instansi_id, agency_id, name_upper) {COPY_ROW}")
    if vendor == "postgresql":
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                schema_editor.execute(f"CREATE INDEX IF NOT EXISTS searchname_trgm_idx ON {TABLE}"
                                      " USING gin (name_upper gin_trgm_ops)")
        except DatabaseError:
            pass  # no right to create the extension: the search scans this narrow table


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"postgresql": POSTGRESQL_DROP, "sqlite": SQLITE_DROP}.get(vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ('org', '0003_position_version'),
        ('people', '0003_employee_contract_ends_on'),
        ('tenancy', '0002_instansi_version'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchName',
            fields=[
                ('employee', models.OneToOneField(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, primary_key=True, related_name='+', serialize=False, to='people.employee')),
                ('name_upper', models.CharField(max_length=120)),
                ('agency', models.ForeignKey(db_constraint=False, db_index=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='org.unit')),
                ('instansi', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='tenancy.instansi', verbose_name='government')),
            ],
            options={
                'verbose_name': "name in the directory's search",
                'default_permissions': (),
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
