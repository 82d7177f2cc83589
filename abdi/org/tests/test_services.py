import datetime

import pytest

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org import queries, services
from abdi.org.models import ActingAssignment, Position, Unit
from abdi.org.tests.factories import HeadPositionFactory, UnitFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within

DAY = datetime.date(2026, 11, 23)


@pytest.fixture
def scoped(world):
    with within(world.gov):
        yield world


def _actor(user) -> Actor:
    return Actor.for_user(user, ip="10.0.0.1")


# --- Units -------------------------------------------------------------------------------


def test_create_unit_computes_path_depth_and_agency(scoped):
    world = scoped
    actor = _actor(world.users.hr_admin)
    agency = services.create_unit(actor=actor, instansi_id=world.gov.pk, parent=None,
                                  kind="badan", name="Badan Keuangan Daerah", code="BKD")
    bidang = services.create_unit(actor=actor, instansi_id=world.gov.pk, parent=agency,
                                  kind="bidang", name="Bidang Anggaran", code="BKD-ANG")
    seksi = services.create_unit(actor=actor, instansi_id=world.gov.pk, parent=bidang,
                                 kind="seksi", name="Seksi Belanja", code="BKD-ANG-1")
    assert (agency.path, agency.depth, agency.agency_id) == (f"/{agency.pk}/", 0, agency.pk)
    assert bidang.path == f"/{agency.pk}/{bidang.pk}/"
    assert bidang.depth == 1
    assert seksi.path == f"/{agency.pk}/{bidang.pk}/{seksi.pk}/"
    assert seksi.depth == 2
    assert seksi.agency_id == agency.pk
    entry = AuditEntry.objects.get(object_type="org.unit", object_id=str(seksi.pk))
    assert entry.action == "create"
    assert entry.ip == "10.0.0.1"
    assert entry.agency_id == agency.pk
    assert entry.changes["code"] == [None, "BKD-ANG-1"]
    assert [u.pk for u in queries.ancestors(seksi)] == [agency.pk, bidang.pk]


def test_agency_admin_cannot_touch_another_agency(scoped):
    world = scoped
    actor = _actor(world.users.agency_admin)
    with pytest.raises(Forbidden):
        services.create_unit(actor=actor, instansi_id=world.gov.pk, parent=world.other_agency,
                             kind="seksi", name="Seksi X", code="X-1")
    with pytest.raises(Forbidden):
        services.update_unit(actor=actor, unit=world.other_agency, expected_version=1,
                             name="Renamed")
    with pytest.raises(Forbidden):
        services.create_position(actor=actor, unit=world.other_agency, name="Staf",
                                 kind="PELAKSANA", kelas_jabatan=5)
    with pytest.raises(Forbidden):
        services.create_unit(actor=actor, instansi_id=world.gov.pk, parent=None, kind="dinas",
                             name="Dinas Baru", code="NEW")
    assert not Unit.objects.filter(code__in=["X-1", "NEW"]).exists()
    assert Unit.objects.get(pk=world.other_agency.pk).name == "Dinas Kesehatan"
    # Inside the own agency everything is allowed.
    unit = services.create_unit(actor=actor, instansi_id=world.gov.pk, parent=world.unit,
                                kind="seksi", name="Seksi SD Negeri", code="SD-N")
    assert unit.agency_id == world.agency.pk


def test_plain_employee_and_leader_cannot_change_the_organisation(scoped):
    world = scoped
    for user in (world.users.own, world.users.leader, world.users.supervisor):
        with pytest.raises(Forbidden):
            services.update_unit(actor=_actor(user), unit=world.unit, expected_version=1,
                                 name="Renamed")
    assert Unit.objects.get(pk=world.unit.pk).name == "Bidang Pembinaan SD"


def test_update_unit_checks_version_and_code(scoped):
    world = scoped
    actor = _actor(world.users.hr_admin)
    updated = services.update_unit(actor=actor, unit=world.unit, expected_version=1,
                                   name="Bidang SD")
    assert updated.version == 2
    with pytest.raises(Conflict):
        services.update_unit(actor=actor, unit=world.unit, expected_version=1, name="Stale")
    with pytest.raises(Conflict):
        services.update_unit(actor=actor, unit=world.unit, expected_version=2,
                             code="DISDIK-PAUD")
    with pytest.raises(DomainError):
        services.update_unit(actor=actor, unit=world.unit, expected_version=2,
                             parent=world.other_agency)
    unit = Unit.objects.get(pk=world.unit.pk)
    assert (unit.name, unit.code, unit.version) == ("Bidang SD", "DISDIK-SD", 2)


