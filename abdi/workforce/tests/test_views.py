"""The pages: bad input answers 4xx with a clear message and saves nothing; downloads; lists
with a fixed number of queries whatever the number of jabatan."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from abdi.tenancy.scoping import within
from abdi.workforce.models import AbkTask
from abdi.workforce.services import abk as services
from abdi.workforce.services import proposals

from .conftest import actor_of
from .factories import AdminPositionFactory, holder
from .files import GOOD, xlsx

TASK = {"name": "Menyusun telaahan staf", "output_unit": "telaahan", "volume": "12",
        "period": "tahun", "norma_minutes": "120"}


def _tasks(world):
    with within(world.gov):
        return list(AbkTask.objects.values_list("name", "volume", "norma_minutes"))


@pytest.mark.parametrize(("fields", "message"), [
    ({"volume": "-4"}, "cannot be negative"), ({"volume": "abc"}, "whole number"),
    ({"norma_minutes": "0"}, "norma waktu must be"), ({"volume": "99999999999"}, "at most"),
    ({"norma_minutes": "1e9"}, "whole number"), ({"name": ""}, "Describe the task")])
def test_absurd_task_numbers_are_refused(world, abk_world, client, login, fields, message):
    response = login(world.users.agency_admin).post(
        reverse("workforce:line", args=[abk_world.abk.pk, abk_world.it_line.pk]),
        TASK | fields | {"version": abk_world.abk.version})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _tasks(world) == []


def test_adding_and_editing_without_javascript(world, abk_world, client, login):
    c = login(world.users.agency_admin)
    url = reverse("workforce:line", args=[abk_world.abk.pk, abk_world.it_line.pk])
    assert c.post(url, TASK | {"version": abk_world.abk.version}).status_code == 302
    with within(world.gov):
        task = AbkTask.objects.get()
    edit = reverse("workforce:task", args=[abk_world.abk.pk, task.pk])
    page = c.get(edit)
    assert page.status_code == 200
    assert 'data-testid="edit-row"' in page.content.decode()
    assert c.post(edit, TASK | {"volume": "24", "version": task.version}).status_code == 302
    # The same edit from a page loaded before that change: 409, nothing lost.
    stale = c.post(edit, TASK | {"volume": "36", "version": task.version})
    assert stale.status_code == 409
    assert "Someone else changed this" in stale.content.decode()
    assert _tasks(world) == [(TASK["name"], 24, 120)]
    task.refresh_from_db()
    assert c.post(edit, {"delete": "1", "version": task.version}).status_code == 302
    assert _tasks(world) == []


def test_stale_abk_version_on_submit_is_409(world, filled, client, login):
    response = login(world.users.agency_admin).post(
        reverse("workforce:act", args=[filled.abk.pk]),
        {"action": "submit", "version": filled.abk.version - 1})
    assert response.status_code == 409


def test_unknown_action_is_400(world, filled, client, login):
    response = login(world.users.hr_admin).post(
        reverse("workforce:act", args=[filled.abk.pk]), {"action": "explode", "version": 1})
    assert response.status_code == 400


def _upload(c, abk, data, name, commit="1"):
    return c.post(reverse("workforce:import", args=[abk.pk]),
                  {"file": SimpleUploadedFile(name, data), "commit": commit,
                   "version": abk.version})


def test_import_with_broken_rows_lists_them_and_imports_nothing(world, abk_world, client, login):
    c = login(world.users.agency_admin)
    rows = [*GOOD, ["Jabatan Fiktif", "Tugas", "dok", 1, "tahun", 10],
                   ["Pengadministrasi Perkantoran", "Tugas", "dok", -1, "tahun", 10]]
    response = _upload(c, abk_world.abk, xlsx(rows), "tugas.xlsx")
    assert response.status_code == 400
    body = response.content.decode()
    assert "Row 6" in body
    assert "Row 7" in body
    assert "Nothing was imported" in body
    assert _tasks(world) == []


def test_import_dry_run_then_commit(world, abk_world, client, login):
    c = login(world.users.agency_admin)
    checked = _upload(c, abk_world.abk, xlsx(GOOD), "tugas.xlsx", commit="0")
    assert checked.status_code == 200
    assert "3 tasks are ready" in checked.content.decode()
    assert _tasks(world) == []
    done = _upload(c, abk_world.abk, xlsx(GOOD), "tugas.xlsx")
    assert done.status_code == 302
    assert len(_tasks(world)) == 3


@pytest.mark.parametrize(("data", "name", "status"), [
    (b"MZ\x90\x00" + b"\x00" * 400, "tugas.xlsx", 400), (b"%PDF-1.7\n", "tugas.pdf", 400),
    (b"PK\x03\x04garbage", "tugas.xlsx", 400), (b"a;b\n" * 600_000, "tugas.csv", 413)])
def test_hostile_uploads_are_refused(world, abk_world, client, login, data, name, status):
    response = _upload(login(world.users.agency_admin), abk_world.abk, data, name)
    assert response.status_code == status
    assert 'data-testid="error"' in response.content.decode()
    assert _tasks(world) == []


def test_import_without_file_is_400(world, abk_world, client, login):
    response = login(world.users.agency_admin).post(
        reverse("workforce:import", args=[abk_world.abk.pk]), {"version": abk_world.abk.version})
    assert response.status_code == 400


def test_bad_ids_and_bad_years(world, abk_world, client, login):
    c = login(world.users.hr_admin)
    assert c.get(reverse("workforce:line", args=[abk_world.abk.pk, 2_000_000_001])).status_code \
        == 404
    assert c.post(reverse("workforce:start"), {"unit": world.unit.pk, "year": "1900"}) \
        .status_code == 400
    assert c.post(reverse("workforce:start"), {"unit": "x", "year": "2026"}).status_code == 404
    assert c.post(reverse("workforce:wke"), {"wke_minutes": "-1"}).status_code == 400
    assert c.get(reverse("workforce:index") + "?year=abc&agency=;drop").status_code == 200


def test_proposal_pdf_and_xlsx(world, filled, client, login, year):
    hr, admin = actor_of(world.users.hr_admin), actor_of(world.users.agency_admin)
    with within(world.gov):
        abk = services.submit_abk(actor=admin, abk=filled.abk, version=filled.abk.version)
        services.review_abk(actor=hr, abk=abk, version=abk.version, approve=True)
        proposal = proposals.create_proposal(actor=hr, agency=world.agency, year=year)
        proposals.approve_proposal(actor=hr, proposal=proposal, version=proposal.version)
    c = login(world.users.hr_admin)
    pdf = c.get(reverse("workforce:proposal_pdf", args=[proposal.pk]))
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Pengadministrasi Perkantoran" in text
    assert world.hr_admin_employee.nip in text
    assert "75.000" in text
    book = load_workbook(io.BytesIO(c.get(reverse("workforce:proposal_xlsx",
                                                  args=[proposal.pk])).content))
    cells = [c for row in book.active.iter_rows(values_only=True) for c in row if c]
    assert "Pengadministrasi Perkantoran" in cells
    assert any(isinstance(c, str) and world.hr_admin_employee.nip in c for c in cells)
    # Approving twice is a conflict, not a second set of lines.
    again = c.post(reverse("workforce:proposal_approve", args=[proposal.pk]),
                   {"version": proposal.version})
    assert again.status_code in (409, 403)


def _queries(c, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert c.get(url).status_code == 200
    return len(captured)


def test_pages_query_count_does_not_grow_with_jabatan(world, client, login, year):
    """1 jabatan against 20 (with a holder each): the same number of queries on every page."""
    c = login(world.users.hr_admin)
    c.get(reverse("workforce:index"))  # warms the per-user caches (grants, session)
    counts = []
    for unit, size in ((world.unit, 1), (world.sibling_unit, 20)):
        for n in range(size):
            holder(AdminPositionFactory(unit=unit, name=f"Jabatan Uji {n}"))
        with within(world.gov):
            abk = services.start_abk(actor=actor_of(world.users.hr_admin), unit=unit, year=year)
            line = abk.lines.order_by("pk").last()
        index = reverse("workforce:index") + f"?agency={world.agency.pk}"
        counts.append((_queries(c, index), _queries(c, reverse("workforce:abk", args=[abk.pk])),
                       _queries(c, reverse("workforce:line", args=[abk.pk, line.pk]))))
    assert counts[0] == counts[1]
    assert max(counts[1]) <= 16


def test_import_from_a_stale_page_is_409_and_imports_nothing(world, abk_world, client, login):
    c = login(world.users.agency_admin)
    response = c.post(reverse("workforce:import", args=[abk_world.abk.pk]),
                      {"file": SimpleUploadedFile("tugas.xlsx", xlsx(GOOD)), "commit": "1",
                       "version": abk_world.abk.version + 5})
    assert response.status_code == 409
    assert _tasks(world) == []


def test_proposal_pages_query_count_does_not_grow(world, client, login, year):
    """A draft proposal over 1 approved jabatan against 20: same queries."""
    hr, c = actor_of(world.users.hr_admin), login(world.users.hr_admin)
    c.get(reverse("workforce:proposals"))
    counts, proposal = [], None
    for unit, size in ((world.unit, 1), (world.sibling_unit, 20)):
        for n in range(size):
            holder(AdminPositionFactory(unit=unit, name=f"Jabatan Uji {n}"))
        with within(world.gov):
            abk = services.start_abk(actor=hr, unit=unit, year=year)
            line = abk.lines.order_by("pk").last()
            services.add_task(actor=hr, abk=abk, line=line, version=abk.version,
                              name="Tugas uji", output_unit="dok", volume=1, norma_minutes=100)
            abk.refresh_from_db()
            abk = services.submit_abk(actor=hr, abk=abk, version=abk.version)
            services.review_abk(actor=hr, abk=abk, version=abk.version, approve=True)
            if proposal is None:
                proposal = proposals.create_proposal(actor=hr, agency=None, year=year)
        counts.append((_queries(c, reverse("workforce:proposals")),
                       _queries(c, reverse("workforce:proposal", args=[proposal.pk]))))
    assert counts[0] == counts[1]


def test_abk_page_shows_the_unit_efficiency(world, filled, client, login):
    page = login(world.users.leader).get(reverse("workforce:abk", args=[filled.abk.pk]))
    body = page.content.decode()
    # 1.768 FTE over the unit's 5 holders: EU 0.35, band E.
    assert 'data-testid="unit-ej">0.35 / E<' in body
    assert 'data-testid="submit"' not in body  # the leader only reads
