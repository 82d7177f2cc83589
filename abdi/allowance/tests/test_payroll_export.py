"""The payroll sheet of a TPP run for one perangkat daerah: XLSX and PDF content, the draft
marker, who may download it, bad agency ids and a query count that does not grow with slips."""

import datetime
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from abdi.allowance.models import TppRuleSet, TppRun, TppSlip
from abdi.allowance.rules import codec, presets
from abdi.allowance.rules.tpp import compute_tpp
from abdi.allowance.services import payroll_export
from abdi.allowance.services.payroll import Pending
from abdi.org.tests.factories import PositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within

# Tulang Bawang, pagu Rp 5.000.000, capaian 92.5%, late TL1 x 2, TL2, TL3, TL4: disiplin cut by
# 0.5+0.5+1+1.25+1.5 = 4.75%, TPP Rp 4.680.000 (as in test_payroll.py).
LATE = {"TL1": 2, "TL2": 1, "TL3": 1, "TL4": 1}
ID = {"HTTP_ACCEPT_LANGUAGE": "id"}
DRAFT = "DRAFT \u2013 belum dikunci"  # the marker of a run not locked, in Indonesian
XLSX = "allowance:run_export_xlsx"
PDF = "allowance:run_export_pdf"


def stored_lines(result) -> list[dict]:
    """The breakdown as the monthly run stores it on the slip."""
    return [{"step": str(ln.step), "amount": str(ln.amount), "share": str(ln.share or ""),
             "code": ln.code, "kind": str(ln.kind), "label": ln.label, "count": ln.count,
             "percent": None if ln.percent is None else str(ln.percent), "source": ln.source}
            for ln in result.lines]


def computed_slip(run, employee, *, events=None, achievement="92.5") -> TppSlip:
    result = compute_tpp(presets.TULANG_BAWANG, pagu=Decimal(5_000_000),
                         achievement_percent=Decimal(achievement), events=events or {})
    return TppSlip.objects.create(
        instansi=run.instansi, run=run, employee=employee, agency_id=employee.agency_id,
        kelas_jabatan=9, pagu=5_000_000, achievement_percent=Decimal(achievement),
        amount=int(result.tpp), facts={"events": events or {}, "predikat": "B"},
        lines=stored_lines(result))


def make_run(instansi, *, status=TppRun.Status.DONE, name="TPP Kota A 2025") -> TppRun:
    rule_set = TppRuleSet.objects.create(
        instansi=instansi, name=name, effective_from=datetime.date(2025, 1, 1),
        schedule=codec.schedule_to_data(presets.TULANG_BAWANG), preset="tulang_bawang")
    return TppRun.objects.create(instansi=instansi, year=2025, month=3, rule_set=rule_set,
                                 status=status)


@pytest.fixture
def sheet_run(world):
    """March 2025, computed, not locked. Dinas Pendidikan: the employee (late five times), a
    colleague of the agency (no deductions) and a peer waiting for the predikat; Dinas Kesehatan:
    one employee."""
    with within(world.gov):
        run = make_run(world.gov)
        computed_slip(run, world.own, events=LATE)
        computed_slip(run, world.sibling, achievement="100")
        TppSlip.objects.create(instansi=world.gov, run=run, employee=world.peer,
                               agency_id=world.peer.agency_id, kelas_jabatan=7,
                               pending=Pending.NO_PREDIKAT, facts={"predikat": ""})
        computed_slip(run, world.other_unit)
    return run


def url(name, run, agency) -> str:
    return reverse(name, args=[run.pk, agency if isinstance(agency, int) else agency.pk])


def sheet_rows(content: bytes) -> tuple[list, list, list]:
    """(lines above the table, table rows without the header, the total row) of the XLSX."""
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(i for i, row in enumerate(rows) if row[0] in ("No.", "No"))
    return [r[0] for r in rows[:header_at] if r and r[0]], rows[header_at + 1:-1], rows[-1]


def pdf_pages(content: bytes) -> list[str]:
    assert content.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


# ---------------------------------------------------------------- what the files show


