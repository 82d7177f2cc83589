from types import SimpleNamespace

import pytest
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory, UserFactory
from abdi.complaints.models import ComplaintOfficer
from abdi.complaints.services import handling
from abdi.org.tests.factories import PositionFactory, UnitFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within

from .factories import file_case


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture
def desk(world):
    """The world plus complaint officers: a coordinator, a liaison of Dinas Pendidikan, the
    AGENCY_ADMIN of Dinas Kesehatan (another agency) and an Inspektorat officer."""
    with scopes_disabled():
        gov = world.gov
        inspektorat = UnitFactory(instansi=gov, name="Inspektorat", code="INSP", kind="inspektorat")
        coordinator = EmployeeFactory(position=PositionFactory(unit=world.other_agency),
                                      name="Koordinator Pengaduan")
        liaison = EmployeeFactory(position=PositionFactory(unit=world.sibling_unit),
                                  name="Penghubung Disdik")
        auditor = EmployeeFactory(position=PositionFactory(unit=inspektorat), name="Auditor Insp")
        users = SimpleNamespace(
            coordinator=UserFactory(username="koordinator", instansi=gov, employee=coordinator),
            liaison=UserFactory(username="penghubung", instansi=gov, employee=liaison),
            other_admin=UserFactory(username="admin.dinkes", instansi=gov),
            auditor=UserFactory(username="auditor", instansi=gov, employee=auditor),
        )
        RoleGrantFactory(user=users.other_admin, role=Role.AGENCY_ADMIN, agency=world.other_agency)
        for employee, duty, agency in ((coordinator, "coordinator", None),
                                       (liaison, "liaison", world.agency),
                                       (auditor, "inspektorat", None)):
            ComplaintOfficer.objects.create(instansi=gov, employee=employee, duty=duty, agency=agency)
    return SimpleNamespace(world=world, users=users, inspektorat=inspektorat)


@pytest.fixture
def filed(world):
    with within(world.gov):
        case, secret = file_case(world.gov, world.agency)
    return SimpleNamespace(case=case, secret=secret)


@pytest.fixture
def disposed(world, desk, filed):
    with within(world.gov):
        case = handling.dispose_case(actor=actor_of(world.users.hr_admin), case=filed.case,
                                     version=filed.case.version, agency=world.agency,
                                     case_class="pengaduan")
    return SimpleNamespace(case=case, secret=filed.secret)
