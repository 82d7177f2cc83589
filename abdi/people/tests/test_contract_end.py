"""The PPPK contract end (perjanjian kerja): asked of PPPK only, refused for a PNS, saved by the
employee services (workforce planning counts it as a departure)."""

import datetime
import json

from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.conftest import log_in
from abdi.people.forms import EmployeeForm
from abdi.people.models import Employee
from abdi.people.services import EMPLOYEE_FIELDS
from abdi.people.tests.factories import EmployeeFactory, make_nip

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


# The employee page -------------------------------------------------------------------------


def test_the_profile_shows_the_contract_end_of_a_pppk(world, login, en):  # noqa: F811
    pppk = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX",
                           contract_ends_on=datetime.date(2027, 6, 30))
    page = login(world.users.hr_admin).get(reverse("people:detail", args=[pppk.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "PPPK contract ends on" in html
    assert 'data-testid="contract-ends-on">30-06-2027<' in html


def test_the_profile_of_a_pns_or_a_pppk_without_a_date_shows_no_contract_end(
        world, login, en):  # noqa: F811
    pns = EmployeeFactory(position=None, unit=world.unit)
    pppk = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX")
    client = login(world.users.hr_admin)
    for employee in (pns, pppk):
        html = client.get(reverse("people:detail", args=[employee.pk])).content.decode()
        assert "PPPK contract ends on" not in html
        assert "contract-ends-on" not in html


# The API -------------------------------------------------------------------------------------

API = "/api/employees"


def _send(client, method, url, body):
    return getattr(client, method)(url, data=json.dumps(body), content_type="application/json",
                                   HTTP_ACCEPT_LANGUAGE="en")


def test_the_api_profile_carries_the_contract_end(client, world):
    pppk = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX",
                           contract_ends_on=datetime.date(2027, 6, 30))
    pns = EmployeeFactory(position=None, unit=world.unit)
    log_in(client, world.users.hr_admin)
    assert client.get(f"{API}/{pppk.pk}").json()["contract_ends_on"] == "2027-06-30"
    assert client.get(f"{API}/{pns.pk}").json()["contract_ends_on"] is None


def test_the_api_sets_and_clears_the_contract_end_of_a_pppk(client, world):
    pppk = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX")
    log_in(client, world.users.hr_admin)
    url = f"{API}/{pppk.pk}"
    response = _send(client, "patch", url, {"version": 1, "contract_ends_on": "2028-01-31"})
    assert response.status_code == 200, response.content
    assert response.json()["employee"]["contract_ends_on"] == "2028-01-31"
    with scopes_disabled():
        assert Employee.objects.get(pk=pppk.pk).contract_ends_on == datetime.date(2028, 1, 31)
    cleared = _send(client, "patch", url, {"version": 2, "contract_ends_on": None})
    assert cleared.status_code == 200, cleared.content
    assert cleared.json()["employee"]["contract_ends_on"] is None


def test_the_api_refuses_a_contract_end_for_a_pns_and_saves_nothing(client, world):
    pns = EmployeeFactory(position=None, unit=world.unit)
    log_in(client, world.users.hr_admin)
    response = _send(client, "patch", f"{API}/{pns.pk}",
                     {"version": 1, "contract_ends_on": "2028-01-31"})
    assert response.status_code == 422, response.content
    assert response.json()["errors"]["contract_ends_on"] == [
        "Only a PPPK has a contract end date."]
    with scopes_disabled():
        stored = Employee.objects.get(pk=pns.pk)
    assert (stored.contract_ends_on, stored.version) == (None, 1)


def test_the_api_refuses_a_bad_contract_end_date(client, world):
    pppk = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX")
    log_in(client, world.users.hr_admin)
    response = _send(client, "patch", f"{API}/{pppk.pk}",
                     {"version": 1, "contract_ends_on": "31-02-2028"})
    assert response.status_code == 422
    assert "contract_ends_on" in response.json()["errors"]


def test_the_api_creates_a_pns_only_without_a_contract_end(client, world):
    birth, tmt = datetime.date(1992, 5, 17), datetime.date(2018, 3, 1)
    body = {"nip": make_nip(birth, tmt, "P", serial=778), "name": "Siti Kontrak",
            "birth_date": birth.isoformat(), "gender": "P", "kind": "PNS", "grade": "III/a",
            "tmt_cpns": tmt.isoformat(), "unit": world.unit.pk, "contract_ends_on": "2028-01-31"}
    log_in(client, world.users.hr_admin)
    with scopes_disabled():
        before = Employee.objects.count()
    response = _send(client, "post", API, body)
    assert response.status_code == 422
    assert "contract_ends_on" in response.json()["errors"]
    with scopes_disabled():
        assert Employee.objects.count() == before
