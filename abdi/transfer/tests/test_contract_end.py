"""The PPPK contract end (Akhir Perjanjian Kerja) through the employee import and its template."""

import datetime
import io

from django_scopes import scopes_disabled
from openpyxl import load_workbook

from abdi.accounts.actor import Actor
from abdi.people.models import Employee
from abdi.people.tests.factories import EmployeeFactory, make_nip
from abdi.tenancy.scoping import within
from abdi.transfer import exports
from abdi.transfer.columns import EMPLOYEES
from abdi.transfer.models import ImportJob

from . import files
from .test_employees import issues_by_row

HEADER = [*files.HEADER, "Akhir Perjanjian Kerja"]
BIRTH, TMT = datetime.date(1991, 4, 9), datetime.date(2022, 7, 1)


def pppk(serial: int, **overrides) -> dict:
    """A valid PPPK row (NI PPPK, golongan IX)."""
    return files.person(serial, birth=BIRTH, tmt=TMT, **{
        "NIP": make_nip(BIRTH, TMT, "L", serial, pppk=True), "Jenis Pegawai": "PPPK",
        "Golongan": "IX", "TMT Golongan": "", **overrides})


def stored(nip):
    with scopes_disabled():
        return Employee.objects.get(nip=nip)


def test_the_column_is_found_by_its_header_and_aliases():
    for header in ("Akhir Perjanjian Kerja", "akhir_kontrak", "PPPK contract ends on",
                   "Contract end (dd-mm-yyyy)"):
        assert EMPLOYEES.match(header).field == "contract_ends_on", header


def test_a_pppk_row_imports_its_contract_end_in_every_date_format(world, run_import):
    rows = [pppk(11, **{"Akhir Perjanjian Kerja": "2027-06-30"}),
            pppk(12, **{"Akhir Perjanjian Kerja": "31-12-2027"}),
            pppk(13, **{"Akhir Perjanjian Kerja": "15/03/2028"}),
            pppk(14, **{"Akhir Perjanjian Kerja": datetime.datetime(2028, 4, 30)}),
            pppk(15)]
    job = run_import(files.xlsx(files.table(rows, HEADER)), confirm=True)
    assert job.status == ImportJob.Status.DONE, job.report
    assert [stored(row["NIP"]).contract_ends_on for row in rows] == [
        datetime.date(2027, 6, 30), datetime.date(2027, 12, 31), datetime.date(2028, 3, 15),
        datetime.date(2028, 4, 30), None]


def test_an_existing_pppk_gets_its_contract_end_by_reimport(world, run_import):
    employee = EmployeeFactory(position=None, unit=world.unit, kind="PPPK", grade="IX")
    job = run_import(files.csv_file([["NIP", "Akhir Perjanjian Kerja"],
                                     [employee.nip, "2029-01-31"]]), name="p.csv", confirm=True)
    assert job.status == ImportJob.Status.DONE, job.report
    assert (job.updated_count, job.invalid_count) == (1, 0)
    assert stored(employee.nip).contract_ends_on == datetime.date(2029, 1, 31)


def test_a_contract_end_for_a_pns_or_an_unreadable_date_is_a_row_error(world, run_import):
    existing_pns = EmployeeFactory(position=None, unit=world.unit)
    rows = [pppk(21, **{"Akhir Perjanjian Kerja": "2027-06-30"}),        # row 2: fine
            files.person(22, **{"Akhir Perjanjian Kerja": "2027-06-30"}),  # 3: a new PNS
            pppk(23, **{"Akhir Perjanjian Kerja": "akhir tahun"}),         # 4: not a date
            pppk(24, **{"Akhir Perjanjian Kerja": "31/02/2027"})]          # 5: no such day
    job = run_import(files.xlsx(files.table(rows, HEADER)))
    assert (job.new_count, job.invalid_count) == (1, 3)
    found = issues_by_row(job)
    assert found[3] == [("Akhir Perjanjian Kerja", "Only a PPPK has a contract end date.")]
    assert found[4] == [("Akhir Perjanjian Kerja", "“akhir tahun” is not a date; write it as "
                                                   "YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY.")]
    assert found[5][0][0] == "Akhir Perjanjian Kerja"
    assert not job.can_commit

    update = run_import(files.csv_file([["NIP", "Akhir Perjanjian Kerja"],
                                        [existing_pns.nip, "2027-06-30"]]), name="p.csv")
    assert issues_by_row(update) == {
        2: [("Akhir Perjanjian Kerja", "Only a PPPK has a contract end date.")]}
    with scopes_disabled():
        assert Employee.objects.get(pk=existing_pns.pk).contract_ends_on is None


def test_the_template_has_the_column_as_a_date(world):
    with within(world.gov):
        stream = exports.employee_template(Actor.for_user(world.users.hr_admin))
    book = load_workbook(io.BytesIO(stream.read()))
    sheet = book["Pegawai"]
    header = [cell.value for cell in sheet[1]]
    assert "Akhir Perjanjian Kerja" in header
    position = header.index("Akhir Perjanjian Kerja") + 1
    assert sheet.cell(row=2, column=position).number_format == exports.DATE_FORMAT
    instructions = "\n".join(str(row[0].value) for row in book.worksheets[1].iter_rows())
    assert "Akhir Perjanjian Kerja" in instructions
