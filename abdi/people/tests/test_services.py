"""Writing employees: validation, conflicts, permissions, history and the audit entry.

Every refused call must leave the database exactly as it was.
"""

import datetime
from unittest import mock

import pytest
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org.tests.factories import PositionFactory
from abdi.people import services
from abdi.people.models import Employee, PositionHistory, RankHistory
from abdi.people.tests.factories import make_nip
from abdi.tenancy.scoping import within

IP = "203.0.113.9"
BIRTH = datetime.date(1970, 5, 15)
TMT = datetime.date(1996, 3, 1)


def _actor(world, persona="hr_admin"):
    return Actor.for_user(getattr(world.users, persona), ip=IP)


def _values(world, **overrides):
    values = {
        "nip": make_nip(BIRTH, TMT, "P", serial=7), "name": "Siti Rahmawati",
        "birth_date": BIRTH, "gender": "P", "kind": "PNS", "grade": "III/c",
        "tmt_cpns": TMT, "unit": world.unit, "position": world.peer.position,
        "status": "aktif",
    }
    return values | overrides


def _state():
    """Everything a refused write must leave untouched."""
    with scopes_disabled():
        return (
            list(Employee.objects.order_by("pk").values()),
            RankHistory.objects.count(), PositionHistory.objects.count(),
            AuditEntry.objects.count(),
        )


def _fresh(employee):
    with scopes_disabled():
        return Employee.objects.select_related("unit", "position").get(pk=employee.pk)


# --- create ------------------------------------------------------------------------------


def test_create_employee_saves_history_and_audit_with_ip(world):
    with within(world.gov):
        employee, _warnings = services.create_employee(
            actor=_actor(world), instansi_id=world.gov.pk, values=_values(world))
        assert employee.agency_id == world.agency.pk
        assert employee.job_kind == "PELAKSANA"
        assert [r.grade for r in employee.rank_history.all()] == ["III/c"]
        assert [p.unit_name for p in employee.position_history.all()] == [world.unit.name]
        (entry,) = AuditEntry.objects.all()
    assert (entry.action, entry.object_type, entry.object_id) == (
        "create", "people.employee", str(employee.pk))
    assert entry.ip == IP
    assert entry.actor_id == world.users.hr_admin.pk
    assert (entry.employee_id, entry.unit_id, entry.agency_id) == (
        employee.pk, world.unit.pk, world.agency.pk)
    assert entry.changes["nip"] == [None, employee.nip]
    assert entry.changes["grade"] == [None, "III/c"]


@pytest.mark.parametrize(("nip", "reason"), [
    ("19700515199603200", "exactly 18 digits"),
    ("1970051519960320O7", "digits only"),
    ("197013151996032007", "Birth month 13"),
    ("197005151996033007", "position 15 must be 1 (male) or 2 (female)"),
    ("197005151996032000", "Serial number 000"),
    ("197005161996032007", "differs from the recorded birth date"),
    ("197005151996031007", "does not match the recorded sex"),
])
def test_bad_nip_is_refused_with_the_reason_and_nothing_is_saved(world, nip, reason):
    before = _state()
    with within(world.gov), pytest.raises(DomainError) as refused:
        services.create_employee(actor=_actor(world), instansi_id=world.gov.pk,
                                 values=_values(world, nip=nip))
    assert reason in str(refused.value.message)
    assert "nip" in refused.value.errors
    assert _state() == before


def test_missing_fields_are_named(world):
    with within(world.gov), pytest.raises(DomainError) as refused:
        services.create_employee(actor=_actor(world), instansi_id=world.gov.pk,
                                 values=_values(world, name="", birth_date=None))
    assert {"name", "birth_date"} <= set(refused.value.errors)


def test_duplicate_nip_is_a_conflict(world):
    before = _state()
    with within(world.gov), pytest.raises(Conflict):
        services.create_employee(
            actor=_actor(world), instansi_id=world.gov.pk,
            values=_values(world, nip=world.own.nip, birth_date=world.own.birth_date,
                           gender=world.own.gender, tmt_cpns=world.own.tmt_cpns))
    assert _state() == before


