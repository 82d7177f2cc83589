import pytest
from django.conf import settings
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.people import services

INDEX = reverse("audit:index")


@pytest.fixture
def en(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def _change(world, employee, by, **values):
    with scopes_disabled():
        employee.refresh_from_db()
        actor = Actor.for_user(by, ip="10.1.2.3")
        services.update_employee(actor=actor, employee=employee,
                                 expected_version=employee.version, values=values)


@pytest.fixture
def changes(world):
    _change(world, world.own, world.users.hr_admin, phone="0811-111", status="cuti")
    _change(world, world.other_unit, world.users.hr_admin, phone="0822-222")
    return world


def entries(response):
    return [row["entry"] for row in response.context["rows"]]


@pytest.mark.parametrize("persona", ["hr_admin", "agency_admin"])
def test_audit_index_answers_admins(changes, login, persona):
    response = login(getattr(changes.users, persona)).get(INDEX)
    assert response.status_code == 200


@pytest.mark.parametrize("persona", ["own", "supervisor", "leader", "agency_head", "operator"])
def test_audit_index_is_refused_to_others(changes, login, persona):
    assert login(getattr(changes.users, persona)).get(INDEX).status_code in (403, 404)


def test_anonymous_is_sent_to_login(client, changes):
    assert client.get(INDEX).status_code == 302


def test_bkpsdm_sees_the_whole_government_and_agency_admin_own_agency(changes, login):
    everything = {e.employee_id for e in entries(login(changes.users.hr_admin).get(INDEX))}
    assert {changes.own.pk, changes.other_unit.pk} <= everything
    own_agency = {e.employee_id for e in entries(login(changes.users.agency_admin).get(INDEX))}
    assert changes.own.pk in own_agency
    assert changes.other_unit.pk not in own_agency


def test_other_government_sees_none_of_it(changes, login):
    response = login(changes.users.other_gov).get(reverse("audit:employee", args=[changes.own.pk]))
    assert response.status_code == 404


def test_employee_trail_shows_who_where_and_before_after(changes, login, en):
    response = login(changes.users.agency_admin).get(reverse("audit:employee", args=[changes.own.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Admin BKPSDM" in content  # who
    assert "10.1.2.3" in content  # from where
    assert "<del>Active</del> → <ins>On leave</ins>" in content  # status before → after
    assert "<ins>0811-111</ins>" in content
    assert "0822-222" not in content  # another employee's change


def test_employee_trail_time_is_in_the_government_time_zone(changes, login):
    response = login(changes.users.hr_admin).get(reverse("audit:employee", args=[changes.own.pk]))
    with scopes_disabled():
        entry = AuditEntry.objects.filter(employee_id=changes.own.pk).first()
    local = entry.at.astimezone(changes.gov.zone)
    assert f"{local:%Y-%m-%d %H:%M}" in response.content.decode()


@pytest.mark.parametrize(("persona", "status"), [
    ("supervisor", 403), ("own", 403), ("leader", 403), ("other_unit", 404), ("other_gov", 404),
])
def test_employee_trail_is_refused(changes, login, persona, status):
    response = login(getattr(changes.users, persona)).get(
        reverse("audit:employee", args=[changes.own.pk]))
    assert response.status_code == status


def test_unit_trail_covers_the_subtree(changes, login):
    client = login(changes.users.agency_admin)
    response = client.get(reverse("audit:unit", args=[changes.agency.pk]))
    assert response.status_code == 200
    assert changes.own.pk in {e.employee_id for e in entries(response)}  # own sits in a sub-unit
    sibling = client.get(reverse("audit:unit", args=[changes.sibling_unit.pk]))
    assert entries(sibling) == []


@pytest.mark.parametrize(("persona", "status"), [
    ("agency_admin", 403), ("own", 403), ("other_gov", 404),
])
def test_unit_trail_of_another_agency_is_refused(changes, login, persona, status):
    response = login(getattr(changes.users, persona)).get(
        reverse("audit:unit", args=[changes.other_agency.pk]))
    assert response.status_code == status


def test_unit_trail_of_a_missing_unit_is_not_found(changes, login):
    assert login(changes.users.hr_admin).get(reverse("audit:unit", args=[999999])).status_code == 404


def test_audit_pages_survive_bad_page_numbers(changes, login):
    client = login(changes.users.hr_admin)
    for page in ("abc", "-1", "99999"):
        assert client.get(INDEX, {"page": page}).status_code == 200


def test_audit_query_count_does_not_grow_with_entries(changes, login, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(changes.users.hr_admin)
    url = reverse("audit:employee", args=[changes.own.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(10):
        _change(changes, changes.own, changes.users.hr_admin, phone=f"0800-{n}")
    with django_assert_num_queries(len(few)):
        response = client.get(url)
    assert len(entries(response)) >= 11


def test_moves_show_unit_names_not_ids(world, login, en):
    _change(world, world.own, world.users.hr_admin, unit=world.sibling_unit, position=None)
    response = login(world.users.hr_admin).get(reverse("audit:employee", args=[world.own.pk]))
    content = response.content.decode()
    assert "<del>Bidang Pembinaan SD</del> → <ins>Bidang PAUD</ins>" in content
