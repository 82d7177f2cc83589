"""The directory's narrow name table: kept in step by database triggers with every way an
employee row is written, and used by a name search only where it can answer alone."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory, UserFactory
from abdi.org.tests.factories import PositionFactory
from abdi.people import queries
from abdi.people.models import Employee, SearchName
from abdi.people.tests.factories import EmployeeFactory

DIRECTORY = reverse("people:directory")


def _copy_of(employee_id):
    with scopes_disabled():
        return SearchName.objects.filter(employee_id=employee_id).values_list(
            "instansi_id", "agency_id", "name_upper").first()


def test_a_new_employee_is_copied_upper_cased(world):
    with scopes_disabled():
        employee = EmployeeFactory(position=PositionFactory(unit=world.unit), name="Siti Aminah")
    assert _copy_of(employee.pk) == (world.gov.pk, world.agency.pk, "SITI AMINAH")


def test_every_way_of_writing_a_name_reaches_the_copy(world):
    with scopes_disabled():
        world.peer.name = "Budi Santoso"
        world.peer.save()
        assert _copy_of(world.peer.pk)[2] == "BUDI SANTOSO"
        Employee.objects.filter(pk=world.peer.pk).update(name="Budi Hartono")
        assert _copy_of(world.peer.pk)[2] == "BUDI HARTONO"
        world.peer.name = "Budi Prasetyo"
        Employee.objects.bulk_update([world.peer], ["name"])
        assert _copy_of(world.peer.pk)[2] == "BUDI PRASETYO"
        built = EmployeeFactory.build(position=PositionFactory(unit=world.unit), name="Rina Wati")
        [created] = Employee.objects.bulk_create([built])
    assert _copy_of(created.pk) == (world.gov.pk, world.agency.pk, "RINA WATI")


def test_a_move_to_another_agency_moves_the_copy(world):
    with scopes_disabled():
        Employee.objects.filter(pk=world.peer.pk).update(
            agency_id=world.other_agency.pk, unit_id=world.other_agency.pk)
    assert _copy_of(world.peer.pk)[1] == world.other_agency.pk


def test_a_save_that_keeps_the_name_leaves_the_copy_alone(world):
    with scopes_disabled():
        SearchName.objects.filter(employee_id=world.peer.pk).update(name_upper="MARKED")
        world.peer.phone = "0811111111"
        world.peer.save()
    assert _copy_of(world.peer.pk)[2] == "MARKED"  # no rewrite when name and agency stay


def test_deleted_employees_leave_no_copy(world):
    with scopes_disabled():
        world.peer.delete()
        rows = Employee.objects.filter(pk=world.sibling.pk)
        rows._raw_delete(rows.db)  # the purge of a synthetic government deletes this way
    assert _copy_of(world.peer.pk) is None
    assert _copy_of(world.sibling.pk) is None


def test_every_employee_has_exactly_one_copy(world):
    with scopes_disabled():
        employees = set(Employee.objects.values_list("pk", flat=True))
        copies = list(SearchName.objects.values_list("employee_id", flat=True))
    assert sorted(copies) == sorted(employees)


@pytest.mark.parametrize(("persona", "filters", "narrow"), [
    ("hr_admin", {"q": "sidik"}, True),
    ("leader", {"q": "sidik"}, True),
    ("hr_admin", {"q": "sidik", "agency": 1}, True),
    ("hr_admin", {"q": "sidik", "unit": 1}, False),
    ("hr_admin", {"q": "sidik", "status": "aktif"}, False),
    ("agency_admin", {"q": "sidik"}, False),
    ("supervisor", {"q": "sidik"}, False),
])
def test_the_narrow_table_answers_only_whole_government_name_searches(
        world, persona, filters, narrow):
    actor = Actor.for_user(getattr(world.users, persona))
    with scopes_disabled():
        matches = queries.name_matches(actor, filters)
    assert (matches.model is SearchName) is narrow


@pytest.fixture
def siti(world):
    with scopes_disabled():
        EmployeeFactory(position=PositionFactory(unit=world.unit), name="Siti Aminah")
        EmployeeFactory(position=PositionFactory(unit=world.other_agency), name="siti Rahma")
        EmployeeFactory(position=PositionFactory(unit=world.other_gov_agency), name="Siti Kabupaten")


def _names(response):
    return [row["name"] for row in response.context["rows"]]


def test_a_name_search_finds_the_same_people_either_way(world, login, siti):
    client = login(world.users.hr_admin)
    assert _names(client.get(DIRECTORY, {"q": "SITI"})) == ["Siti Aminah", "siti Rahma"]
    assert _names(client.get(DIRECTORY, {"q": "siti", "agency": world.other_agency.pk})) == [
        "siti Rahma"]
    # The unit filter takes the employee table: the same people, the same order.
    assert _names(client.get(DIRECTORY, {"q": "siti", "agency": world.agency.pk,
                                         "unit": world.unit.pk})) == ["Siti Aminah"]
    assert _names(client.get(DIRECTORY, {"q": "ami siti"})) == ["Siti Aminah"]


def test_wildcards_in_a_search_are_letters_not_patterns(world, login, siti):
    body = login(world.users.hr_admin).get(DIRECTORY, {"q": "sit%"}).content.decode()
    assert "Siti Aminah" not in body
    assert "0 employees found" in body


def test_the_narrow_search_stays_inside_its_government(world, login, siti):
    with scopes_disabled():
        other_admin = UserFactory(username="bkpsdm@kab-b.go.id", instansi=world.other_gov,
                                  display_name="Admin Kabupaten B")
        RoleGrantFactory(user=other_admin, role=Role.HR_ADMIN)
    response = login(other_admin).get(DIRECTORY, {"q": "siti"})
    assert _names(response) == ["Siti Kabupaten"]
    assert "Aminah" not in response.content.decode()


def test_an_operator_can_rebuild_a_copy_that_went_astray(world):
    with scopes_disabled():
        SearchName.objects.filter(employee_id=world.peer.pk).update(name_upper="ASTRAY")
        SearchName.objects.filter(employee_id=world.own.pk).delete()
        out = StringIO()
        call_command("rebuild_search_names", stdout=out)
        employees = Employee.objects.count()
    assert f"{employees:,} names copied" in out.getvalue()
    assert _copy_of(world.peer.pk)[2] == "REKAN SEBIDANG"
    assert _copy_of(world.own.pk)[2] == "PEGAWAI SENDIRI"


@pytest.mark.parametrize(("count", "size"), [(0, 0), (1, 8), (8, 8), (9, 16), (100, 128)])
def test_name_lookups_come_in_a_few_sizes(count, size):
    ids = list(range(1, count + 1))
    padded = queries._padded(ids)
    assert len(padded) == size
    assert set(padded) == set(ids)


@pytest.mark.parametrize("together", [True, False])
def test_emptying_the_employee_table_empties_the_copy(world, together):
    """As Django's flush does (both tables in one TRUNCATE) and as an operator might (the
    employees alone); SQLite has no TRUNCATE, its delete trigger does the same work."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            tables = "people_employee, people_searchname" if together else "people_employee"
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks left pending
            cursor.execute(f"TRUNCATE {tables} CASCADE")
        else:
            cursor.execute("UPDATE accounts_user SET employee_id = NULL")  # the only reference
            cursor.execute("DELETE FROM people_employee")
    with scopes_disabled():
        assert not SearchName.objects.exists()
