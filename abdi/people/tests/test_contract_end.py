"""The PPPK contract end (perjanjian kerja): asked of PPPK only, refused for a PNS, saved by the
employee services (workforce planning counts it as a departure)."""

import datetime

from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.people.forms import EmployeeForm
from abdi.people.models import Employee
from abdi.people.services import EMPLOYEE_FIELDS
from abdi.people.tests.factories import EmployeeFactory

from .test_views import _edit_values, _new_values, edit_url, en  # noqa: F401 - en is a fixture


def test_pns_with_a_contract_end_is_refused_and_nothing_saved(world, login, en):  # noqa: F811
    with scopes_disabled():
        before = Employee.objects.count()
    response = login(world.users.hr_admin).post(
        reverse("people:create"), _new_values(world, contract_ends_on="2027-06-30"))
    assert response.status_code == 400
    assert "Only a PPPK has a contract end date." in response.content.decode()
    with scopes_disabled():
        assert Employee.objects.count() == before


def test_edit_page_asks_the_contract_end_of_pppk_only(world, login, en):  # noqa: F811
    pns = EmployeeFactory(position=None, unit=world.unit)
    pppk = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX")
    client = login(world.users.hr_admin)
    assert "contract_ends_on" not in client.get(edit_url(pns)).context["form"].fields
    page = client.get(edit_url(pppk))
    assert "contract_ends_on" in page.context["form"].fields
    assert "PPPK contract ends on" in page.content.decode()


def test_the_contract_end_of_a_pppk_reaches_the_service(world):
    pppk = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX")
    with scopes_disabled():
        form = EmployeeForm(_edit_values(pppk, contract_ends_on="2027-06-30"),
                            actor=Actor.for_user(world.users.hr_admin), employee=pppk)
        assert form.is_valid(), form.errors
    assert form.values()["contract_ends_on"] == datetime.date(2027, 6, 30)
    assert "contract_ends_on" in EMPLOYEE_FIELDS