def test_same_nip_in_another_government_is_not_a_duplicate(world):
    """NIPs are unique per government (a transferred ASN is re-registered by the new one)."""
    with scopes_disabled():
        foreign = world.other_gov_employee
    with within(world.gov):
        employee, _w = services.create_employee(
            actor=_actor(world), instansi_id=world.gov.pk,
            values=_values(world, nip=foreign.nip, birth_date=foreign.birth_date,
                           gender=foreign.gender, tmt_cpns=foreign.tmt_cpns))
    assert employee.nip == foreign.nip


@pytest.mark.parametrize("persona", ["own", "supervisor", "leader", "other_unit", "agency_admin"])
def test_denied_actors_cannot_create(world, persona):
    before = _state()
    # The agency admin of Dinas Pendidikan may not add staff to Dinas Kesehatan.
    values = _values(world, unit=world.other_agency, position=world.other_unit.position)
    with within(world.gov), pytest.raises(Forbidden):
        services.create_employee(actor=_actor(world, persona), instansi_id=world.gov.pk,
                                 values=values)
    assert _state() == before


def test_agency_admin_creates_in_their_agency(world):
    with within(world.gov):
        employee, _w = services.create_employee(actor=_actor(world, "agency_admin"),
                                                instansi_id=world.gov.pk, values=_values(world))
    assert employee.agency_id == world.agency.pk


@pytest.mark.parametrize(("kind", "level", "age", "retires"), [
    ("FUNGSIONAL", "AHLI_MADYA", 60, datetime.date(2030, 6, 1)),
    ("FUNGSIONAL", "AHLI_UTAMA", 65, datetime.date(2035, 6, 1)),
    ("FUNGSIONAL", "AHLI_MUDA", 58, datetime.date(2028, 6, 1)),
    ("PELAKSANA", "", 58, datetime.date(2028, 6, 1)),
    ("ADMINISTRATOR", "", 58, datetime.date(2028, 6, 1)),
    ("JPT", "PRATAMA", 60, datetime.date(2030, 6, 1)),
])
def test_retirement_date_follows_the_jabatan(world, kind, level, age, retires):
    """Born 15 May 1970: BUP reached on 15 May of 1970 + age, pension from the 1st of June."""
    with scopes_disabled():
        position = PositionFactory(unit=world.unit, kind=kind, level=level, kelas_jabatan=9)
    with within(world.gov):
        employee, _w = services.create_employee(
            actor=_actor(world), instansi_id=world.gov.pk,
            values=_values(world, position=position))
    assert employee.retirement_date == retires
    assert employee.retirement_date.year - BIRTH.year == age


def test_retirement_date_moves_when_the_jabatan_changes(world):
    with scopes_disabled():
        madya = PositionFactory(unit=world.unit, kind="FUNGSIONAL", level="AHLI_MADYA",
                                kelas_jabatan=11)
    with within(world.gov):
        employee, _w = services.create_employee(actor=_actor(world), instansi_id=world.gov.pk,
                                                values=_values(world))
        assert employee.retirement_date == datetime.date(2028, 6, 1)  # pelaksana: 58
        employee, _w = services.update_employee(actor=_actor(world), employee=employee,
                                                expected_version=employee.version,
                                                values={"position": madya})
    assert employee.retirement_date == datetime.date(2030, 6, 1)  # JF Ahli Madya: 60


# --- update ------------------------------------------------------------------------------


def test_update_records_before_and_after_and_bumps_the_version(world):
    employee = _fresh(world.own)
    with within(world.gov):
        updated, _w = services.update_employee(
            actor=_actor(world), employee=employee, expected_version=employee.version,
            values={"name": "Pegawai Sendiri Baru", "phone": "0811223344"})
        (entry,) = AuditEntry.objects.all()
    assert updated.version == employee.version + 1
    assert entry.action == "update"
    assert entry.ip == IP
    assert entry.changes == {"name": ["Pegawai Sendiri", "Pegawai Sendiri Baru"],
                             "phone": ["", "0811223344"]}


def test_stale_version_is_a_conflict_and_changes_nothing(world):
    employee = _fresh(world.own)
    with within(world.gov):
        services.update_employee(actor=_actor(world), employee=employee,
                                 expected_version=employee.version, values={"phone": "0811"})
    before = _state()
    with within(world.gov), pytest.raises(Conflict):
        services.update_employee(actor=_actor(world), employee=employee,
                                 expected_version=employee.version, values={"name": "Lama"})
    assert _state() == before


