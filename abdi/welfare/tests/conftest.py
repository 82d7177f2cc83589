"""Welfare fixtures: an open check-up with one session, a doctor named on its medical staff,
and the employee (world.own) who attended and has a result."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.tests.factories import UserFactory
from abdi.org.tests.factories import PositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.welfare.models import MedicalResult, ProgrammeStaff

from .factories import ParticipationFactory, ProgrammeFactory, SessionFactory

SECRET = "Kolesterol tinggi 260 mg/dL"


def actor(user):
    return Actor.for_user(user)


@pytest.fixture
def health(world):
    """An open check-up, a session next week, a doctor, world.own attended with a result."""
    with scopes_disabled():
        doctor_employee = EmployeeFactory(position=PositionFactory(unit=world.other_agency),
                                          name="Dokter Puskesmas")
        doctor = UserFactory(username=doctor_employee.nip, instansi=world.gov,
                             employee=doctor_employee, display_name="Dokter Puskesmas")
        programme = ProgrammeFactory(instansi=world.gov, name="Medical check-up 2026")
        session = SessionFactory(programme=programme,
                                 date=timezone.localdate() + datetime.timedelta(days=7))
        ProgrammeStaff.objects.create(instansi=world.gov, programme=programme, user=doctor,
                                      duty="Dokter")
        own = ParticipationFactory(session=session, employee=world.own, status="attended")
        result = MedicalResult.objects.create(instansi=world.gov, participation=own,
                                              summary=SECRET, findings="LDL 190",
                                              recommendation="Diet, kontrol 3 bulan")
    return SimpleNamespace(programme=programme, session=session, doctor=doctor,
                           doctor_employee=doctor_employee, own=own, result=result)
