"""The bezetting of 31 December before the ABK's year, read from the riwayat jabatan (Per BKN
9/2022), today's holders when there is no history, and PPPK contract ends as departures
(R-ABK-5)."""

import datetime

from django.urls import reverse

from abdi.people.models import PositionHistory
from abdi.tenancy.scoping import within
from abdi.workforce import queries
from abdi.workforce.services import abk as services

from .conftest import actor_of
from .factories import AdminPositionFactory, holder


def _history(employee, position, tmt):
    with within(employee.instansi):
        PositionHistory.objects.create(instansi=employee.instansi, employee=employee,
                                       position=position, position_name=position.name,
                                       unit=position.unit, unit_name=position.unit.name, tmt=tmt)


def _start(world, year):
    with within(world.gov):
        abk = services.start_abk(actor=actor_of(world.users.agency_admin), unit=world.unit,
                                 year=year)
        return abk, {line.position_name: line for line in abk.lines.all()}


def test_bezetting_is_who_held_the_jabatan_on_31_december(world, year):
    analyst = AdminPositionFactory(unit=world.unit, name="Analis Kepegawaian")
    clerk = AdminPositionFactory(unit=world.unit, name="Pengelola Data")
    dec31 = datetime.date(year - 1, 12, 31)
    # Joined the analyst jabatan after 31 December: not counted there, counted as a clerk.
    joined = holder(analyst)
    _history(joined, clerk, datetime.date(2018, 3, 1))
    _history(joined, analyst, dec31 + datetime.timedelta(days=15))
    # Left the analyst jabatan after 31 December: counted there, not as a clerk.
    left = holder(clerk)
    _history(left, analyst, datetime.date(2019, 3, 1))
    _history(left, clerk, dec31 + datetime.timedelta(days=30))
    # Held it on 31 December and still does.
    stayed = holder(analyst)
    _history(stayed, analyst, dec31)
    # Retired in March of the ABK's year (status pensiun now): in post on 31 December, and a
    # departure of the first year.
    retired = holder(analyst, status="pensiun", retirement_date=datetime.date(year, 3, 1))
    _history(retired, analyst, datetime.date(2010, 3, 1))
    # A PPPK whose contract ended on 31 January (status berhenti now): in post on 31 December.
    contract = holder(analyst, kind="PPPK", status="berhenti",
                      contract_ends_on=datetime.date(year, 1, 31))
    _history(contract, analyst, datetime.date(2022, 3, 1))
    # Discharged with no date to place the exit: not counted.
    dismissed = holder(analyst, status="berhenti")
    _history(dismissed, analyst, datetime.date(2010, 3, 1))
    # Appointed after 31 December, no earlier riwayat: not counted anywhere.
    newcomer = holder(analyst)
    _history(newcomer, analyst, dec31 + datetime.timedelta(days=1))

    _, lines = _start(world, year)
    analyst_line, clerk_line = lines["Analis Kepegawaian"], lines["Pengelola Data"]
    assert (analyst_line.bezetting, analyst_line.bezetting_basis) == (4, "history")
    assert analyst_line.departures == [2, 0, 0, 0, 0]
    assert (clerk_line.bezetting, clerk_line.bezetting_basis) == (1, "history")


def test_without_history_the_current_holders_count_and_the_page_says_so(world, year, login):
    position = AdminPositionFactory(unit=world.unit, name="Pranata Komputer")
    holder(position)
    holder(position, status="pensiun")  # no date to place on 31 December: not counted
    abk, lines = _start(world, year)
    line = lines["Pranata Komputer"]
    assert (line.bezetting, line.bezetting_basis) == (1, "current")
    c = login(world.users.agency_admin)
    page = c.get(reverse("workforce:abk", args=[abk.pk])).content.decode()
    assert f"Bezetting (31 Dec {year - 1})" in page
    assert "bezetting from current holders: no history for 31 Dec" in page
    page = c.get(reverse("workforce:line", args=[abk.pk, line.pk])).content.decode()
    assert 'data-testid="bezetting-basis"' in page


def test_a_holder_without_history_beside_others_with_history_flags_the_line(world, year):
    position = AdminPositionFactory(unit=world.unit, name="Arsiparis")
    documented = holder(position)
    _history(documented, position, datetime.date(2015, 1, 1))
    holder(position)  # no riwayat at all
    _, lines = _start(world, year)
    assert (lines["Arsiparis"].bezetting, lines["Arsiparis"].bezetting_basis) == (2, "current")


def test_pppk_contract_ending_next_year_is_a_departure_in_year_one(world, year):
    position = AdminPositionFactory(unit=world.unit, name="Penata Layanan Operasional")
    next_year = year + 1
    pppk = holder(position, kind="PPPK", contract_ends_on=datetime.date(next_year, 6, 30))
    _history(pppk, position, datetime.date(2022, 3, 1))
    # A PNS never leaves by a contract, even if one was typed in.
    pns = holder(position, contract_ends_on=datetime.date(next_year, 6, 30))
    _history(pns, position, datetime.date(2022, 3, 1))
    # A PPPK whose contract ended before the plan starts is neither available nor leaving.
    ended = holder(position, kind="PPPK", contract_ends_on=datetime.date(year, 12, 31))
    _history(ended, position, datetime.date(2022, 3, 1))
    _, lines = _start(world, next_year)
    line = lines["Penata Layanan Operasional"]
    assert line.bezetting == 2
    assert line.departures == [1, 0, 0, 0, 0]
    assert line.departures_5y == 1


def test_bezetting_query_count_does_not_grow_with_holders(world, year, django_assert_max_num_queries):
    position = AdminPositionFactory(unit=world.unit, name="Analis Data")
    for _ in range(6):
        _history(holder(position), position, datetime.date(2015, 1, 1))
    with within(world.gov), django_assert_max_num_queries(4):
        found, from_current = queries.bezetting_on([position.pk], year)
    assert (len(found[position.pk]), from_current) == (6, set())