def test_the_xlsx_lists_the_agency_with_numbers_a_total_and_the_draft_marker(world, sheet_run, login):
    response = login(world.users.hr_admin).get(url(XLSX, sheet_run, world.agency), **ID)
    assert response.status_code == 200
    assert response["Content-Type"] == payroll_export.XLSX_CONTENT_TYPE
    assert response["Content-Disposition"] == (
        'attachment; filename="TPP-2025-03-r1-disdik-draft.xlsx"')
    assert "no-store" in response["Cache-Control"]
    lines, rows, total = sheet_rows(response.content)
    assert lines[0] == "Pemerintah Kota A"
    assert "Perangkat daerah: Dinas Pendidikan" in lines
    assert "Bulan: Maret 2025" in lines
    assert "Revisi 1" in lines
    assert f"Status: {DRAFT}" in lines
    assert "Aturan: TPP Kota A 2025" in lines
    by_name = {row[1]: row for row in rows}
    assert set(by_name) == {"Pegawai Sendiri", "Pegawai PAUD", "Rekan Sebidang"}  # not Dinkes
    assert [row[0] for row in rows] == [1, 2, 3]
    own = by_name["Pegawai Sendiri"]
    assert own[2:8] == (world.own.nip, 9, 5_000_000, 92.5, 4.75, 4_680_000)
    assert own[8] is None
    assert by_name["Pegawai PAUD"][6] == 0  # late nowhere: nothing taken from disiplin
    waiting = by_name["Rekan Sebidang"]
    assert (waiting[3], waiting[4], waiting[7]) == (7, None, None)
    assert waiting[8] == "predikat bulan ini belum dinilai"  # the reason, worded
    paud = by_name["Pegawai PAUD"][7]
    assert total[1] == "Total"
    assert (total[4], total[7]) == (10_000_000, 4_680_000 + paud)


def test_the_xlsx_keeps_amounts_as_rupiah_numbers_and_prints_the_header_on_every_page(
        world, sheet_run, login):
    content = login(world.users.hr_admin).get(url(XLSX, sheet_run, world.agency)).content
    sheet = load_workbook(io.BytesIO(content)).active
    amount = next(row[7] for row in sheet.iter_rows() if row[1].value == "Pegawai Sendiri")
    assert amount.value == 4_680_000
    assert amount.number_format == payroll_export.RUPIAH_FORMAT
    assert sheet.print_title_rows == "$9:$9"
    assert sheet.freeze_panes == "A10"
    assert sheet.page_setup.orientation == "landscape"
    assert "DRAFT" in sheet.oddHeader.center.text


def test_a_locked_run_says_locked_and_no_draft(world, sheet_run, login):
    with within(world.gov):
        TppRun.objects.filter(pk=sheet_run.pk).update(status=TppRun.Status.LOCKED)
    client = login(world.users.hr_admin)
    response = client.get(url(XLSX, sheet_run, world.agency), **ID)
    lines, _rows, _total = sheet_rows(response.content)
    assert "Status: TERKUNCI" in lines
    assert not any("DRAFT" in line for line in lines)
    assert response["Content-Disposition"].endswith('-r1-disdik.xlsx"')
    text = "\n".join(pdf_pages(client.get(url(PDF, sheet_run, world.agency), **ID).content))
    assert "TERKUNCI" in text
    assert "DRAFT" not in text


def test_the_pdf_shows_the_agency_amounts_with_dots_and_the_draft_marker(world, sheet_run, login):
    response = login(world.users.hr_admin).get(url(PDF, sheet_run, world.agency), **ID)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="TPP-2025-03-r1-disdik-draft.pdf"')
    text = "\n".join(pdf_pages(response.content))
    assert "Dinas Pendidikan" in text
    assert "Pemerintah Kota A".upper() in text
    assert DRAFT in text
    assert "Pegawai Sendiri" in text
    assert world.own.nip in text
    assert "4.680.000" in text
    assert "5.000.000" in text
    assert "4,75" in text
    assert "Pegawai Dinkes" not in text


