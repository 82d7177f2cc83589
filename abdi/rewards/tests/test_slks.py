"""The SLKS eligibility list (§7.1) from service records: the worked examples S1-S5, CLTN, the
award history, the XLSX, and a fixed number of queries whatever the length of the list."""

import io
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from abdi.allowance.models import LeaveRecord
from abdi.org.tests.factories import PositionFactory, UnitFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.rewards import queries
from abdi.rewards.models import RewardSettings
from abdi.rewards.services.slks_export import slks_xlsx
from abdi.tenancy.scoping import within

from .factories import award, default_kinds


def _pns(world, tmt, unit=None, **kw):
    return EmployeeFactory(position=PositionFactory(unit=unit or world.unit), tmt_cpns=tmt, kind="PNS",
                           status="aktif", **kw)


def _decision(employee, reference, settings=None):
    settings = settings or queries.settings_of(employee.instansi_id)
    [row] = queries.slks_rows(reference, settings, employee_ids=[employee.pk])
    return row.decision


@pytest.mark.parametrize(("case", "tmt", "reference", "holds_x", "penalty", "eligible", "due", "years"), [
    ("S1", date(2015, 5, 1), date(2025, 5, 1), False, None, True, "X", 10),
    ("S2", date(2015, 5, 1), date(2025, 4, 30), False, None, False, None, 9),
    ("S3", date(2005, 3, 1), date(2025, 6, 1), True, None, True, "XX", 20),
    ("S4", date(2005, 3, 1), date(2025, 6, 1), True, "sedang", False, "XX", 20),
    ("S5", date(2005, 3, 1), date(2025, 6, 1), True, "ringan", True, "XX", 20),
])
def test_worked_examples(world, register, case, tmt, reference, holds_x, penalty, eligible, due, years):
    with within(world.gov):
        employee = _pns(world, tmt)
        if holds_x:
            award(employee, default_kinds(world.gov)["slks-x"], 2015)
        if penalty:
            register[employee.pk] = [(date(2012, 6, 1), penalty)]
        decision = _decision(employee, reference)
    assert decision.eligible is eligible, case
    assert decision.slks_class == due
    assert decision.service_years == years


def test_already_received_and_cltn_block(world, register):
    with within(world.gov):
        kinds = default_kinds(world.gov)
        holder = _pns(world, date(2015, 5, 1))
        award(holder, kinds["slks-x"], 2025)
        on_cltn = _pns(world, date(2014, 1, 1))
        LeaveRecord.objects.create(instansi=world.gov, employee=on_cltn, kind="cltn", status="approved",
                                   first_day=date(2018, 1, 1), last_day=date(2018, 12, 31))
        held = _decision(holder, date(2026, 12, 2))
        blocked = _decision(on_cltn, date(2026, 12, 2))
        settings = RewardSettings(instansi=world.gov, cltn_rule="not_counted")
        counted = _decision(on_cltn, date(2026, 12, 2), settings)
    assert [o.value for o in held.obstacles] == ["already_received"]
    assert [o.value for o in blocked.obstacles] == ["cltn"]
    assert counted.service_years == 11
    assert counted.eligible


def test_the_previous_class_can_be_required(world, register):
    with within(world.gov):
        employee = _pns(world, date(2005, 3, 1))
        settings = RewardSettings(instansi=world.gov, require_previous_class=True)
        decision = _decision(employee, date(2025, 6, 1), settings)
    assert [o.value for o in decision.obstacles] == ["previous_class_missing"]


def test_list_query_count_does_not_grow(world, register):
    with within(world.gov):
        agency = UnitFactory(instansi=world.gov, name="Dinas Uji", code="UJI")
        kinds = default_kinds(world.gov)
        settings = queries.settings_of(world.gov.pk)

        def count():
            with CaptureQueriesContext(connection) as captured:
                rows = queries.slks_rows(date(2026, 12, 2), settings, agency_id=agency.pk)
            return len(captured), len(rows)

        first = _pns(world, date(2000, 1, 1), unit=agency)
        award(first, kinds["slks-x"], 2010)
        one = count()
        for tmt in (date(2001, 1, 1), date(2010, 1, 1)):
            award(_pns(world, tmt, unit=agency), kinds["slks-x"], 2020)
        three = count()
    assert one[1] == 1
    assert three[1] == 3
    assert one[0] == three[0]


def test_xlsx_has_a_row_per_employee(world, register):
    with within(world.gov):
        employee = _pns(world, date(2015, 5, 1), name="=Nama Berbahaya")
        rows = queries.slks_rows(date(2025, 5, 1), queries.settings_of(world.gov.pk),
                                 employee_ids=[employee.pk])
        content = slks_xlsx(rows, reference=date(2025, 5, 1), instansi_name=world.gov.name)
    sheet = load_workbook(io.BytesIO(content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[2][1] == "'=Nama Berbahaya"  # never run as a formula
    assert values[2][6] == "SLKS X"
    assert values[2][8] == "yes"
