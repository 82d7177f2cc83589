import datetime
from pathlib import Path

import pytest
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict
from abdi.people.models import Employee, PositionHistory, RankHistory
from abdi.people.tests.factories import make_nip
from abdi.transfer import bulk
from abdi.transfer.models import ImportJob

from . import files


def issues_by_row(job):
    found = {}
    for issue in job.report["issues"]:
        if issue["level"] == "error":
            found.setdefault(issue["row"], []).append((issue["column"], issue["message"]))
    return found


def imported():
    with scopes_disabled():
        return Employee.objects.filter(name__startswith="Pegawai Impor")


def test_every_kind_of_bad_row_is_reported_with_its_row_and_column(world, analyst, run_import):
    good = files.person(1)
    rows = [
        good,                                                              # row 2
        files.person(2, NIP="19900101201503100"),                          # 3: 17 digits
        files.person(3, **{"Kode Unit": "TIDAK-ADA"}),                     # 4: unknown unit
        files.person(4, NIP=good["NIP"]),                                  # 5: duplicate
        files.person(5, Nama=""),                                          # 6: missing name
        files.person(6, **{"TMT Golongan": "31/02/2015"}),                 # 7: bad date
        files.person(7, Jabatan="Kepala Dinas Kesehatan"),                 # 8: not in unit
        files.person(8, **{"Tanggal Lahir": "1991-05-05"}),                # 9: NIP disagrees
        files.person(9, Golongan="III/f"),                                 # 10: no such grade
        files.person(10, **{"Tanggal Lahir": "kemarin"}),                  # 11: bad date
    ]
    job = run_import(files.xlsx(files.table(rows)))

    assert job.status == ImportJob.Status.VALIDATED
    assert (job.new_count, job.invalid_count) == (1, 9)
    found = issues_by_row(job)
    assert set(found) == {3, 4, 5, 6, 7, 8, 9, 10, 11}
    assert found[3] == [("NIP", "The number must have exactly 18 digits; it has 17.")]
    assert found[4] == [("Kode Unit", "Unknown unit code “TIDAK-ADA”.")]
    assert found[5] == [("NIP", "This NIP already appears on row 2 of the file.")]
    assert found[6] == [("Nama", "This field is required.")]
    assert len(found[7]) == 1
    assert found[7][0][0] == "TMT Golongan"
    assert "YYYY-MM-DD" in found[7][0][1]
    assert found[8] == [("Jabatan", "The position “Kepala Dinas Kesehatan” does not exist "
                                    "in unit DISDIK-SD.")]
    assert found[9][0][0] == "NIP"
    assert "differs from the recorded birth date" in found[9][0][1]
    assert found[10][0][0] == "Golongan"
    assert found[11] == [("Tanggal Lahir", "“kemarin” is not a date; write it as YYYY-MM-DD, "
                                           "DD-MM-YYYY or DD/MM/YYYY.")]  # once, not "required"
    assert not imported().exists()  # a dry run writes no employee


def test_the_report_speaks_the_uploaders_language(world, run_import, settings):
    from django.utils import translation

    with translation.override("id"):
        job = run_import(files.xlsx(files.table([files.person(1, Nama="")])))
    assert job.language == "en"  # run_import uploads in English; the report follows it
    assert job.report["issues"][0]["message"] == "This field is required."


def test_a_file_with_one_bad_row_writes_nothing(world, run_import):
    rows = [files.person(1), files.person(2), files.person(3, **{"Jenis Kelamin": "X"})]
    job = run_import(files.xlsx(files.table(rows)))
    assert job.invalid_count == 1
    assert not job.can_commit
    with pytest.raises(Conflict):
        run_import(files.xlsx(files.table(rows)), confirm=True)
    assert not imported().exists()


