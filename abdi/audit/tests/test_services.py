"""The audit trail is complete: every write service of org and people records an entry in
its own transaction, and a write that fails leaves none.

The list of write services is discovered from the modules, so a new service without a case
here fails the suite until someone shows that it is audited.
"""

import datetime
import inspect
from types import SimpleNamespace
from unittest import mock

import pytest
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.audit import services as audit_services
from abdi.audit.models import AuditEntry
from abdi.core.errors import DomainError
from abdi.org import services as org_services
from abdi.org.models import ActingAssignment, Position, Unit
from abdi.org.tests.factories import HeadPositionFactory, UnitFactory
from abdi.people import services as people_services
from abdi.people.models import Employee, RankHistory
from abdi.people.tests.factories import make_nip
from abdi.tenancy.scoping import within

IP = "198.51.100.23"
TODAY = datetime.date(2025, 6, 2)


def _actors(world):
    return SimpleNamespace(admin=Actor.for_user(world.users.hr_admin, ip=IP),
                           denied=Actor.for_user(world.users.own, ip=IP))


def _fresh(model, obj):
    return model.objects.get(pk=obj.pk)


def _new_employee_values(world):
    birth, tmt = datetime.date(1988, 2, 3), datetime.date(2012, 1, 1)
    return {"nip": make_nip(birth, tmt, "L", serial=41), "name": "Budi Santoso",
            "birth_date": birth, "gender": "L", "kind": "PNS", "grade": "III/a",
            "tmt_cpns": tmt, "unit": world.unit, "position": world.peer.position}


def _acting(world):
    """The one acting assignment the end_acting cases work on (made once per test)."""
    assignment, _created = ActingAssignment.objects.get_or_create(
        instansi=world.gov, kind="plt", position=world.supervisor.position, employee=world.peer,
        start=TODAY, end=TODAY + datetime.timedelta(days=30))
    return assignment


# name -> (object type audited, call(world, actor) for a write that succeeds)
WRITES = {
    "abdi.org.services.create_unit": ("org.unit", lambda w, a: org_services.create_unit(
        actor=a, instansi_id=w.gov.pk, parent=w.agency, kind=Unit.Kind.BIDANG,
        name="Bidang Baru", code="DISDIK-BARU")),
    "abdi.org.services.update_unit": ("org.unit", lambda w, a: org_services.update_unit(
        actor=a, unit=_fresh(Unit, w.unit), expected_version=_fresh(Unit, w.unit).version,
        name="Bidang Pembinaan Sekolah Dasar")),
    "abdi.org.services.create_position": ("org.position", lambda w, a: org_services.create_position(
        actor=a, unit=w.unit, name="Analis Kurikulum", kind="PELAKSANA", kelas_jabatan=7)),
    "abdi.org.services.update_position": ("org.position", lambda w, a: org_services.update_position(
        actor=a, position=_fresh(Position, w.peer.position), kelas_jabatan=8)),
    "abdi.org.services.assign_acting": ("org.actingassignment", lambda w, a: org_services.assign_acting(
        actor=a, position=w.supervisor.position, employee=w.peer, kind="plt", start=TODAY,
        end=TODAY + datetime.timedelta(days=30))),
    "abdi.org.services.end_acting": ("org.actingassignment", lambda w, a: org_services.end_acting(
        actor=a, assignment=_acting(w), end=TODAY + datetime.timedelta(days=5))),
    "abdi.people.services.create_employee": ("people.employee", lambda w, a: people_services.create_employee(
        actor=a, instansi_id=w.gov.pk, values=_new_employee_values(w))),
    "abdi.people.services.update_employee": ("people.employee", lambda w, a: people_services.update_employee(
        actor=a, employee=_fresh(Employee, w.own), expected_version=_fresh(Employee, w.own).version,
        values={"grade": "III/b"})),
    "abdi.people.services.add_rank_history": (
        "people.rankhistory", lambda w, a: people_services.add_rank_history(
            actor=a, employee=_fresh(Employee, w.own), grade="III/b", tmt=TODAY,
            sk_number="823/1/2025")),
}

WORKS_ON_ACTING = {"abdi.org.services.end_acting"}

