"""The leaders' dashboard: who sees which rows, the numbers on a small world, the refreshed
fragment, and a query count that does not grow with agencies, units or employees."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory
from abdi.org.tests.factories import HeadPositionFactory, PositionFactory, UnitFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.performance import services
from abdi.performance.models import Skp
from abdi.performance.services import appraisal as appraisal_services
from abdi.tenancy.scoping import within

from .conftest import actor_of

INDEX = reverse("performance:dashboard")
NONE = "\u2013"  # the en dash of an empty cell


def unit_url(unit):
    return reverse("performance:dashboard_unit", args=[unit.pk])


def record(world, plans, description):
    with within(world.gov):
        activity, _created = services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output, client_key=uuid.uuid4(),
            values={"date": plans.today, "description": description, "quantity": "1",
                    "minutes": "60"})
    return activity


@pytest.fixture
def busy(world, plans):
    """Two entries of the employee wait for the supervisor; the employee's annual predikat (BP)
    is final."""
    record(world, plans, "Laporan satu")
    record(world, plans, "Laporan dua")
    with within(world.gov):
        appraisal, _ = appraisal_services.open_appraisal(
            actor=actor_of(world.users.own), skp=plans.own.skp, period_kind="annual", period_number=1)
        appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                result_rating="BAWAH", result_reason="Target tidak tercapai.",
                                behaviour_rating="SESUAI", behaviour_reason="Sesuai.")
        appraisal_services.set_unit_predikat(
            actor=actor_of(world.users.agency_head), unit=world.unit, year=appraisal.year,
            period_kind="annual", period_number=1, org_predikat="BP")
        appraisal_services.finalise_unit(actor=actor_of(world.users.supervisor), unit=world.unit,
                                         year=appraisal.year, period_kind="annual", period_number=1)
    return plans


def row(page, unit):
    """The cells of one row of the figures table, as text."""
    start = page.index(f'data-testid="row-{unit.pk}"')
    end = page.index("</tr>", start)
    cells = page[start:end].split('<td class="num">')[1:]
    return [cell.split("</td>")[0].strip() for cell in cells]


# --- who sees what ----------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["leader", "hr_admin"])
def test_leader_and_bkpsdm_see_every_agency(client, login, world, who):
    login(getattr(world.users, who))
    page = client.get(INDEX).content.decode()
    assert f'data-testid="row-{world.agency.pk}"' in page
    assert f'data-testid="row-{world.other_agency.pk}"' in page
    assert "Dinas Sosial" not in page  # another government's
    assert client.get(unit_url(world.other_agency)).status_code == 200
    assert client.get(unit_url(world.sibling_unit)).status_code == 200


def test_agency_admin_sees_only_their_agency(client, login, world):
    login(world.users.agency_admin)
    page = client.get(INDEX).content.decode()
    assert f'data-testid="row-{world.agency.pk}"' in page
    assert f'data-testid="row-{world.other_agency.pk}"' not in page
    assert "Dinas Kesehatan" not in page
    assert client.get(unit_url(world.agency)).status_code == 200
    assert client.get(unit_url(world.unit)).status_code == 200
    assert client.get(unit_url(world.other_agency)).status_code == 404


def test_unit_head_sees_only_their_subtree(client, login, world):
    login(world.users.supervisor)
    page = client.get(INDEX).content.decode()
    assert f'data-testid="row-{world.unit.pk}"' in page
    assert f'data-testid="row-{world.agency.pk}"' not in page
    assert f'data-testid="row-{world.other_agency.pk}"' not in page
    assert client.get(unit_url(world.unit)).status_code == 200
    for unit in (world.agency, world.sibling_unit, world.other_agency):
        assert client.get(unit_url(unit)).status_code == 404


def test_agency_head_leads_the_whole_agency(client, login, world):
    login(world.users.agency_head)
    page = client.get(INDEX).content.decode()
    assert f'data-testid="row-{world.agency.pk}"' in page
    assert client.get(unit_url(world.sibling_unit)).status_code == 200
    assert client.get(unit_url(world.other_agency)).status_code == 404


@pytest.mark.parametrize("who", ["own", "other_unit"])
def test_plain_employees_are_refused(client, login, world, who):
    login(getattr(world.users, who))
    assert client.get(INDEX).status_code == 403
    assert client.get(unit_url(world.unit)).status_code == 403


def test_another_government_never_sees_ours(client, login, world):
    with scopes_disabled():
        RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    login(world.users.other_gov)
    page = client.get(INDEX).content.decode()
    assert "Dinas Sosial" in page
    assert "Dinas Pendidikan" not in page
    for unit in (world.agency, world.unit, world.other_agency):
        assert client.get(unit_url(unit)).status_code == 404


def test_anonymous_logs_in_first_and_operator_finds_nothing(client, login, world):
    response = client.get(INDEX)
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]
    assert client.get(unit_url(world.unit)).status_code == 302
    login(world.users.operator)
    assert client.get(INDEX).status_code == 404


def test_only_get(client, login, world):
    login(world.users.leader)
    assert client.post(INDEX).status_code == 405


# --- the numbers ------------------------------------------------------------------------------


def test_numbers_per_agency(client, login, world, busy):
    login(world.users.leader)
    page = client.get(INDEX).content.decode()
    # employees, no SKP, not approved, not reported, waiting, oldest days, SB B BP K SK
    # Disdik: head (draft plan), supervisor and own (approved), peer and sibling (none);
    # only the employee reported this week, two entries wait; the employee's predikat is BP.
    assert row(page, world.agency) == ["5", "2", "3", "4", "2", "0", "0", "0", "1", "0", "0"]
    # Dinkes: two people without a plan, who reported nothing.
    assert row(page, world.other_agency) == ["2", "2", "2", "2", "0", NONE, "0", "0", "0", "0", "0"]
    chart = page[page.index('data-testid="predikat-chart"'):]
    assert 'data-predikat="BP"' in chart
    assert 'style="' not in page  # the strict CSP allows no inline styles
    assert 'hx-trigger="every 60s"' in page
    backlog = page[page.index('data-testid="backlog"'):]
    assert "Supervisor Satu" in backlog


def test_drill_down_to_units_and_employees(client, login, world, busy):
    login(world.users.leader)
    page = client.get(unit_url(world.agency)).content.decode()
    assert row(page, world.unit) == ["3", "1", "1", "2", "2", "0", "0", "0", "1", "0", "0"]
    assert row(page, world.sibling_unit) == ["1", "1", "1", "1", "0", NONE, "0", "0", "0", "0", "0"]
    direct = page[page.index('data-testid="row-direct"'):]
    assert direct.split('<td class="num">')[1].startswith("1")  # the agency head
    page = client.get(unit_url(world.unit)).content.decode()
    people = page[page.index('data-testid="unit-people"'):]
    own = people[people.index(f'data-testid="person-{world.own.pk}"'):]
    own = own[:own.index("</tr>")]
    assert reverse("people:detail", args=[world.own.pk]) in own
    assert reverse("performance:skp_detail", args=[busy.own.skp.pk]) in own
    assert 'data-flag="reported"' in own
    assert ">BP<" in own
    peer = people[people.index(f'data-testid="person-{world.peer.pk}"'):]
    peer = peer[:peer.index("</tr>")]
    assert 'data-flag="no-skp"' in peer
    assert 'data-flag="not-reported"' in peer
    assert f'data-testid="person-{world.sibling.pk}"' not in people


def test_htmx_refresh_returns_only_the_figures(client, login, world, busy):
    login(world.users.leader)
    response = client.get(unit_url(world.unit), headers={"HX-Request": "true"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert body.lstrip().startswith('<div id="dashboard-figures"')
    assert f'data-testid="person-{world.own.pk}"' in body
    assert "HX-Request" in response["Vary"]


def test_unread_badge_on_the_dashboard(client, login, world, busy):
    login(world.users.supervisor)  # asked to approve the employee's plan and to validate
    page = client.get(INDEX).content.decode()
    assert 'data-testid="unread-badge"' in page


# --- constant queries -------------------------------------------------------------------------


def _grow(world, plans, n):
    """n more agencies, each with a unit, a head, n employees, plans and pending entries."""
    with scopes_disabled():
        for i in range(n):
            agency = UnitFactory(instansi=world.gov, name=f"Badan {i}", code=f"BDN-{uuid.uuid4().hex[:6]}")
            unit = UnitFactory(parent=agency, name=f"Bidang {i}", code=f"BID-{uuid.uuid4().hex[:6]}")
            EmployeeFactory(position=HeadPositionFactory(unit=unit))
            for _j in range(n):
                person = EmployeeFactory(position=PositionFactory(unit=unit))
                Skp.objects.create(instansi=world.gov, employee=person, year=plans.today.year,
                                   kind="NON_JPT", unit=unit)
        for _j in range(n):  # more staff and more waiting entries in the employee's unit
            EmployeeFactory(position=PositionFactory(unit=world.unit))
    for j in range(n):
        record(world, plans, f"Laporan tambahan {j}")


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_queries_do_not_grow_with_agencies_units_or_people(client, login, world, busy, monkeypatch):
    from abdi.performance import queries_dashboard

    monkeypatch.setattr(queries_dashboard, "FIGURES_TTL", 0)  # count the aggregation every time
    login(world.users.leader)
    client.get(INDEX)  # warm the session and principal caches
    small = (_queries(client, INDEX), _queries(client, unit_url(world.unit)))
    _grow(world, busy, 3)
    large = (_queries(client, INDEX), _queries(client, unit_url(world.unit)))
    assert small == large


def test_figures_are_kept_briefly_for_everyone_with_the_same_sight(client, login, world, busy):
    login(world.users.leader)
    first = _queries(client, INDEX)
    again = _queries(client, INDEX)
    assert again < first  # the second look reads the kept figures, not the tables
    login(world.users.hr_admin)  # the whole government too: its first look reads the same figures
    assert _queries(client, INDEX) < first


def test_while_aged_figures_are_recomputed_other_leaders_see_the_previous_ones(
        client, login, world, busy, plans, monkeypatch):
    from django.core.cache import cache

    from abdi.core import refreshed_cache

    now = [1_000_000.0]
    monkeypatch.setattr(refreshed_cache, "_wall_clock", lambda: now[0])
    login(world.users.leader)
    assert row(client.get(INDEX).content.decode(), world.agency)[4] == "2"  # two entries wait
    record(world, plans, "Laporan tiga")
    now[0] += 21  # the copy has aged; another leader's request is recomputing it
    key = f"abdi:dashboard:{world.gov.pk}:{plans.today}:all"
    assert cache.add(f"{key}:refreshing", 1)
    with CaptureQueriesContext(connection) as captured:
        page = client.get(INDEX).content.decode()
    assert row(page, world.agency)[4] == "2"  # the previous copy, at once
    assert not any("performance_activity" in q["sql"] for q in captured)  # no aggregation
    cache.delete(f"{key}:refreshing")  # that computation is done: the next look recomputes
    assert row(client.get(INDEX).content.decode(), world.agency)[4] == "3"


def test_the_page_says_when_its_figures_were_computed(client, login, world, busy, monkeypatch):
    import datetime
    from types import SimpleNamespace

    from django.utils import timezone

    from abdi.performance import queries_dashboard

    computed = timezone.make_aware(datetime.datetime(2026, 12, 7, 9, 41))
    monkeypatch.setattr(queries_dashboard, "timezone", SimpleNamespace(now=lambda: computed))
    login(world.users.leader)
    client.get(INDEX)
    later = SimpleNamespace(now=lambda: computed + datetime.timedelta(minutes=5))
    monkeypatch.setattr(queries_dashboard, "timezone", later)
    page = client.get(INDEX).content.decode()
    assert "09:41" in page  # kept figures: the time they were made
    assert "09:46" not in page
