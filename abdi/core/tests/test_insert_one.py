"""insert_one writes exactly what Model.save() would, with its statement built once."""

import pytest
from django.db.models import Value
from django.db.models.functions import Upper
from django.db.models.signals import post_save
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.complaints.models import TrackingCounter
from abdi.core import insert_one
from abdi.tenancy.tests.factories import InstansiFactory

pytestmark = pytest.mark.django_db


def _entry(gov, **over):
    values = {"instansi": gov, "actor_label": "pelapor", "ip": "10.0.0.1", "action": "create",
              "object_type": "complaints.complaint", "object_id": "7", "object_repr": "Laporan",
              "changes": {"status": [None, "diterima"], "catatan": "<b>tanpa</b> \"kutip\""}}
    return AuditEntry(**(values | over))


def test_the_row_reads_back_as_save_would_have_written_it():
    gov = InstansiFactory()
    entry = insert_one.insert(_entry(gov))
    assert entry.pk is not None
    assert not entry._state.adding
    assert entry.at is not None  # auto_now_add ran, as in save()
    with scopes_disabled():
        stored = AuditEntry.objects.get(pk=entry.pk)
    assert (stored.instansi_id, stored.ip, stored.changes) == (gov.pk, "10.0.0.1", entry.changes)
    assert stored.at == entry.at


def test_the_statement_is_built_once_per_model():
    gov = InstansiFactory()
    insert_one._statements.clear()
    first, second = insert_one.insert(_entry(gov)), insert_one.insert(_entry(gov, object_id="8"))
    assert len(insert_one._statements) == 1
    assert second.pk != first.pk


def test_a_model_with_save_receivers_goes_through_save():
    gov, heard = InstansiFactory(), []

    def receiver(sender, instance, created, **kwargs):
        heard.append((instance.object_id, created))

    post_save.connect(receiver, sender=AuditEntry, dispatch_uid="test_insert_one")
    try:
        insert_one.insert(_entry(gov, object_id="9"))
    finally:
        post_save.disconnect(dispatch_uid="test_insert_one", sender=AuditEntry)
    assert heard == [("9", True)]


def test_an_sql_expression_value_goes_through_save():
    gov = InstansiFactory()
    entry = insert_one.insert(_entry(gov, object_repr=Upper(Value("laporan warga"))))
    with scopes_disabled():
        assert AuditEntry.objects.get(pk=entry.pk).object_repr == "LAPORAN WARGA"


def test_a_row_a_unique_constraint_refuses_is_not_written_and_the_transaction_goes_on():
    gov = InstansiFactory()
    first = insert_one.insert(TrackingCounter(instansi=gov, year=2026, last=3), ignore_conflict=True)
    second = insert_one.insert(TrackingCounter(instansi=gov, year=2026, last=9), ignore_conflict=True)
    assert first.pk is not None
    assert second is None
    with scopes_disabled():  # still usable: on PostgreSQL an error would have aborted it
        assert list(TrackingCounter.objects.filter(instansi=gov).values_list("last", flat=True)) == [3]