# Inputs that each service must refuse (after its permission check passed).
INVALID = {
    "abdi.org.services.create_unit": lambda w, a: org_services.create_unit(
        actor=a, instansi_id=w.gov.pk, parent=w.agency, kind=Unit.Kind.BIDANG, name="Dup",
        code=w.unit.code),
    "abdi.org.services.update_unit": lambda w, a: org_services.update_unit(
        actor=a, unit=_fresh(Unit, w.unit), expected_version=999, name="Stale"),
    "abdi.org.services.create_position": lambda w, a: org_services.create_position(
        actor=a, unit=w.unit, name="Salah", kind="FUNGSIONAL", kelas_jabatan=7),
    "abdi.org.services.update_position": lambda w, a: org_services.update_position(
        actor=a, position=_fresh(Position, w.peer.position), kelas_jabatan=99),
    "abdi.org.services.assign_acting": lambda w, a: org_services.assign_acting(
        actor=a, position=w.supervisor.position, employee=w.peer, kind="plt", start=TODAY,
        end=TODAY - datetime.timedelta(days=1)),
    "abdi.org.services.end_acting": lambda w, a: org_services.end_acting(
        actor=a, assignment=_acting(w), end=TODAY - datetime.timedelta(days=5)),
    "abdi.people.services.create_employee": lambda w, a: people_services.create_employee(
        actor=a, instansi_id=w.gov.pk, values=_new_employee_values(w) | {"nip": "123"}),
    "abdi.people.services.update_employee": lambda w, a: people_services.update_employee(
        actor=a, employee=_fresh(Employee, w.own), expected_version=999, values={"name": "X"}),
}


def _discovered_write_services() -> set[str]:
    """Public functions of the service modules that take an `actor`: the writes."""
    found = set()
    for module in (org_services, people_services):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            if "actor" in inspect.signature(function).parameters:
                found.add(f"{module.__name__}.{name}")
    return found


def _audit_count() -> int:
    with scopes_disabled():
        return AuditEntry.objects.count()


def test_every_write_service_has_an_audit_case():
    discovered = _discovered_write_services()
    missing = discovered - set(WRITES)
    assert not missing, f"write services without an audit test case: {sorted(missing)}"
    assert set(WRITES) <= discovered, "a case names a service that no longer exists"


@pytest.mark.parametrize("name", sorted(WRITES))
def test_write_service_records_who_what_and_where(world, name):
    object_type, call = WRITES[name]
    actors = _actors(world)
    with within(world.gov):
        before = set(AuditEntry.objects.values_list("pk", flat=True))
        call(world, actors.admin)
        new = list(AuditEntry.objects.exclude(pk__in=before))
    assert [e.object_type for e in new] == [object_type]
    (entry,) = new
    assert entry.actor_id == world.users.hr_admin.pk
    assert entry.actor_label == world.users.hr_admin.display_name
    assert entry.ip == IP
    assert entry.instansi_id == world.gov.pk
    assert entry.changes  # values before and after
    assert entry.agency_id is not None


@pytest.mark.parametrize("name", sorted(WRITES))
def test_refused_write_leaves_no_audit_entry(world, name):
    _object_type, call = WRITES[name]
    actors = _actors(world)
    with within(world.gov):
        if name in WORKS_ON_ACTING:
            _acting(world)  # exists before the refused call, so only the call could add entries
        before = _audit_count()
        with pytest.raises(DomainError):
            call(world, actors.denied)
    assert _audit_count() == before


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_write_leaves_no_audit_entry(world, name):
    actors = _actors(world)
    with within(world.gov):
        before = _audit_count()
        with pytest.raises(DomainError):
            INVALID[name](world, actors.admin)
    assert _audit_count() == before


@pytest.mark.parametrize("name", sorted(WRITES))
def test_audit_entry_and_change_commit_together(world, name):
    """A failure after the entry was written rolls back the entry and the change with it."""
    _object_type, call = WRITES[name]
    module = name.rsplit(".", 1)[0]
    real_record = audit_services.record

    def record_then_fail(**kwargs):
        real_record(**kwargs)
        raise RuntimeError("the database went away after the audit entry")

    admin = _actors(world).admin
    with within(world.gov):
        if name in WORKS_ON_ACTING:
            _acting(world)  # made before the snapshot: the call works on it
        snapshot = _database_state()
        with mock.patch(f"{module}.record", side_effect=record_then_fail), \
                pytest.raises(RuntimeError):
            call(world, admin)
        assert _database_state() == snapshot


def _database_state():
    return (
        list(AuditEntry.objects.values_list("pk", flat=True)),
        list(Unit.objects.order_by("pk").values()),
        list(Position.objects.order_by("pk").values()),
        list(ActingAssignment.objects.order_by("pk").values()),
        list(Employee.objects.order_by("pk").values()),
        list(RankHistory.objects.order_by("pk").values()),
    )


def test_record_skips_an_update_that_changed_nothing(world):
    actor = _actors(world).admin
    with within(world.gov):
        unit = UnitFactory(parent=world.agency)
        entry = audit_services.record(actor=actor, action=AuditEntry.Action.UPDATE, obj=unit,
                                      before={"name": "A"}, after={"name": "A"})
        assert entry is None
        assert AuditEntry.objects.count() == 0


def test_snapshot_is_json_safe(world):
    with scopes_disabled():
        position = HeadPositionFactory(unit=world.sibling_unit)
        data = audit_services.snapshot(position, ["unit", "name", "kelas_jabatan"])
    assert data == {"unit": world.sibling_unit.pk, "name": position.name, "kelas_jabatan": 11}