def test_the_disiplin_percentage_is_held_at_the_cap():
    lines = [{"step": "deduction", "share": "disiplin", "percent": "3", "count": 40},
             {"step": "cap", "share": "disiplin", "percent": "100"},
             {"step": "deduction", "share": "produktivitas", "percent": "5", "count": 1}]
    assert payroll_export.disiplin_deduction_percent(lines) == Decimal(100)
    assert payroll_export.disiplin_deduction_percent(lines[2:]) == Decimal(0)


# ---------------------------------------------------------------- who may download


@pytest.mark.parametrize(("persona", "agency", "status"), [
    ("hr_admin", "agency", 200), ("hr_admin", "other_agency", 200),
    ("agency_admin", "agency", 200), ("agency_admin", "other_agency", 403),
    ("own", "agency", 403), ("supervisor", "agency", 403), ("leader", "agency", 403),
    ("other_gov", "agency", 404), ("operator", "agency", 404),
])
@pytest.mark.parametrize("name", [XLSX, PDF])
def test_who_may_download_the_sheet(world, sheet_run, login, persona, agency, status, name):
    response = login(getattr(world.users, persona)).get(url(name, sheet_run, getattr(world, agency)))
    assert response.status_code == status


@pytest.mark.parametrize("name", [XLSX, PDF])
def test_anonymous_is_sent_to_log_in(world, sheet_run, client, name):
    response = client.get(url(name, sheet_run, world.agency))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_an_agency_admin_gets_only_their_agency(world, sheet_run, login):
    client = login(world.users.agency_admin)
    _lines, rows, _total = sheet_rows(client.get(url(XLSX, sheet_run, world.agency)).content)
    assert {row[1] for row in rows} == {"Pegawai Sendiri", "Pegawai PAUD", "Rekan Sebidang"}


@pytest.mark.parametrize(("agency", "status"), [
    ("unit", 400),  # a unit of the government, but no perangkat daerah of this run
    ("other_gov_agency", 404),  # a perangkat daerah of another government
    (2_000_000_001, 404),  # no unit at all
])
def test_an_agency_that_is_not_of_this_run(world, sheet_run, login, agency, status):
    target = agency if isinstance(agency, int) else getattr(world, agency)
    client = login(world.users.hr_admin)
    assert client.get(url(XLSX, sheet_run, target)).status_code == status
    assert client.get(url(PDF, sheet_run, target)).status_code == status


def test_a_run_of_another_government_is_not_found(world, sheet_run, login):
    with within(world.other_gov):
        theirs = make_run(world.other_gov, name="TPP Kabupaten B")
        computed_slip(theirs, world.other_gov_employee)
    client = login(world.users.hr_admin)
    assert client.get(url(XLSX, theirs, world.other_gov_agency)).status_code == 404
    assert client.get(url(PDF, theirs, world.agency)).status_code == 404


def test_a_refused_download_takes_no_post(world, sheet_run, login):
    response = login(world.users.hr_admin).post(url(XLSX, sheet_run, world.agency))
    assert response.status_code == 405


# ---------------------------------------------------------------- cost


def _queries(client, name, run, agency) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url(name, run, agency)).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", [XLSX, PDF])
def test_the_query_count_does_not_grow_with_the_slips(world, sheet_run, login,
                                                     django_assert_max_num_queries, name):
    client = login(world.users.hr_admin)
    client.get(url(name, sheet_run, world.agency))  # warm the session and principal caches
    three = _queries(client, name, sheet_run, world.agency)
    with within(world.gov):
        for number in range(27):
            employee = EmployeeFactory(position=PositionFactory(unit=world.unit),
                                       name=f"Pegawai Tambahan {number:02d}")
            computed_slip(sheet_run, employee, events={"TL1": 1} if number % 2 else {})
        assert TppSlip.objects.filter(run=sheet_run, agency=world.agency).count() == 30
    with django_assert_max_num_queries(three):
        response = client.get(url(name, sheet_run, world.agency), **ID)
    if name == PDF:
        pages = pdf_pages(response.content)
        assert len(pages) >= 2
        # The table's header row and the draft marker are on every page.
        assert all("NIP" in page and "DRAFT" in page for page in pages)
    else:
        _lines, rows, _total = sheet_rows(response.content)
        assert len(rows) == 30