def test_duplicate_code_is_a_conflict(scoped):
    world = scoped
    with pytest.raises(Conflict) as caught:
        services.create_unit(actor=_actor(world.users.hr_admin), instansi_id=world.gov.pk,
                             parent=world.agency, kind="bidang", name="Lagi", code="DISDIK-SD")
    assert caught.value.field == "code"


# --- Positions -----------------------------------------------------------------------------


@pytest.mark.parametrize(("fields", "field"), [
    ({"kind": "FUNGSIONAL", "level": "AHLI_MUDA", "kelas_jabatan": 18}, "kelas_jabatan"),
    ({"kind": "FUNGSIONAL", "level": "AHLI_MUDA", "kelas_jabatan": 0}, "kelas_jabatan"),
    ({"kind": "FUNGSIONAL", "level": "", "kelas_jabatan": 9}, "level"),
    ({"kind": "FUNGSIONAL", "level": "MADYA", "kelas_jabatan": 9}, "level"),
    ({"kind": "JPT", "level": "AHLI_UTAMA", "kelas_jabatan": 14}, "level"),
    ({"kind": "ADMINISTRATOR", "level": "PRATAMA", "kelas_jabatan": 12}, "level"),
    ({"kind": "PENGAWAS", "level": "", "kelas_jabatan": 9, "retirement_age_override": 60},
     "retirement_age_override"),
    ({"kind": "FUNGSIONAL", "level": "AHLI_MUDA", "kelas_jabatan": 9,
      "pelaksana_group": "klerek"}, "pelaksana_group"),
    ({"kind": "NOT_A_KIND", "level": "", "kelas_jabatan": 9}, "kind"),
])
def test_position_rules_are_checked(scoped, fields, field):
    world = scoped
    before = Position.objects.count()
    with pytest.raises(DomainError) as caught:
        services.create_position(actor=_actor(world.users.hr_admin), unit=world.unit,
                                 name="Analis", **fields)
    assert caught.value.field == field
    assert Position.objects.count() == before


def test_position_levels_are_normalised_and_law_age_kept_for_jf(scoped):
    world = scoped
    actor = _actor(world.users.hr_admin)
    guru = services.create_position(actor=actor, unit=world.unit, name="Guru Ahli Muda",
                                    kind="FUNGSIONAL", level="AHLI_MUDA", kelas_jabatan=9,
                                    retirement_age_override=60)
    assert (guru.level, guru.retirement_age_override) == ("AHLI_MUDA", 60)
    kasi = services.create_position(actor=actor, unit=world.sibling_unit, name="Kepala Bidang",
                                    kind="ADMINISTRATOR", level="", kelas_jabatan=11, is_head=True)
    assert kasi.level == ""
    assert kasi.is_head
    with pytest.raises(Conflict):
        services.create_position(actor=actor, unit=world.sibling_unit, name="Kepala Lagi",
                                 kind="ADMINISTRATOR", level="", kelas_jabatan=11, is_head=True)
    with pytest.raises(DomainError):
        services.update_position(actor=actor, position=guru, kind="PELAKSANA")
    assert Position.objects.get(pk=guru.pk).kind == "FUNGSIONAL"


# --- Acting officials --------------------------------------------------------------------


def test_overlapping_plt_is_refused(scoped):
    world = scoped
    actor = _actor(world.users.agency_admin)
    head = world.supervisor.position
    services.assign_acting(actor=actor, position=head, employee=world.peer, kind="plt",
                           start=DAY, end=DAY + datetime.timedelta(days=30))
    with pytest.raises(Conflict):
        services.assign_acting(actor=actor, position=head, employee=world.sibling, kind="plh",
                               start=DAY + datetime.timedelta(days=30),
                               end=DAY + datetime.timedelta(days=31))
    after = services.assign_acting(actor=actor, position=head, employee=world.sibling,
                                   kind="plh", start=DAY + datetime.timedelta(days=31),
                                   end=DAY + datetime.timedelta(days=32))
    assert ActingAssignment.objects.filter(position=head).count() == 2
    first = ActingAssignment.objects.exclude(pk=after.pk).get()
    with pytest.raises(Conflict):  # extending into the next assignment
        services.end_acting(actor=actor, assignment=first, end=DAY + datetime.timedelta(days=31))
    ended = services.end_acting(actor=actor, assignment=first, end=DAY + datetime.timedelta(days=3))
    assert ended.end == DAY + datetime.timedelta(days=3)
    with pytest.raises(DomainError):
        services.end_acting(actor=actor, assignment=first, end=DAY - datetime.timedelta(days=1))


