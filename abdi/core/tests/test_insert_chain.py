"""insert_chain writes a row and the row that refers to it in one statement on PostgreSQL, and
leaves every other case to the caller's ordinary path."""

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.complaints.models import TrackingCounter
from abdi.core import insert_chain
from abdi.tenancy.tests.factories import InstansiFactory

pytestmark = pytest.mark.django_db
ON_POSTGRESQL = connection.vendor == "postgresql"


def _entry(gov, **over):
    values = {"instansi": gov, "actor_label": "pelapor", "ip": "10.0.0.1", "action": "create",
              "object_type": "complaints.complaint", "object_id": "-", "object_repr": "-",
              "changes": {"status": [None, "diterima"], "catatan": "<b>tanpa</b> \"kutip\""}}
    return AuditEntry(**(values | over))


# The first row's label comes from the source row; the second names the first by id and label.
CHAIN = insert_chain.Chain(
    source="SELECT %s::text AS label WHERE %s", source_params=("Laporan 7", True),
    first_from={"object_repr": "src.label"},
    second_from={"object_id": "one.id::text", "object_repr": "one.object_repr"},
    returning=("object_repr",))


def _stored():
    with scopes_disabled():
        return list(AuditEntry.objects.order_by("id").values_list("id", "object_id", "object_repr",
                                                                  "ip", "changes"))


def test_the_pair_is_one_statement_on_postgresql_and_nothing_elsewhere():
    gov = InstansiFactory()
    first, second = _entry(gov), _entry(gov, ip="")
    with CaptureQueriesContext(connection) as captured:
        row = insert_chain.insert_pair(first, second, CHAIN)
    if not ON_POSTGRESQL:  # SQLite: the caller writes the rows its ordinary way
        assert row is None
        assert first.pk is None
        assert _stored() == []
        return
    assert len(captured) == 1
    assert row == (first.pk, "Laporan 7")
    assert first.object_repr == "Laporan 7"
    assert not first._state.adding
    changes = {"status": [None, "diterima"], "catatan": "<b>tanpa</b> \"kutip\""}
    stored = _stored()
    assert [s[1:] for s in stored] == [("-", "Laporan 7", "10.0.0.1", changes),
                                       (str(first.pk), "Laporan 7", "", changes)]
    assert stored[0][0] == first.pk


def test_a_source_without_a_row_writes_nothing():
    gov = InstansiFactory()
    empty = insert_chain.Chain(source=CHAIN.source, source_params=("Laporan 7", False),
                               first_from=CHAIN.first_from, second_from=CHAIN.second_from,
                               returning=CHAIN.returning)
    assert insert_chain.insert_pair(_entry(gov), _entry(gov), empty) is None
    assert _stored() == []


def test_a_model_with_save_receivers_is_left_to_save():
    gov, heard = InstansiFactory(), []
    post_save.connect(lambda **kwargs: heard.append(kwargs["created"]), sender=AuditEntry,
                      dispatch_uid="test_insert_chain", weak=False)
    try:
        assert insert_chain.insert_pair(_entry(gov), _entry(gov), CHAIN) is None
    finally:
        post_save.disconnect(dispatch_uid="test_insert_chain", sender=AuditEntry)
    assert _stored() == []
    assert heard == []


def test_a_first_row_refused_by_a_unique_constraint_writes_neither():
    gov = InstansiFactory()
    chain = insert_chain.Chain(second_from={"object_id": "one.id::text"}, ignore_conflict=True)
    first = insert_chain.insert_pair(TrackingCounter(instansi=gov, year=2026),
                                     _entry(gov, object_repr="first"), chain)
    again = insert_chain.insert_pair(TrackingCounter(instansi=gov, year=2026),
                                     _entry(gov, object_repr="again"), chain)
    with scopes_disabled():
        counters = list(TrackingCounter.objects.filter(instansi=gov).values_list("id", flat=True))
    if not ON_POSTGRESQL:
        assert (first, again, counters, _stored()) == (None, None, [], [])
        return
    assert again is None
    assert counters == [first[0]]
    assert [(s[1], s[2]) for s in _stored()] == [(str(first[0]), "first")]


def test_only_postgresql_writes_a_pair_in_one_statement():
    gov = InstansiFactory()
    assert insert_chain.applicable(_entry(gov), _entry(gov)) is ON_POSTGRESQL
    saved = _entry(gov)
    saved.save()
    assert insert_chain.applicable(saved, _entry(gov)) is False  # not a new row
