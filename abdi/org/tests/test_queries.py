import datetime

from django_scopes import scopes_disabled

from abdi.org import queries
from abdi.org.models import ActingAssignment
from abdi.org.tests.factories import PositionFactory, UnitFactory
from abdi.people.tests.factories import EmployeeFactory

TODAY = datetime.date(2026, 11, 23)


def test_staff_report_to_the_head_of_their_unit(world):
    with scopes_disabled():
        assert queries.supervisor_of(world.own, on=TODAY) == world.supervisor


def test_a_head_reports_to_the_head_of_the_unit_above(world):
    with scopes_disabled():
        assert queries.supervisor_of(world.supervisor, on=TODAY) == world.agency_head


def test_an_agency_head_has_no_atasan_inside_the_organisation(world):
    with scopes_disabled():
        assert queries.supervisor_of(world.agency_head, on=TODAY) is None


def test_a_vacant_head_passes_the_duty_up(world):
    with scopes_disabled():
        # Bidang PAUD has no head position at all: its staff report to the kepala dinas.
        assert queries.supervisor_of(world.sibling, on=TODAY) == world.agency_head


def test_plt_overrides_the_holder_for_its_dates_only(world):
    with scopes_disabled():
        ActingAssignment.objects.create(
            instansi=world.gov, kind="plh", position=world.supervisor.position,
            employee=world.peer, start=TODAY, end=TODAY + datetime.timedelta(days=3))
        assert queries.supervisor_of(world.own, on=TODAY) == world.peer
        assert queries.supervisor_of(world.own, on=TODAY + datetime.timedelta(days=4)) == world.supervisor
        assert world.own in queries.direct_subordinates(world.peer.pk, on=TODAY)
        assert not queries.direct_subordinates(world.supervisor.pk, on=TODAY).exists()


def test_direct_subordinates_include_staff_and_heads_below(world):
    with scopes_disabled():
        direct = set(queries.direct_subordinates(world.agency_head.pk, on=TODAY))
        assert world.supervisor in direct
        assert world.sibling in direct  # leaderless unit below
        assert world.own not in direct
        assert set(queries.direct_subordinates(world.supervisor.pk, on=TODAY)) == {world.own, world.peer}


def test_deep_leaderless_units_are_collected(world):
    with scopes_disabled():
        deep = UnitFactory(parent=world.sibling_unit, name="Seksi tanpa kepala")
        person = EmployeeFactory(position=PositionFactory(unit=deep))
        assert person in queries.direct_subordinates(world.agency_head.pk, on=TODAY)
        assert queries.supervisor_of(person, on=TODAY) == world.agency_head