def test_only_head_positions_take_a_plt(scoped):
    world = scoped
    with pytest.raises(DomainError) as caught:
        services.assign_acting(actor=_actor(world.users.hr_admin), position=world.own.position,
                               employee=world.peer, kind="plt", start=DAY, end=DAY)
    assert caught.value.field == "position"
    assert not ActingAssignment.objects.exists()


def test_acting_refuses_bad_dates_the_holder_and_other_agencies(scoped):
    world = scoped
    head = world.supervisor.position
    hr = _actor(world.users.hr_admin)
    with pytest.raises(DomainError):
        services.assign_acting(actor=hr, position=head, employee=world.peer, kind="plt",
                               start=DAY, end=DAY - datetime.timedelta(days=1))
    with pytest.raises(DomainError):
        services.assign_acting(actor=hr, position=head, employee=world.supervisor, kind="plt",
                               start=DAY, end=DAY)
    other_head = HeadPositionFactory(unit=world.other_agency)
    with pytest.raises(Forbidden):
        services.assign_acting(actor=_actor(world.users.agency_admin), position=other_head,
                               employee=world.peer, kind="plt", start=DAY, end=DAY)
    assert not ActingAssignment.objects.exists()


def test_assign_acting_is_audited_and_changes_the_chain_of_command(scoped):
    world = scoped
    services.assign_acting(actor=_actor(world.users.hr_admin), position=world.supervisor.position,
                           employee=world.peer, kind="plt", start=DAY, end=DAY,
                           sk_number=" 800/12 ")
    entry = AuditEntry.objects.get(object_type="org.actingassignment")
    assert entry.employee_id == world.peer.pk
    assert entry.unit_id == world.unit.pk
    assert entry.changes["sk_number"] == [None, "800/12"]
    assert queries.supervisor_of(world.own, on=DAY) == world.peer


# --- Read models ----------------------------------------------------------------------------


def test_heads_of_units_reads_all_heads_in_two_queries(scoped, django_assert_num_queries):
    world = scoped
    units = [UnitFactory(parent=world.agency) for _ in range(6)]
    for unit in units[:4]:
        EmployeeFactory(position=HeadPositionFactory(unit=unit))
    vacant = HeadPositionFactory(unit=units[4], name="Kepala Seksi Kosong")
    ActingAssignment.objects.create(instansi=world.gov, kind="plt", position=vacant,
                                    employee=world.peer, start=DAY, end=DAY)
    ids = [u.pk for u in units]
    with django_assert_num_queries(2):
        heads = queries.heads_of_units(ids, on=DAY)
    assert set(heads) == set(ids[:5])  # the last unit has no head position
    assert heads[ids[4]].is_acting
    assert heads[ids[4]].acting_name == world.peer.name
    assert all(not heads[i].is_vacant for i in ids[:4])
    later = queries.heads_of_units(ids, on=DAY + datetime.timedelta(days=1))
    assert later[ids[4]].is_vacant
    assert later[ids[4]].position_name == "Kepala Seksi Kosong"


def test_chart_children_counts_staff_and_sub_units(scoped):
    world = scoped
    UnitFactory(parent=world.unit)
    EmployeeFactory(position=world.own.position, status="pensiun")  # not serving
    rows = {u.pk: u for u in queries.chart_children(world.agency.pk)}
    assert rows[world.unit.pk].staff == 3
    assert rows[world.unit.pk].child_count == 1
    assert rows[world.sibling_unit.pk].staff == 1
    root = {u.pk: u for u in queries.chart_children(None)}
    assert root[world.agency.pk].total_staff == 5
    assert root[world.agency.pk].staff == 1
    assert world.other_gov_agency.pk not in root
