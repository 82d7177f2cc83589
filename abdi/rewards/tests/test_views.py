"""Reward pages: malformed ids and forms answer 4xx with a message (never 500, nothing saved),
the public recognition page shows only who opted in, and lists keep their query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from abdi.org.tests.factories import PositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.rewards.models import Award, AwardKind, Nomination, RecognitionConsent, RewardSettings
from abdi.tenancy.scoping import within

from .factories import annual_predikat, award, default_kinds, nomination


@pytest.fixture
def kinds(world, register):
    with within(world.gov):
        annual_predikat(world.own, 2025, "SB")
        return default_kinds(world.gov)


@pytest.fixture
def hr(world, login, client):
    login(world.users.hr_admin)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("path", [
    "/penghargaan/usulan/99999999999999999999999/", "/penghargaan/usulan/0/",
    "/penghargaan/pengaturan/jenis/99999999999999999999/",
])
def test_malformed_ids_answer_404(hr, kinds, path):
    assert hr.get(path).status_code == 404
    assert hr.post(path, {"decision": "approve"}).status_code == 404


@pytest.mark.parametrize("query", [
    "?kind=abc&tahun=xyz&agency=-1", "?tahun=%C2%B2%C2%B2%C2%B2%C2%B2&kind=%C2%B2",
    "?kind=99999999999999999999999&tahun=99999", "?semua=1&agency=%00",
])
def test_candidates_survive_any_query(hr, kinds, query):
    assert hr.get("/penghargaan/kandidat/" + query).status_code == 200


@pytest.mark.parametrize("form", [
    {}, {"employee": "abc", "kind": "x", "year": "y", "reason": ""},
    {"employee": "99999999999999999999999", "kind": "1", "year": "2026", "reason": "x" * 30},
    {"nip": "000", "kind": "1", "year": "2026", "reason": "x" * 30},
    {"employee": "{own}", "kind": "abc", "year": "2026", "reason": "x" * 30},
    {"employee": "{own}", "kind": "{kind}", "year": "20x6", "reason": "x" * 30},
    {"employee": "{own}", "kind": "{kind}", "year": "2026", "reason": "pendek"},
])
def test_bad_nominations_answer_400_with_a_message(world, hr, kinds, form):
    form = {k: v.format(own=world.own.pk, kind=kinds["prioritas-pengembangan"].pk) for k, v in form.items()}
    response = hr.post("/penghargaan/usulan/baru/", form)
    assert response.status_code == 400
    assert b'data-testid="error"' in response.content
    with scopes_disabled():
        assert not Nomination.objects.exists()


def test_a_duplicate_nomination_answers_409(world, hr, kinds):
    form = {"employee": world.own.pk, "kind": kinds["prioritas-pengembangan"].pk, "year": 2026,
            "reason": "Inovasi layanan sekolah dasar se-kota."}
    assert hr.post("/penghargaan/usulan/baru/", form).status_code == 302
    response = hr.post("/penghargaan/usulan/baru/", form)
    assert response.status_code == 409
    assert "already has an open" in response.content.decode()


@pytest.mark.parametrize("form", [
    {}, {"decision": "approve"}, {"decision": "approve", "version": "abc"},
    {"decision": "approve", "version": "7"}, {"decision": "reject", "version": "1"},
    {"decision": "approve", "version": "1", "sk_date": "kemarin"}, {"decision": "nope", "version": "1"},
])
def test_bad_decisions_answer_4xx(world, hr, kinds, form):
    with within(world.gov):
        proposed = nomination(world.own, kinds["acara-resmi"], 2026, by=world.users.supervisor)
    response = hr.post(f"/penghargaan/usulan/{proposed.pk}/", form)
    assert response.status_code in (400, 409)
    with scopes_disabled():
        assert Nomination.objects.get(pk=proposed.pk).status == "proposed"
        assert not Award.objects.exists()


@pytest.mark.parametrize("form", [
    {}, {"nip": "abc", "kind": "1", "year": "2025"}, {"nip": "{nip}", "kind": "x", "year": "2025"},
    {"nip": "{nip}", "kind": "{kind}", "year": "tahun"}, {"nip": "{nip}", "kind": "{kind}", "year": "2025",
                                                          "sk_date": "2025-13-01"},
])
def test_bad_history_entries_answer_400(world, hr, kinds, form):
    form = {k: v.format(nip=world.own.nip, kind=kinds["acara-resmi"].pk) for k, v in form.items()}
    assert hr.post("/penghargaan/riwayat/", form).status_code == 400
    with scopes_disabled():
        assert not Award.objects.exists()


@pytest.mark.parametrize("form", [
    {}, {"version": "1", "cltn_rule": "x"}, {"action": "add_kind", "code": "!!", "name": "A"},
    {"action": "add_kind", "code": "ok", "name": "ASN Teladan", "predikat_years": "x"},
])
def test_bad_settings_answer_400(hr, kinds, form):
    assert hr.post("/penghargaan/pengaturan/", form).status_code == 400


def test_bad_slks_dates_answer_400(hr, kinds):
    assert hr.get("/penghargaan/slks/?tanggal=2025-02-30").status_code == 400
    assert hr.get("/penghargaan/slks/ekspor.xlsx?tanggal=abc").status_code == 400
    response = hr.get("/penghargaan/slks/ekspor.xlsx?tanggal=2025-05-01&layak=1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxml")


def test_public_page_shows_only_who_opted_in(world, client, kinds):
    with within(world.gov):
        best = kinds["pegawai-terbaik"]
        shy = EmployeeFactory(position=PositionFactory(unit=world.unit), name="Pegawai Pemalu")
        for employee in (world.own, shy, world.peer):
            award(employee, best, 2026)
        award(world.peer, kinds["slks-x"], 2026)
        RecognitionConsent.objects.create(instansi=world.gov, employee=world.own, public=True)
        RecognitionConsent.objects.create(instansi=world.gov, employee=world.peer, public=False)
    with within(world.other_gov):
        other = default_kinds(world.other_gov)["pegawai-terbaik"]
        award(world.other_gov_employee, other, 2026)
        RecognitionConsent.objects.create(instansi=world.other_gov, employee=world.other_gov_employee,
                                          public=True)
    assert client.get("/penghargaan/publik/kota-a/").status_code == 404  # not enabled yet
    assert client.get("/penghargaan/publik/tidak-ada/").status_code == 404
    with scopes_disabled():
        RewardSettings.objects.create(instansi=world.gov, public_page_enabled=True)
    page = client.get("/penghargaan/publik/kota-a/?tahun=2026").content.decode()
    assert world.own.name in page
    assert "Pegawai Terbaik" in page
    for hidden in (shy.name, world.peer.name, world.own.nip, world.other_gov_employee.name):
        assert hidden not in page
    assert client.get("/penghargaan/publik/kab-b/").status_code == 404  # its own page is not enabled
    for year in ("abcd", "\u00b2\u00b2\u00b2\u00b2", "99999999999999999999"):
        assert client.get("/penghargaan/publik/kota-a/", {"tahun": year}).status_code == 200


def test_profile_shows_the_award_history(world, login, client, kinds):
    with within(world.gov):
        award(world.own, kinds["slks-x"], 2025, sk_number="Keppres 7/TK/2025")
    login(world.users.supervisor)
    page = client.get(f"/pegawai/{world.own.pk}/").content.decode()
    assert 'id="awards"' in page
    assert "Keppres 7/TK/2025" in page


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_lists_keep_their_query_count(world, hr, kinds):
    with within(world.gov):
        kind = kinds["acara-resmi"]
        nomination(world.own, kind, 2026, by=world.users.supervisor)
        award(world.own, kind, 2024)
    hr.get("/penghargaan/")  # the first request of a session caches the principal
    counts = [_queries(hr, url) for url in ("/penghargaan/", "/penghargaan/riwayat/",
                                            f"/penghargaan/kandidat/?kind={kind.pk}&tahun=2026&semua=1")]
    with within(world.gov):
        for employee in (world.peer, world.sibling):
            annual_predikat(employee, 2025, "SB")
            nomination(employee, kind, 2026, by=world.users.supervisor)
            award(employee, kind, 2024)
    again = [_queries(hr, url) for url in ("/penghargaan/", "/penghargaan/riwayat/",
                                           f"/penghargaan/kandidat/?kind={kind.pk}&tahun=2026&semua=1")]
    assert counts == again


def test_an_employee_without_a_role_is_sent_to_their_awards(world, login, client, kinds):
    login(world.users.own)
    assert client.get("/penghargaan/").url == "/penghargaan/saya/"
    assert client.get("/penghargaan/saya/").status_code == 200
    with scopes_disabled():
        assert AwardKind.objects.filter(instansi=world.gov).exists()