def test_update_refuses_a_bad_nip_and_changes_nothing(world):
    employee = _fresh(world.own)
    before = _state()
    with within(world.gov), pytest.raises(DomainError) as refused:
        services.update_employee(actor=_actor(world), employee=employee,
                                 expected_version=employee.version, values={"nip": "123"})
    assert "18 digits" in refused.value.message
    assert _state() == before


def test_update_to_an_existing_nip_is_a_conflict(world):
    employee = _fresh(world.peer)
    own = _fresh(world.own)
    before = _state()
    with within(world.gov), pytest.raises(Conflict):
        services.update_employee(
            actor=_actor(world), employee=employee, expected_version=employee.version,
            values={"nip": own.nip, "birth_date": own.birth_date, "gender": own.gender,
                    "tmt_cpns": own.tmt_cpns})
    assert _state() == before


@pytest.mark.parametrize(("persona", "values"), [
    ("own", {"grade": "IV/a"}),               # own master data: no
    ("own", {"phone": "0811", "status": "pensiun"}),
    ("supervisor", {"phone": "0811"}),        # a subordinate's contact: no
    ("leader", {"name": "X"}),                # read-only across the government
    ("other_unit", {"phone": "0811"}),
])
def test_denied_updates_raise_forbidden_and_change_nothing(world, persona, values):
    employee = _fresh(world.own)
    before = _state()
    with within(world.gov), pytest.raises(Forbidden):
        services.update_employee(actor=_actor(world, persona), employee=employee,
                                 expected_version=employee.version, values=values)
    assert _state() == before


def test_agency_admin_cannot_move_staff_to_another_agency(world):
    employee = _fresh(world.own)
    before = _state()
    with within(world.gov), pytest.raises(Forbidden):
        services.update_employee(actor=_actor(world, "agency_admin"), employee=employee,
                                 expected_version=employee.version,
                                 values={"unit": world.other_agency,
                                         "position": world.other_unit.position})
    assert _state() == before


def test_employee_updates_own_contact(world):
    employee = _fresh(world.own)
    with within(world.gov):
        updated, _w = services.update_employee(actor=_actor(world, "own"), employee=employee,
                                               expected_version=employee.version,
                                               values={"phone": "0812", "email": "a@b.id"})
        (entry,) = AuditEntry.objects.all()
    assert (updated.phone, updated.email) == ("0812", "a@b.id")
    assert entry.actor_id == world.users.own.pk


def test_grade_and_position_changes_open_history_entries(world):
    employee = _fresh(world.own)
    with scopes_disabled():
        new_position = PositionFactory(unit=world.sibling_unit, name="Analis PAUD")
    with within(world.gov):
        services.update_employee(
            actor=_actor(world), employee=employee, expected_version=employee.version,
            values={"grade": "III/b", "tmt_grade": datetime.date(2024, 4, 1),
                    "unit": world.sibling_unit, "position": new_position},
            reason="mutasi")
        ranks = list(RankHistory.objects.filter(employee=employee).values_list("grade", "tmt"))
        positions = list(PositionHistory.objects.filter(employee=employee)
                         .values_list("position_name", "unit_name", "reason"))
    assert ranks == [("III/b", datetime.date(2024, 4, 1))]
    assert positions == [("Analis PAUD", "Bidang PAUD", "mutasi")]


def test_an_unchanged_save_writes_no_history_and_no_audit(world):
    employee = _fresh(world.own)
    with within(world.gov):
        services.update_employee(actor=_actor(world), employee=employee,
                                 expected_version=employee.version,
                                 values={"name": employee.name})
        assert RankHistory.objects.count() == 0
        assert PositionHistory.objects.count() == 0
        assert AuditEntry.objects.count() == 0


def test_audit_is_part_of_the_transaction(world):
    """If the audit entry cannot be written, the change itself is not kept."""
    employee = _fresh(world.own)
    before = _state()
    with within(world.gov), mock.patch("abdi.people.services.record",
                                       side_effect=RuntimeError("audit down")), \
            pytest.raises(RuntimeError):
        services.update_employee(actor=_actor(world), employee=employee,
                                 expected_version=employee.version, values={"name": "Baru"})
    with within(world.gov), mock.patch("abdi.people.services.record",
                                       side_effect=RuntimeError("audit down")), \
            pytest.raises(RuntimeError):
        services.create_employee(actor=_actor(world), instansi_id=world.gov.pk,
                                 values=_values(world))
    assert _state() == before