def test_a_row_that_became_invalid_before_the_commit_stops_everything(world, run_import,
                                                                      monkeypatch):
    from abdi.transfer import services

    rows = [files.person(1), files.person(2)]
    original = services.commit

    def rename_unit_then_commit(job_id):
        with scopes_disabled():
            world.unit.__class__.objects.filter(pk=world.unit.pk).update(code="DIGANTI")
        original(job_id)

    monkeypatch.setattr(services, "commit", rename_unit_then_commit)
    job = run_import(files.xlsx(files.table(rows)), confirm=True)
    assert job.status == ImportJob.Status.FAILED
    assert "Nothing was imported" in job.message
    assert job.invalid_count == 2
    assert not imported().exists()


def test_a_database_failure_midway_leaves_nothing_half_saved(world, run_import, monkeypatch):
    from django.db import IntegrityError

    real_insert = bulk.insert_rows

    def fail_on_audit(model, objects):
        if model is AuditEntry:
            raise IntegrityError("simulated")
        real_insert(model, objects)

    monkeypatch.setattr(bulk, "insert_rows", fail_on_audit)
    job = run_import(files.xlsx(files.table([files.person(1), files.person(2)])), confirm=True)
    assert job.status == ImportJob.Status.FAILED
    assert not imported().exists()
    with scopes_disabled():
        assert not RankHistory.objects.filter(employee__name__startswith="Pegawai Impor").exists()


def test_commit_creates_employees_with_derived_fields_history_and_audit(world, analyst,
                                                                       run_import):
    rows = [files.person(1, Jabatan="analis  KEPEGAWAIAN"), files.person(2, Golongan="3b")]
    job = run_import(files.xlsx(files.table(rows)), confirm=True)

    assert job.status == ImportJob.Status.DONE
    assert job.progress == 100
    assert (job.new_count, job.updated_count) == (2, 0)
    with scopes_disabled():
        first = Employee.objects.get(nip=rows[0]["NIP"])
        second = Employee.objects.get(nip=rows[1]["NIP"])
        assert first.position == analyst
        assert first.job_kind == "FUNGSIONAL"
        assert first.agency_id == world.agency.pk
        assert first.unit_id == world.unit.pk
        assert first.grade_ordinal == 9
        # Ahli Muda retires at 58: born 1990-01-01 -> TMT pensiun 2048-02-01.
        assert first.retirement_date == datetime.date(2048, 2, 1)
        assert second.grade == "III/b"
        assert second.grade_ordinal == 10
        assert RankHistory.objects.filter(employee=first, grade="III/a").count() == 1
        assert PositionHistory.objects.filter(employee=first, position=analyst).count() == 1
        entries = AuditEntry.objects.filter(action=AuditEntry.Action.IMPORT,
                                            employee_id=first.pk)
        assert entries.count() == 1
        assert entries.get().actor == world.users.hr_admin
        assert entries.get().changes["nip"] == [None, first.nip]


def test_reimport_updates_by_nip_instead_of_duplicating(world, analyst, run_import):
    rows = [files.person(1), files.person(2)]
    run_import(files.xlsx(files.table(rows)), confirm=True)

    again = run_import(files.xlsx(files.table(rows)))
    assert (again.new_count, again.updated_count, again.unchanged_count) == (0, 0, 2)
    assert not again.can_commit

    rows[0] |= {"Golongan": "III/b", "TMT Golongan": "2019-04-01", "Jabatan": "Analis Kepegawaian"}
    changed = run_import(files.xlsx(files.table(rows)), confirm=True)
    assert changed.status == ImportJob.Status.DONE
    assert (changed.new_count, changed.updated_count, changed.unchanged_count) == (0, 1, 1)
    with scopes_disabled():
        assert imported().count() == 2
        employee = Employee.objects.get(nip=rows[0]["NIP"])
        assert employee.grade == "III/b"
        assert employee.grade_ordinal == 10
        assert employee.position == analyst
        assert employee.job_kind == "FUNGSIONAL"
        assert employee.version == 2
        assert list(employee.rank_history.values_list("grade", flat=True)) == ["III/b", "III/a"]
        assert employee.position_history.count() == 2
        created, update = AuditEntry.objects.filter(employee_id=employee.pk,
                                                    action="import").order_by("id")
        assert created.changes["grade"] == [None, "III/a"]
        assert update.changes["grade"] == ["III/a", "III/b"]
        assert "name" not in update.changes  # only what changed


