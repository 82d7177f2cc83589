"""A GIN full-text index over a solution's title and searchable text, on PostgreSQL only
(SQLite searches with icontains). The expression is the one abdi.knowledge.queries ranks with."""

from django.db import migrations

INDEX = "knowledge_solution_fts_idx"
CREATE = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON knowledge_solution USING gin (("
    "setweight(to_tsvector('simple'::regconfig, COALESCE(title, '')), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, COALESCE(search_text, '')), 'B')))"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
