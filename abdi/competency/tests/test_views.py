"""Pages: the profile, the gap map with a constant number of queries, imports and bad input."""


import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from abdi.competency.models import AgencyPlan, Assessment
from abdi.competency.services import plans
from abdi.org.tests.factories import PositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within

from .conftest import actor_of, assess

CODES = ("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1")


def test_the_employee_sees_levels_gaps_and_jpm(world, assessed, login):
    body = login(world.users.own).get(reverse("competency:employee", args=[world.own.pk])
                                      ).content.decode()
    assert "88.89%" in body
    assert "Cukup Optimal" in body
    assert "Memenuhi Syarat" in body
    assert 'data-testid="gap-M2"' in body
    assert 'data-testid="gap-M1"' not in body
    assert "72.50" in body


def test_mine_redirects_and_index_renders(world, login):
    client = login(world.users.own)
    assert client.get(reverse("competency:mine")).url == reverse("competency:employee",
                                                                  args=[world.own.pk])
    assert client.get(reverse("competency:index")).status_code == 200
    assert login(world.users.leader).get(reverse("competency:mine")).status_code == 404


def _many(world, count):
    with within(world.gov):
        for n in range(count):
            person = EmployeeFactory(position=PositionFactory(unit=world.sibling_unit),
                                     name=f"Pegawai {n}")
            assess(world, person, dict.fromkeys(CODES, 1 + n % 3))


def test_gap_map_and_drill_down_query_counts_do_not_grow(world, login,
                                                        django_assert_max_num_queries):
    client = login(world.users.hr_admin)
    _many(world, 3)
    with django_assert_max_num_queries(14) as few:
        client.get(reverse("competency:gap_map") + f"?agency={world.agency.pk}")
    _many(world, 6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("competency:gap_map") + f"?agency={world.agency.pk}")
    assert world.sibling_unit.name in response.content.decode()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("competency:gap_map"))
    assert world.agency.name in response.content.decode()
    with django_assert_max_num_queries(14):
        response = client.get(reverse("competency:unit", args=[world.sibling_unit.pk]))
    assert "Pegawai 5" in response.content.decode()


def test_gap_map_numbers(world, assessed, login):
    body = login(world.users.hr_admin).get(
        reverse("competency:gap_map") + f"?agency={world.agency.pk}").content.decode()
    assert "100.0%" in body
    assert "0.0%" in body


def _upload(content, name="hasil.csv"):
    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_import_pages(world, login):
    client = login(world.users.hr_admin)
    good = f"NIP;Tanggal;Asesor;M1;SK1\n{world.own.nip};2026-02-10;Asesor B;2;1\n".encode()
    response = client.post(reverse("competency:import"), {"file": _upload(good), "commit": "0"})
    assert response.status_code == 200
    assert "ready to import" in response.content.decode()
    bad = (f"NIP;Tanggal;Asesor;M1\n{world.own.nip};2026-02-10;Asesor B;6\n"
           "123;2026-02-10;Asesor B;2\n").encode()
    response = client.post(reverse("competency:import"), {"file": _upload(bad), "commit": "1"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Row 2" in body
    assert "Row 3" in body
    response = client.post(reverse("competency:import"),
                           {"file": _upload(b"NIP;Tanggal;Asesor;M9\n"), "commit": "1"})
    assert response.status_code == 400
    assert "M9" in response.content.decode()
    response = client.post(reverse("competency:import"),
                           {"file": _upload(b"\x00\x01PK\x03\x04garbage", "x.xlsx"), "commit": "1"})
    assert response.status_code == 400
    response = client.post(reverse("competency:import"),
                           {"file": _upload(b"a" * (2 * 1024 * 1024 + 1)), "commit": "1"})
    assert response.status_code == 413
    assert client.post(reverse("competency:import"), {}).status_code == 400
    with within(world.gov):
        assert not Assessment.objects.exists()
    response = client.post(reverse("competency:import"), {"file": _upload(good), "commit": "1"})
    assert response.status_code == 302
    with within(world.gov):
        assert Assessment.objects.count() == 1


@pytest.mark.parametrize(("level", "status"), [("0", 400), ("6", 400), ("3", 302)])
def test_hand_entry(world, login, level, status):
    response = login(world.users.hr_admin).post(reverse("competency:record"), {
        "nip": world.own.nip, "date": "2026-02-01", "assessor": "Asesor Dua",
        "level_M1": level})
    assert response.status_code == status
    with within(world.gov):
        assert Assessment.objects.count() == (1 if status == 302 else 0)


def test_hand_entry_unknown_competency_and_unknown_nip(world, login):
    client = login(world.users.hr_admin)
    response = client.post(reverse("competency:record"), {
        "nip": world.own.nip, "date": "2026-02-01", "assessor": "Asesor Dua", "level_XX9": "2"})
    assert response.status_code == 400
    assert "XX9" in response.content.decode()
    response = client.post(reverse("competency:record"), {
        "nip": world.other_gov_employee.nip, "date": "2026-02-01", "assessor": "Asesor Dua",
        "level_M1": "2"})
    assert response.status_code == 400


def test_stale_plan_decision_is_409(world, login):
    with within(world.gov):
        plan = plans.consolidate(actor=actor_of(world.users.hr_admin), agency_id=world.agency.pk,
                                 year=2026)
    response = login(world.users.hr_admin).post(
        reverse("competency:plan", args=[plan.pk]),
        {"version": plan.version - 1, "decision": "approve"})
    assert response.status_code == 409
    with within(world.gov):
        assert AgencyPlan.objects.get().status == "draft"


def test_standard_page_overrides_the_default(world, login):
    client = login(world.users.hr_admin)
    url = reverse("competency:standard", args=[world.own.position.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"level_M1": "7"}).status_code == 400
    assert client.post(url, {"level_M1": "3"}).status_code == 302
    a = assess(world, world.own, {"M1": 2})
    assert str(a.jpm) == "66.67"  # 2 of the required 3


def test_request_form_bad_input(world, login):
    response = login(world.users.own).post(
        reverse("competency:request", args=[world.own.pk]),
        {"title": "Kursus", "kind": "klasikal", "jp": "999", "year": "2026"})
    assert response.status_code == 400
    assert "JP must" in response.content.decode()