def test_empty_cells_keep_the_current_values(world, run_import):
    row = files.person(1)
    run_import(files.xlsx(files.table([row])), confirm=True)
    partial = [["NIP", "Telepon"], [row["NIP"], "0811111111"]]
    job = run_import(files.csv_file(partial), name="hp.csv", confirm=True)
    assert job.status == ImportJob.Status.DONE
    assert job.updated_count == 1
    with scopes_disabled():
        employee = Employee.objects.get(nip=row["NIP"])
    assert employee.phone == "0811111111"
    assert employee.name == row["Nama"]


def test_agency_admin_cannot_import_into_another_agency(world, run_import):
    rows = [files.person(1), files.person(2, **{"Kode Unit": "DINKES"}),
            files.person(3, NIP=world.other_unit.nip, Nama="Pegawai Dinkes",
                         **{"Kode Unit": "DINKES"})]
    job = run_import(files.xlsx(files.table(rows)), user=world.users.agency_admin)
    found = issues_by_row(job)
    assert found[3] == [("Kode Unit", "You may not import employees into “Dinas Kesehatan”.")]
    assert found[4][0][0] == "NIP"
    assert "another perangkat daerah" in found[4][0][1]
    assert job.invalid_count == 2
    assert job.new_count == 1


def test_agency_admin_cannot_move_someone_out_of_the_agency(world, run_import):
    with scopes_disabled():
        peer = world.peer
    row = files.person(1, NIP=peer.nip, Nama=peer.name, **{"Kode Unit": "DINKES"})
    job = run_import(files.csv_file(files.table([row])), name="a.csv",
                     user=world.users.agency_admin)
    assert issues_by_row(job)[2][0][0] == "Kode Unit"


def test_a_plain_employee_may_not_import(world, run_import):
    from abdi.core.errors import Forbidden

    with pytest.raises(Forbidden):
        run_import(files.xlsx(files.table([files.person(1)])), user=world.users.own)


def test_head_position_already_held_is_refused(world, run_import):
    row = files.person(1, Jabatan="Kepala Bidang Pembinaan SD")
    job = run_import(files.xlsx(files.table([row])))
    assert issues_by_row(job)[2] == [("Jabatan", "Another employee already holds this head "
                                                 "position.")]


def test_english_headers_csv_semicolons_and_windows_1252_names(world, run_import):
    header = ["NIP", "Name", "Date of birth", "Sex", "Employee kind", "Unit code", "Status",
              "TMT CPNS"]
    row = files.person(1)
    data = files.csv_file([header, [row["NIP"], "Dédé Françoise", "01/01/1990", "Laki-laki",
                                    "pns", "disdik-sd", "Active", "01-03-2015"]],
                          delimiter=";", encoding="cp1252")
    job = run_import(data, name="pegawai.csv", confirm=True)
    assert job.status == ImportJob.Status.DONE, job.report
    with scopes_disabled():
        employee = Employee.objects.get(nip=row["NIP"])
    assert employee.name == "Dédé Françoise"
    assert employee.gender == "L"
    assert employee.status == "aktif"
    assert employee.unit == world.unit


def test_real_excel_dates_and_numbers_stored_as_numbers(world, run_import):
    birth = datetime.date(1985, 6, 15)
    nip = make_nip(birth, datetime.date(2010, 1, 1), "P", 7)
    rows = [["NIP", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Jenis Pegawai", "Kode Unit",
             "TMT CPNS", "Telepon"],
            [nip, "Pegawai Impor Tanggal", birth, "P", "PNS", "DISDIK-SD",
             datetime.datetime(2010, 1, 1), 81234567890],
            [int(make_nip(birth, datetime.date(2010, 1, 1), "P", 8)), "Pegawai Impor Angka",
             birth, "P", "PNS", "DISDIK-SD", datetime.date(2010, 1, 1), ""]]
    job = run_import(files.xlsx(rows))
    found = issues_by_row(job)
    assert list(found) == [3]
    assert found[3][0][0] == "NIP"
    assert "Format the column as Text" in found[3][0][1]
    assert job.new_count == 1


