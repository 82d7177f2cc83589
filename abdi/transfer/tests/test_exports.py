import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from abdi.people.models import Employee
from abdi.people.tests.factories import EmployeeFactory
from abdi.transfer.models import ImportJob

EXPORT = reverse("transfer:export_employees")


def sheet_rows(response, sheet=0):
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = [[cell.value for cell in row] for row in book.worksheets[sheet].iter_rows()]
    return rows[0], rows[1:]


def nips(rows, header):
    position = header.index("NIP")
    return {row[position] for row in rows}


def all_nips(world, *, gov):
    with scopes_disabled():
        return set(Employee.objects.filter(instansi=gov).values_list("nip", flat=True))


def test_bkpsdm_exports_the_whole_government_with_nik(client, world, login):
    login(world.users.hr_admin)
    header, rows = sheet_rows(client.get(EXPORT))
    assert nips(rows, header) == all_nips(world, gov=world.gov)
    assert world.other_gov_employee.nip not in nips(rows, header)
    assert "NIK" in header
    assert header[:3] == ["NIP", "Name", "Front title"]  # the user's language


def test_leader_sees_everyone_but_no_nik(client, world, login):
    login(world.users.leader)
    header, rows = sheet_rows(client.get(EXPORT))
    assert nips(rows, header) == all_nips(world, gov=world.gov)
    assert "NIK" not in header
    assert not any(world.own.nik in [str(v) for v in row] for row in rows)


def test_agency_admin_exports_only_their_agency(client, world, login):
    login(world.users.agency_admin)
    header, rows = sheet_rows(client.get(EXPORT))
    expected = {world.agency_head.nip, world.supervisor.nip, world.own.nip, world.peer.nip,
                world.sibling.nip}
    assert nips(rows, header) == expected
    assert "NIK" in header


def test_export_follows_the_directory_filters(client, world, login):
    login(world.users.hr_admin)
    header, rows = sheet_rows(client.get(EXPORT, {"unit": world.unit.pk}))
    assert nips(rows, header) == {world.supervisor.nip, world.own.nip, world.peer.nip}
    header, rows = sheet_rows(client.get(EXPORT, {"q": "Pegawai Sendiri"}))
    assert nips(rows, header) == {world.own.nip}
    header, rows = sheet_rows(client.get(EXPORT, {"agency": world.other_gov_agency.pk}))
    assert rows == []  # another government's agency id finds nothing
    assert client.get(EXPORT, {"agency": "1 OR 1=1"}).status_code == 400


def test_cells_that_look_like_formulas_are_escaped(client, world, login):
    with scopes_disabled():
        EmployeeFactory(position=world.own.position, name='=HYPERLINK("http://x","klik")',
                        phone="+6281234567", back_title="@SUM(A1)", birth_place="-2+3")
    login(world.users.hr_admin)
    header, rows = sheet_rows(client.get(EXPORT, {"q": "HYPERLINK"}))
    row = dict(zip(header, rows[0], strict=True))
    assert row["Name"] == "'=HYPERLINK(\"http://x\",\"klik\")"
    assert row["Phone"] == "'+6281234567"
    assert row["Back title"] == "'@SUM(A1)"
    assert row["Place of birth"] == "'-2+3"


def test_export_reimports_as_unchanged(client, world, login):
    login(world.users.hr_admin)
    response = client.get(EXPORT)
    data = b"".join(response.streaming_content)
    uploaded = client.post(reverse("transfer:upload"), {
        "kind": "employees", "file": SimpleUploadedFile("ekspor.xlsx", data)})
    assert uploaded.status_code == 302
    with scopes_disabled():
        job = ImportJob.objects.get()
    assert (job.invalid_count, job.new_count, job.updated_count) == (0, 0, 0), job.report
    assert job.unchanged_count == len(all_nips(world, gov=world.gov))


def test_units_and_positions_export_and_reimport(client, world, login):
    login(world.users.hr_admin)
    response = client.get(reverse("transfer:export_units"))
    data = b"".join(response.streaming_content)
    book = load_workbook(io.BytesIO(data))
    units = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    assert units[0][:4] == ["Code", "Name", "Kind", "Parent code"]
    codes = {row[0] for row in units[1:]}
    assert codes == {"DISDIK", "DISDIK-SD", "DISDIK-PAUD", "DINKES"}  # not DINSOS
    uploaded = client.post(reverse("transfer:upload"), {
        "kind": "organisation", "file": SimpleUploadedFile("org.xlsx", data)})
    assert uploaded.status_code == 302
    with scopes_disabled():
        job = ImportJob.objects.get()
    assert (job.invalid_count, job.new_count, job.updated_count) == (0, 0, 0), job.report


@pytest.mark.parametrize("extra", [1, 6])
def test_export_makes_the_same_queries_for_few_or_many_rows(client, world, login, extra,
                                                           django_assert_num_queries):
    with scopes_disabled():
        for _n in range(extra):
            EmployeeFactory(position=world.own.position)
    login(world.users.hr_admin)
    client.get(EXPORT)  # warm the session and caches
    with django_assert_num_queries(QUERIES_PER_EXPORT):
        b"".join(client.get(EXPORT).streaming_content)


# The session and the rows (user, device and roles come from the cache): not growing with the rows.
QUERIES_PER_EXPORT = 2
