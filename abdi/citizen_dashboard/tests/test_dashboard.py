"""The citizens'-voice dashboard: who sees it and how much, the figures it shows, drill-down,
bad parameters, and a bounded number of queries."""

import datetime

import pytest
from django.utils import timezone

from abdi.complaints.tests.factories import file_case
from abdi.surveys.tests.factories import make_response
from abdi.tenancy.scoping import within

URL = "/suara-warga/"
WORKED_EXAMPLE = [  # public-service.md §1.7, T-SKM-1: IKM 84.17, mutu B
    [4, 4, 3, 4, 4, 4, 4, 3, 3], [3, 3, 3, 4, 3, 4, 4, 3, 3], [4, 3, 3, 4, 4, 3, 4, 3, 3],
    [3, 3, 2, 4, 3, 3, 4, 3, 2], [4, 4, 3, 4, 4, 4, 4, 4, 3], [3, 3, 3, 4, 3, 3, 3, 3, 3],
    [4, 3, 3, 4, 3, 4, 4, 3, 3], [3, 3, 2, 4, 3, 3, 3, 3, 3], [4, 4, 3, 4, 4, 4, 4, 3, 3],
    [3, 3, 3, 4, 3, 3, 4, 3, 3]]


@pytest.fixture
def voice(world):
    """Two complaints to Disdik, one to Dinkes; the worked example's ten questionnaires at a
    Disdik unit; nothing in the other government but a complaint that must never show."""
    today = timezone.localdate()
    with within(world.gov):
        file_case(world.gov, world.agency, description="Atap ruang kelas SD bocor saat hujan.")
        file_case(world.gov, world.agency, category="Guru")
        file_case(world.gov, world.other_agency, category="Puskesmas")
        for answers in WORKED_EXAMPLE:
            make_response(world.unit, today, answers)
    with within(world.other_gov):
        file_case(world.other_gov, world.other_gov_agency, category="Bansos Kabupaten B")
    return today


@pytest.mark.parametrize(("persona", "status"), [
    ("leader", 200), ("hr_admin", 200), ("agency_admin", 200),
    ("own", 404), ("supervisor", 404), ("other_unit", 404), ("operator", 404)])
def test_who_opens_the_dashboard(world, voice, login, client, persona, status):
    login(getattr(world.users, persona))
    assert client.get(URL).status_code == status


