"""core.prepared: the busiest writes are prepared once per connection on PostgreSQL, their
parameters typed by column, without cutting a value the column would refuse."""

import pytest
from django.db import DataError, connection, models, transaction
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.core import insert_chain, prepared
from abdi.tenancy.tests.factories import InstansiFactory

pytestmark = pytest.mark.django_db
ON_POSTGRESQL = connection.vendor == "postgresql"
CHAIN = insert_chain.Chain(second_from={"object_id": "one.id::text"})


def _entry(gov, **over):
    values = {"instansi": gov, "actor_label": "pelapor", "ip": "10.0.0.1", "action": "create",
              "object_type": "complaints.complaint", "object_id": "-", "object_repr": "-",
              "changes": {"status": [None, "diterima"]}}
    return AuditEntry(**(values | over))


def _prepared_chains() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [text for (text,) in cursor.fetchall() if "INTO \"audit_auditentry\"" in text]


def _repr_max() -> int:
    return AuditEntry._meta.get_field("object_repr").max_length


def test_a_placeholder_names_the_type_without_its_length():
    assert prepared.placeholder(models.CharField(max_length=80), connection) == "%s::varchar"
    decimal = prepared.placeholder(models.DecimalField(max_digits=5, decimal_places=2), connection)
    assert decimal in ("%s::numeric", "%s::decimal")  # PostgreSQL's name, SQLite's name
    assert prepared.placeholder(models.BigIntegerField(), connection) == "%s::bigint"
    assert prepared.placeholder(models.ManyToManyField("audit.AuditEntry"), connection) is None


def test_the_pair_is_prepared_once_per_connection_on_postgresql():
    gov = InstansiFactory()
    assert prepared.available(connection) is ON_POSTGRESQL
    rows = [insert_chain.insert_pair(_entry(gov, object_repr=f"r{n}"), _entry(gov), CHAIN)
            for n in range(3)]
    if not ON_POSTGRESQL:
        assert rows == [None] * 3
        return
    assert all(row is not None for row in rows)
    assert len(_prepared_chains()) == 1  # three writes, one statement prepared
    with scopes_disabled():
        assert AuditEntry.objects.filter(instansi=gov, object_repr__in=["r0", "r1", "r2"]).count() == 3


def test_a_prepared_statement_is_logged_with_its_values():
    """Query logging (CaptureQueriesContext, DEBUG) shows the statement run the second time too,
    when psycopg no longer holds its text."""
    gov = InstansiFactory()
    with CaptureQueriesContext(connection) as captured:
        for n in range(2):
            insert_chain.insert_pair(_entry(gov, object_repr=f"logged{n}"), _entry(gov), CHAIN)
    if not ON_POSTGRESQL:
        assert len(captured) == 0  # not applicable: nothing ran
        return
    assert [("logged0" in q["sql"], "logged1" in q["sql"]) for q in captured] == [
        (True, False), (False, True)]


def test_a_value_longer_than_its_column_is_refused_not_cut():
    gov = InstansiFactory()
    long = "x" * (_repr_max() + 1)
    if not ON_POSTGRESQL:
        assert insert_chain.insert_pair(_entry(gov, object_repr=long), _entry(gov), CHAIN) is None
        return
    with pytest.raises(DataError), transaction.atomic():
        insert_chain.insert_pair(_entry(gov, object_repr=long), _entry(gov), CHAIN)
    with scopes_disabled():
        assert not AuditEntry.objects.filter(instansi=gov).exists()


def test_without_a_prepare_threshold_the_pair_is_bound_on_the_client():
    """ABDI_DB_PREPARED=0 (a pooler that cannot keep prepared statements): still one statement,
    nothing prepared."""
    gov = InstansiFactory()
    if not ON_POSTGRESQL:
        assert prepared.available(connection) is False
        return
    connection.ensure_connection()
    raw = connection.connection
    kept = raw.prepare_threshold
    raw.prepare_threshold = None
    try:
        assert prepared.available(connection) is False
        before = _prepared_chains()
        # Another chain (no RETURNING of the label), so its text cannot have been prepared before.
        chain = insert_chain.Chain(second_from={"object_id": "one.id::text",
                                                "object_repr": "one.object_repr"},
                                   returning=("object_repr",))
        row = insert_chain.insert_pair(_entry(gov, object_repr="client"), _entry(gov), chain)
    finally:
        raw.prepare_threshold = kept
    assert row is not None
    assert row[1] == "client"
    assert _prepared_chains() == before
