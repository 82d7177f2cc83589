import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.tenancy.scoping import within
from abdi.workforce.services import abk as services

from .factories import T_ABK_1_TASKS, AdminPositionFactory, holder


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture
def year():
    return timezone.localdate().year


@pytest.fixture
def abk_world(world, year):
    """world.unit with two more jabatan: one holder of the T-ABK-1 jabatan, and a Pranata
    Komputer with a holder who retires in the second year of the horizon; an ABK started."""
    admin_pos = AdminPositionFactory(unit=world.unit, name="Pengadministrasi Perkantoran")
    it_pos = AdminPositionFactory(unit=world.unit, name="Pranata Komputer", kelas_jabatan=7)
    clerk = holder(admin_pos)
    retiring = holder(it_pos, birth=datetime.date(year + 1 - 58, 6, 10))
    with within(world.gov):
        abk = services.start_abk(actor=actor_of(world.users.agency_admin), unit=world.unit,
                                 year=year)
        lines = {line.position_name: line for line in abk.lines.all()}
    return SimpleNamespace(abk=abk, admin_line=lines["Pengadministrasi Perkantoran"],
                           it_line=lines["Pranata Komputer"], admin_pos=admin_pos, it_pos=it_pos,
                           clerk=clerk, retiring=retiring)


def add_t_abk_1(world, abk_world):
    """The three tasks of T-ABK-1 on the admin jabatan, through the service."""
    actor = actor_of(world.users.agency_admin)
    with within(world.gov):
        for fields in T_ABK_1_TASKS:
            abk_world.abk.refresh_from_db()
            services.add_task(actor=actor, abk=abk_world.abk, line=abk_world.admin_line,
                              version=abk_world.abk.version, **fields)
        abk_world.abk.refresh_from_db()
        abk_world.admin_line.refresh_from_db()


@pytest.fixture
def filled(world, abk_world):
    add_t_abk_1(world, abk_world)
    return abk_world