def test_anonymous_is_sent_to_log_in(world, voice, client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/" in response["Location"]


def test_a_leader_sees_every_agency_the_ikm_and_drills_down(world, voice, login, client):
    login(world.users.leader)
    response = client.get(URL)
    body = response.content.decode()
    assert response.context["complaints"]["total"] == 3
    rows = {r["agency__name"]: r["total"] for r in response.context["complaints"]["by_agency"]}
    assert rows == {"Dinas Pendidikan": 2, "Dinas Kesehatan": 1}
    assert "Bansos Kabupaten B" not in body
    ikm = {r["unit"]: (str(r["ikm"]), r["mutu"], r["respondents"]) for r in response.context["ikm_rows"]}
    assert ikm["Bidang Pembinaan SD"] == ("84.17", "B", 10)
    assert f"perangkat={world.agency.pk}" in body  # the drill-down link

    drilled = client.get(URL, {"perangkat": world.agency.pk})
    assert drilled.context["complaints"]["total"] == 2
    assert drilled.context["agency_name"] == "Dinas Pendidikan"


def test_an_agency_admin_sees_only_their_agency(world, voice, login, client):
    login(world.users.agency_admin)
    response = client.get(URL)
    assert response.context["agency_id"] == world.agency.pk
    assert response.context["complaints"]["total"] == 2
    assert "Puskesmas" not in response.content.decode()
    assert client.get(URL, {"perangkat": world.other_agency.pk}).status_code == 404


@pytest.mark.parametrize("params", [
    {"perangkat": "abc"}, {"perangkat": "999999"}, {"dari": "2026-02-31"}, {"sampai": "kemarin"},
    {"dari": "<script>"}, {"dari": "2030-01-01", "sampai": "2020-01-01"}, {"dari": "1900-01-01"}])
def test_bad_parameters_never_break_the_page(world, voice, login, client, params):
    login(world.users.leader)
    response = client.get(URL, params)
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert response.context["start"] <= response.context["end"] <= voice
        assert (response.context["end"] - response.context["start"]).days <= 3 * 366


def test_another_governments_agency_is_not_found(world, voice, login, client):
    login(world.users.leader)
    assert client.get(URL, {"perangkat": world.other_gov_agency.pk}).status_code == 404


def test_the_figures_refresh_as_a_fragment_with_bounded_queries(world, voice, login, client,
                                                                django_assert_max_num_queries):
    login(world.users.leader)
    client.get(URL)  # warm the caches of the session and settings
    with django_assert_max_num_queries(20):
        response = client.get(URL, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert 'id="voice-figures"' in body
    assert "<form" not in body  # only the figures, not the page
    assert response["Cache-Control"] == "no-store"


def test_more_cases_cost_no_more_queries(world, voice, login, client, django_assert_max_num_queries):
    login(world.users.leader)
    client.get(URL)
    with within(world.gov):
        for n in range(10):
            file_case(world.gov, world.other_agency, category=f"Tambahan {n}")
            make_response(world.sibling_unit, voice, [3] * 9)
    with django_assert_max_num_queries(20):
        assert client.get(URL).context["complaints"]["total"] == 13


def test_a_reporters_identity_never_reaches_the_dashboard(world, voice, login, client):
    login(world.users.leader)
    body = client.get(URL).content.decode()
    assert "Siti Pelapor Rahasia" not in body
    assert "081234567890" not in body


def test_the_window_defaults_to_this_year(world, voice, login, client):
    login(world.users.hr_admin)
    response = client.get(URL)
    assert response.context["start"] == datetime.date(voice.year, 1, 1)
    assert response.context["end"] == voice


def test_an_overdue_case_is_counted_and_links_to_the_case(world, voice, login, client):
    from abdi.complaints.models import Complaint

    with within(world.gov):
        case, _secret = file_case(world.gov, world.agency, category="Terlambat")
        Complaint.objects.filter(pk=case.pk).update(stage_due=voice - datetime.timedelta(days=3))
    login(world.users.leader)
    response = client.get(URL)
    assert response.context["complaints"]["overdue"] == 1
    assert f'href="/pengaduan/staf/{case.pk}/"' in response.content.decode()


def _dashboard_links(body: str) -> list[str]:
    import re

    main = body.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return sorted({href.replace("&amp;", "&") for href in re.findall(r'href="([^"#?][^"]*)"', main)})


@pytest.mark.parametrize("persona", ["leader", "hr_admin", "agency_admin"])
def test_every_link_on_the_dashboard_opens_for_its_viewer(world, voice, login, client, persona):
    """A viewer is never sent to a page that answers 404 (the leader was, to the counters' and the
    ratings' back offices; an agency's admin to a case not yet verified)."""
    from abdi.complaints.models import Complaint

    with within(world.gov):
        case, _secret = file_case(world.gov, world.agency, category="Terlambat")
        Complaint.objects.filter(pk=case.pk).update(stage_due=voice - datetime.timedelta(days=3))
    login(getattr(world.users, persona))
    links = _dashboard_links(client.get(URL).content.decode())
    assert links  # the test walks something
    refused = {href: code for href in links if (code := client.get(href).status_code) >= 400}
    assert refused == {}


def test_a_leader_is_not_offered_the_back_offices_he_may_not_open(world, voice, login, client):
    login(world.users.leader)
    body = client.get(URL).content.decode()
    assert 'href="/pengaduan/staf/"' in body
    assert "/loket/" not in body.split('<main id="main"', 1)[1]
    assert "/penilaian-layanan/tim/" not in body


def test_an_unverified_case_is_listed_without_a_link_for_an_agency_admin(world, voice, login, client):
    from abdi.complaints.models import Complaint

    with within(world.gov):
        case, _secret = file_case(world.gov, world.agency, category="Terlambat")
        Complaint.objects.filter(pk=case.pk).update(stage_due=voice - datetime.timedelta(days=3))
    login(world.users.agency_admin)
    body = client.get(URL).content.decode()
    assert case.tracking in body
    assert f"/pengaduan/staf/{case.pk}/" not in body


def test_statuses_are_shown_as_labels_not_codes(world, voice, login, client):
    from abdi.complaints.models import Complaint

    with within(world.gov):
        case, _secret = file_case(world.gov, world.agency, category="Terlambat")
        Complaint.objects.filter(pk=case.pk).update(stage_due=voice - datetime.timedelta(days=3))
    login(world.users.leader)
    body = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    table = body.split('data-testid="voice-overdue-cases"', 1)[1].split("</table>", 1)[0]
    assert "<td>diterima</td>" not in table
    assert "Not yet verified" in table or "Belum diverifikasi" in table


@pytest.mark.parametrize("persona", ["leader", "hr_admin", "agency_admin"])
def test_every_menu_link_on_the_dashboard_opens_for_its_viewer(world, voice, login, client, persona):
    """The menu around the dashboard, too: a leader's account without an employee record was
    offered "Citizens' ratings", which answers 404 for him."""
    import re

    login(getattr(world.users, persona))
    body = client.get(URL).content.decode()
    menu = body.split('<main id="main"', 1)[0]
    links = sorted(set(re.findall(r'<a href="(/[^"]*)"', menu)))
    assert links
    refused = {href: code for href in links if (code := client.get(href).status_code) >= 400}
    assert refused == {}
