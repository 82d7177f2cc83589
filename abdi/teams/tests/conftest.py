"""A team across two perangkat daerah on top of the shared world.

own (Dinas Pendidikan, atasan: supervisor) leads; other_unit (Dinas Kesehatan, atasan: the new
head of Dinas Kesehatan) is a member. Both accepted and both atasan agreed. The team has one
result with a 10-document target. peer is not in the team.
"""

from types import SimpleNamespace

import pytest
from django.utils import timezone

from abdi.accounts.tests.factories import UserFactory
from abdi.org.tests.factories import HeadPositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.performance import services as performance_services
from abdi.tenancy.scoping import within

from .factories import accept, actor_of, add_result, agree, invite, make_team


@pytest.fixture
def dinkes_head(world):
    from django_scopes import scopes_disabled

    with scopes_disabled():
        head = EmployeeFactory(position=HeadPositionFactory(unit=world.other_agency,
                                                            name="Kepala Dinas Kesehatan"),
                               name="Kepala Dinkes")
        user = UserFactory(username=head.nip, instansi=world.gov, employee=head,
                           display_name=head.name)
    return SimpleNamespace(employee=head, user=user)


def make_skp(user, employee, year=None):
    return performance_services.create_skp(actor=actor_of(user), employee=employee,
                                           year=year or timezone.localdate().year)


@pytest.fixture
def crew(world, dinkes_head):
    """An active two-agency team led by own, with SKPs for own and other_unit."""
    with within(world.gov):
        own_skp = make_skp(world.users.own, world.own)
        other_skp = make_skp(world.users.other_unit, world.other_unit)
        team = make_team(world.users.supervisor, world.agency, world.own)
        accept(world.users.own, team, world.own)
        agree(world.users.supervisor, team, world.own)
        invite(world.users.own, team, world.other_unit)
        accept(world.users.other_unit, team, world.other_unit)
        agree(dinkes_head.user, team, world.other_unit)
        result = add_result(world.users.own, team)
        team.refresh_from_db()
        return SimpleNamespace(team=team, result=result, indicator=result.indicators.get(),
                               own_skp=own_skp, other_skp=other_skp, dinkes_head=dinkes_head)
