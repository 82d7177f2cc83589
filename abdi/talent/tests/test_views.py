"""Pages answer bad input with a message and a 4xx, never a 500 or a half-saved record; list pages
cost the same number of queries for one or many rows."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from abdi.people.tests.factories import EmployeeFactory
from abdi.talent.models import LeadershipTraining, StudyRequest, TalentPlacement, TalentSettings
from abdi.tenancy.scoping import within

from .factories import final_predikat, placement

GOOD = {"kind": "tugas", "institution": "Universitas Indonesia", "programme": "Magister Kebijakan",
        "level": "S2", "start": "2026-09-01", "end": "2028-08-31", "funding": "apbd"}


@pytest.fixture
def own(world, login):
    c = login(world.users.own)
    c.raise_request_exception = False
    return c


@pytest.fixture
def hr(world, login):
    c = login(world.users.hr_admin)
    c.raise_request_exception = False
    return c


def _studies(world) -> int:
    with within(world.gov):
        return StudyRequest.objects.count()


@pytest.mark.parametrize("bad", [{"start": "2028-08-31", "end": "2026-09-01"}, {"level": "S7"},
                                 {"kind": "x"}, {"end": "kemarin"}, {"institution": "<b>" * 100}])
def test_bad_study_requests_answer_400_and_save_nothing(world, own, bad):
    response = own.post(reverse("talent:studies"), {**GOOD, **bad})
    assert response.status_code == 400
    assert 'data-testid="error"' in response.content.decode()
    assert _studies(world) == 0


def test_study_request_filed_and_a_stale_decision_is_409(world, own, login):
    assert own.post(reverse("talent:studies"), GOOD).status_code == 302
    with within(world.gov):
        req = StudyRequest.objects.get()
    boss = login(world.users.supervisor)
    boss.raise_request_exception = False
    url = reverse("talent:decide_study", args=[req.pk])
    assert boss.post(url, {"version": 1, "decision": "approve"}).status_code == 302
    assert boss.post(url, {"version": 1, "decision": "approve"}).status_code in (403, 409)


def test_hostile_text_is_escaped(world, own):
    own.post(reverse("talent:studies"), {**GOOD, "institution": "<script>alert(1)</script>"})
    body = own.get(reverse("talent:studies")).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_settings_page_stale_and_bad_values(world, hr):
    url = reverse("talent:settings")
    ok = {"version": 1, "potential_middle": "65", "potential_high": "85", "kinerja_mode": "score",
          "assessment_validity_years": "3"}
    assert hr.post(url, ok).status_code == 302
    assert hr.post(url, ok).status_code == 409
    assert hr.post(url, {**ok, "version": 2, "potential_high": "50"}).status_code == 400
    assert hr.post(url, {**ok, "version": 2, "kinerja_mode": "zzz"}).status_code == 400
    with within(world.gov):
        s = TalentSettings.objects.get()
    assert (s.version, s.potential_middle, s.kinerja_mode) == (2, Decimal("65.00"), "score")


def test_compute_from_the_page(world, hr, no_competency):
    final_predikat(world.own, "SB")
    no_competency[world.own.pk] = 84.0
    response = hr.post(reverse("talent:compute"), {"year": "2025"})
    assert response.status_code == 302
    with within(world.gov):
        assert TalentPlacement.objects.get(employee=world.own).box == 9
    grid = hr.get(reverse("talent:index") + "?year=2025").content.decode()
    assert grid.index('data-testid="box-6"') < grid.index('data-testid="box-8"') < grid.index(
        'data-testid="box-9"') < grid.index('data-testid="box-1"')  # T-TAL-4


def test_succession_plan_from_the_page_and_reorder_reason_required(world, hr, placed):
    position = world.supervisor.position
    position.kind = "PENGAWAS"
    position.save()
    r = hr.post(reverse("talent:create_plan"), {"position": position.pk, "year": "2025"})
    assert r.status_code == 302
    assert hr.post(reverse("talent:create_plan"), {"position": position.pk, "year": "2025"}
                   ).status_code == 409
    assert hr.post(reverse("talent:create_plan"), {"position": "abc", "year": "2025"}
                   ).status_code == 404
    plan_url = r.url
    move = plan_url + "urutan/"
    assert hr.post(move, {"version": 1, "employee": world.other_unit.pk, "rank": 1,
                          "reason": ""}).status_code == 400
    assert hr.post(move, {"version": 1, "employee": world.other_unit.pk, "rank": 99,
                          "reason": "x"}).status_code == 400
    assert hr.post(move, {"version": 1, "employee": world.other_unit.pk, "rank": 1,
                          "reason": "Sudah PKP"}).status_code == 302
    assert "Sudah PKP" in hr.get(plan_url).content.decode()


def test_training_from_the_page(world, hr):
    url = reverse("talent:trainings")
    assert hr.post(url, {"nip": world.own.nip, "kind": "PKA", "year": "2021",
                         "certificate_number": "PKA-77"}).status_code == 302
    assert hr.post(url, {"nip": "000", "kind": "PKA", "year": "2021",
                         "certificate_number": "x"}).status_code == 400
    assert hr.post(url, {"nip": world.own.nip, "kind": "PKZ", "year": "2021",
                         "certificate_number": "x"}).status_code == 400
    with within(world.gov):
        assert LeadershipTraining.objects.get().verified


def test_career_path_lists_next_posts_and_what_is_missing(world, own, placed):
    body = own.get(reverse("talent:career")).content.decode()
    # own is pelaksana in Disdik; the head of the Bidang is the next (Pengawas/Administrator) post.
    assert own.get(reverse("talent:career")).status_code == 200
    assert "leadership training" in body or "No post of the next level" in body


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _more(world, n):
    for i in range(n):
        person = EmployeeFactory(position=world.peer.position, name=f"Talenta {i}")
        placement(person, Decimal("90"), "SB")
        with within(world.gov):
            StudyRequest.objects.create(instansi=world.gov, employee=person, agency_id=person.agency_id,
                                        kind="izin", institution="UT", programme="S1 AP",
                                        level="S1", start="2026-01-01", end="2027-01-01",
                                        funding="self", status="endorsed")
            LeadershipTraining.objects.create(instansi=world.gov, employee=person, kind="PKP",
                                              year=2020, certificate_number=f"C{i}")


@pytest.mark.parametrize("url", ["talent:index", "box9", "talent:pools", "talent:studies",
                                 "talent:trainings", "talent:plans"])
def test_list_pages_cost_the_same_for_one_or_four_rows(world, hr, url):
    target = reverse("talent:box") if url == "box9" else reverse(url)
    target += "?box=9&year=2025&level=PENGAWAS"
    _more(world, 1)
    hr.get(target)  # warm the session and per-user caches
    one = _queries(hr, target)
    _more(world, 3)
    assert _queries(hr, target) == one