def test_warnings_do_not_block_the_import(world, run_import):
    # Age 16 at TMT CPNS: the NIP is well-formed but implausible (personnel.md N11).
    birth, tmt = datetime.date(2008, 1, 1), datetime.date(2024, 1, 1)
    row = files.person(1, birth=birth, tmt=tmt)
    job = run_import(files.xlsx(files.table([row])))
    assert job.invalid_count == 0
    assert job.warning_count == 1
    assert job.can_commit
    assert job.report["issues"][0]["level"] == "warning"


def test_formula_looking_text_is_stored_as_text(world, run_import):
    row = files.person(1, Nama="=HYPERLINK(\"http://evil\",\"klik\")")
    job = run_import(files.xlsx(files.table([row])), confirm=True)
    assert job.status == ImportJob.Status.DONE
    with scopes_disabled():
        assert Employee.objects.get(nip=row["NIP"]).name.startswith("=HYPERLINK")


def test_a_huge_cell_in_a_workbook_is_a_row_error(world, run_import):
    row = files.person(1, Nama="x" * (10 * 1024 * 1024))
    job = run_import(files.xlsx(files.table([row])))
    assert job.invalid_count == 1
    column, message = issues_by_row(job)[2][0]
    assert column == "Nama"
    assert "characters" in message
    assert len(str(job.report)) < 10_000  # the report never copies the cell


def test_no_header_row_and_missing_columns(world, run_import):
    from abdi.transfer.parsing import UploadRejected

    with pytest.raises(UploadRejected, match="No header row"):
        run_import(files.xlsx([["foo", "bar"], ["1", "2"]]))
    with pytest.raises(UploadRejected, match="no data rows"):
        run_import(files.xlsx([files.HEADER]))
    job = run_import(files.xlsx([["NIP", "Nama", "Hobi"], [files.person(1)["NIP"], "A", "x"]]))
    notes = " ".join(job.report["notes"])
    assert "Columns missing" in notes
    assert "Hobi" in notes
    assert job.invalid_count == 1  # a new employee without birth date, sex, kind, unit


def test_an_admin_may_not_change_their_own_record_by_import(world, run_import):
    with scopes_disabled():
        me = world.hr_admin_employee
    base = {"NIP": me.nip, "Nama": me.name, "Kode Unit": "DINKES"}
    same = run_import(files.csv_file([list(base), list(base.values())]), name="me.csv")
    assert same.unchanged_count == 1
    assert same.invalid_count == 0
    changed = run_import(files.csv_file([[*base, "Telepon"], [*base.values(), "0800"]]),
                         name="me.csv")
    assert issues_by_row(changed)[2] == [("NIP", "You may not change this employee.")]


def test_formula_cells_are_never_evaluated(world, run_import):
    # openpyxl stores "=…" as a formula with no cached result; nothing computes one.
    row = files.person(1, Nama="=UPPER(\"budi\")")
    job = run_import(files.xlsx(files.table([row]), literal_text=False))
    assert issues_by_row(job)[2] == [("Nama", "This field is required.")]


def test_the_sample_broken_csv_in_tests_data(world, run_import):
    """A Windows-1252, semicolon file as Excel in Indonesia saves it, with one error per row."""
    data = (Path(__file__).parent / "data" / "pegawai-salah.csv").read_bytes()
    job = run_import(data, name="pegawai-salah.csv")
    found = issues_by_row(job)
    assert (job.new_count, job.invalid_count) == (2, 7)
    assert [found[row][0][0] for row in sorted(found)] == [
        "NIP", "Kode Unit", "NIP", "Nama", "Tanggal Lahir", "Jabatan", "NIP"]
    assert "already appears on row 3" in found[6][0][1]
    assert "Too long" in found[10][0][1]  # the formula is text, never run
