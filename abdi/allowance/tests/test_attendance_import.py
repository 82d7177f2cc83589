"""Importing machine punches: CSV and XLSX in either language, local times stored aware, bad rows
reported while the rest is stored, whole-file refusals leave nothing behind, and only BKPSDM or
the agency's admin (for their own employees) may import."""

import datetime
import io
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory
from abdi.allowance.models import AttendanceImport, AttendancePunch
from abdi.allowance.services import attendance_import
from abdi.allowance.services.attendance_import import import_punches
from abdi.audit.models import AuditEntry
from abdi.core.errors import DomainError, Forbidden
from abdi.tenancy.models import Holiday
from abdi.tenancy.scoping import within

WIB = ZoneInfo("Asia/Jakarta")
WITA = ZoneInfo("Asia/Makassar")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" * 4


def csv_file(*lines, name="absensi.csv"):
    return SimpleUploadedFile(name, ("\n".join(lines) + "\n").encode())


def xlsx_file(rows, name="absensi.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return SimpleUploadedFile(name, data.getvalue())


def run(world, upload, user=None, instansi=None):
    instansi = instansi or world.gov
    actor = Actor.for_user(user or world.users.hr_admin)
    with within(instansi):
        return import_punches(actor=actor, instansi_id=instansi.pk, upload=upload)


def stored(instansi):
    """(NIP, local wall-clock time, device) of every stored punch."""
    with within(instansi):
        return sorted((p.employee.nip, p.punched_at.astimezone(instansi.zone).replace(tzinfo=None),
                       p.device) for p in AttendancePunch.objects.select_related("employee"))


def nothing_stored(world):
    with within(world.gov):
        return (not AttendancePunch.objects.exists() and not AttendanceImport.objects.exists()
                and not AuditEntry.objects.filter(action=AuditEntry.Action.IMPORT).exists())


def at(text):
    return datetime.datetime.fromisoformat(text)


def test_a_csv_with_tanggal_and_jam_stores_each_punch_as_an_aware_local_time(world):
    own, peer = world.own.nip, world.peer.nip
    batch = run(world, csv_file(
        "NIP;Tanggal;Jam;Perangkat",
        f"{own};03/03/2025;07:29:10;Mesin Lobi",
        f"{own};03/03/2025;16.02;Mesin Lobi",
        f"{peer};2025-03-03;07:45;Mesin Lt 2",
    ))
    assert (batch.rows, batch.stored, batch.duplicates, batch.refused, batch.warnings) == (3, 3, 0, 0, 0)
    assert (batch.first_day, batch.last_day) == (datetime.date(2025, 3, 3),) * 2
    assert stored(world.gov) == sorted([
        (own, at("2025-03-03 07:29:10"), "Mesin Lobi"), (own, at("2025-03-03 16:02"), "Mesin Lobi"),
        (peer, at("2025-03-03 07:45"), "Mesin Lt 2")])
    with within(world.gov):
        first = AttendancePunch.objects.get(employee=world.own, punched_at__lt=at("2025-03-03 12:00")
                                            .replace(tzinfo=WIB))
        entry = AuditEntry.objects.get(action=AuditEntry.Action.IMPORT)
    # WIB is UTC+7: the database holds the moment, 00:29:10 UTC.
    assert first.punched_at == datetime.datetime(2025, 3, 3, 0, 29, 10, tzinfo=datetime.UTC)
    assert first.batch == batch
    assert first.source == AttendancePunch.Source.MACHINE
    assert entry.object_id == str(batch.pk)
    assert entry.changes["stored"] == [None, 3]


def test_an_xlsx_with_one_waktu_column_in_english_headers_is_read_alike(world):
    own = world.own.nip
    batch = run(world, xlsx_file([
        ["Rekap presensi Maret 2025"],  # a title row above the header is skipped
        ["employee id", "DATE AND TIME", "device"],
        [own, datetime.datetime(2025, 3, 4, 7, 30, 59), "Face 1"],
        [own, "04/03/2025 16:00", "Face 1"],
        [world.peer.nip, "2025-03-04T07:31:00", None],
    ]))
    assert (batch.rows, batch.stored, batch.refused, batch.file_format) == (3, 3, 0, "xlsx")
    assert stored(world.gov) == sorted([
        (own, at("2025-03-04 07:30:59"), "Face 1"), (own, at("2025-03-04 16:00"), "Face 1"),
        (world.peer.nip, at("2025-03-04 07:31"), "")])


def test_an_xlsx_with_real_date_and_time_cells(world):
    batch = run(world, xlsx_file([
        ["nip", "tanggal", "jam"],
        [world.own.nip, datetime.date(2025, 3, 5), datetime.time(7, 15)],
        [world.own.nip, datetime.date(2025, 3, 5), 0.6875],  # 16:30 as Excel's fraction of a day
    ]))
    assert batch.stored == 2
    assert [moment for _nip, moment, _device in stored(world.gov)] == [
        at("2025-03-05 07:15"), at("2025-03-05 16:30")]


def test_times_are_read_in_the_zone_of_the_importing_government(world):
    RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    run(world, csv_file("NIP,Waktu", f"{world.other_gov_employee.nip},2025-03-03 07:30"),
        user=world.users.other_gov, instansi=world.other_gov)
    with within(world.other_gov):
        punch = AttendancePunch.objects.get()
    assert punch.punched_at == datetime.datetime(2025, 3, 3, 7, 30, tzinfo=WITA)
    assert punch.punched_at == datetime.datetime(2025, 3, 2, 23, 30, tzinfo=datetime.UTC)


def test_bad_rows_are_reported_and_the_rest_is_stored(world):
    with within(world.gov):
        Holiday.objects.create(instansi=world.gov, date=datetime.date(2025, 3, 6), name="Nyepi")
        Holiday.objects.create(instansi=world.gov, date=datetime.date(2025, 3, 7),
                                       name="Libur daerah")
    own = world.own.nip
    tomorrow = (timezone.localtime(timezone.now(), WIB) + datetime.timedelta(days=1)).strftime(
        "%Y-%m-%d")
    batch = run(world, csv_file(
        "NIP,Tanggal,Jam",
        f"{own},2025-03-03,07:20:05",          # row 2: stored
        "199999999999999999,2025-03-03,07:20",  # row 3: nobody has this NIP
        f"{world.other_gov_employee.nip},2025-03-03,07:20",  # row 4: of another government
        f"{own},2025-03-03,07:20:40",          # row 5: same minute as row 2
        f"{own},2025-03-03,25:99",             # row 6: no such time
        f"{own},{tomorrow},07:30",             # row 7: in the future
        f"{own},2025-03-09,08:00",             # row 8: a Sunday, stored with a warning
        f"{own},2025-03-06,08:00",             # row 9: allowance holiday, stored with a warning
        f"{own},2025-03-07,08:00",             # row 10: holiday of the government's calendar
        ",2025-03-03,07:20",                  # row 11: no NIP
        f"{own},2025-03-03,",                  # row 12: no time
        f"{own},2025-03-03,07:20",             # row 13: same minute again
    ))
    assert (batch.rows, batch.stored, batch.duplicates, batch.refused, batch.warnings) == (12, 4, 2, 6, 3)
    lines = {line["row"]: line for line in batch.report_lines()}
    assert {row: line["code"] for row, line in lines.items()} == {
        3: "unknown_nip", 4: "unknown_nip", 6: "bad_time", 7: "future", 8: "non_working_day",
        9: "non_working_day", 10: "non_working_day", 11: "no_nip", 12: "no_time"}
    # Another government's employee reads exactly like a NIP nobody has.
    assert lines[4]["reason"] == lines[3]["reason"] == "Unknown NIP."
    assert lines[8]["level"] == "warning"
    assert lines[3]["level"] == "refused"
    assert "25:99" in lines[6]["reason"]
    assert [moment for _nip, moment, _device in stored(world.gov)] == [
        at("2025-03-03 07:20:05"), at("2025-03-06 08:00"), at("2025-03-07 08:00"),
        at("2025-03-09 08:00")]
    with within(world.other_gov):
        assert not AttendancePunch.objects.exists()


def test_the_report_is_translated_when_read(world):
    batch = run(world, csv_file("NIP,Waktu", "123,2025-03-03 07:00"))
    with translation.override("id"):
        assert batch.report_lines()[0]["reason"] == "NIP tidak dikenal."


def test_a_file_imported_twice_stores_its_punches_once(world):
    lines = ("NIP,Waktu", f"{world.own.nip},2025-03-03 07:20:05", f"{world.own.nip},2025-03-03 16:10")
    run(world, csv_file(*lines))
    again = run(world, csv_file(*lines))
    assert (again.stored, again.duplicates) == (0, 2)
    assert len(stored(world.gov)) == 2


@pytest.mark.parametrize(("upload", "message"), [
    (csv_file("Nama,Tanggal,Jam", "Pegawai,2025-03-03,07:30"), "No column of NIPs"),
    (csv_file("Sesuatu,Lain", "a,b"), "No column of NIPs"),
    (csv_file("NIP,Perangkat", "196501011990031001,Mesin"), "No column of punch times"),
    (csv_file("NIP,Tanggal,Perangkat", "196501011990031001,2025-03-03,M"), "No column of punch times"),
    (csv_file("NIP,Waktu"), "no data rows"),
    (SimpleUploadedFile("foto.csv", PNG), "neither an Excel workbook"),
    (SimpleUploadedFile("absen.pdf", b"%PDF-1.4 hello"), "Only .xlsx and .csv"),
    (SimpleUploadedFile("absen.xlsx", b"PK\x03\x04 not really a zip"), "damaged"),
])
def test_a_file_that_cannot_be_read_is_refused_whole(world, upload, message):
    with pytest.raises(DomainError) as refused:
        run(world, upload)
    assert message in str(refused.value.message)
    assert nothing_stored(world)


def test_a_file_over_20_mb_is_refused_before_it_is_read(world):
    big = SimpleUploadedFile("besar.csv", b"NIP,Waktu\n" + b"1" * (20 * 1024 * 1024))
    with pytest.raises(DomainError) as refused:
        run(world, big)
    assert refused.value.status == 413
    assert "20 MB" in str(refused.value.message)
    assert nothing_stored(world)


def test_a_file_over_the_row_limit_is_refused_whole(world, monkeypatch):
    monkeypatch.setattr(attendance_import, "MAX_ROWS", 3)
    rows = [f"{world.own.nip},2025-03-03 07:{minute:02d}" for minute in range(5)]
    with pytest.raises(DomainError) as refused:
        run(world, csv_file("NIP,Waktu", *rows))
    assert "more than 3 rows" in str(refused.value.message)
    assert nothing_stored(world)


def test_the_row_limit_is_two_hundred_thousand():
    assert attendance_import.MAX_ROWS == 200_000
    assert attendance_import.MAX_BYTES == 20 * 1024 * 1024


def test_an_agency_admin_imports_only_their_agencys_employees_row_by_row(world):
    batch = run(world, csv_file(
        "NIP,Waktu",
        f"{world.own.nip},2025-03-03 07:20",         # Dinas Pendidikan: theirs
        f"{world.sibling.nip},2025-03-03 07:21",     # another unit of the same agency: theirs
        f"{world.other_unit.nip},2025-03-03 07:22",  # Dinas Kesehatan: not theirs
    ), user=world.users.agency_admin)
    assert (batch.stored, batch.refused) == (2, 1)
    assert batch.report_lines()[0]["code"] == "outside_agency"
    assert {nip for nip, _moment, _device in stored(world.gov)} == {world.own.nip, world.sibling.nip}


@pytest.mark.parametrize("persona", ["own", "supervisor", "leader", "other_unit", "other_gov"])
def test_others_may_not_import_and_nothing_changes(world, persona):
    with pytest.raises(Forbidden):
        run(world, csv_file("NIP,Waktu", f"{world.own.nip},2025-03-03 07:20"),
            user=getattr(world.users, persona))
    assert nothing_stored(world)


def test_bkpsdm_of_one_government_may_not_import_into_another(world):
    with pytest.raises(Forbidden):
        run(world, csv_file("NIP,Waktu", f"{world.other_gov_employee.nip},2025-03-03 07:20"),
            user=world.users.hr_admin, instansi=world.other_gov)
    with within(world.other_gov):
        assert not AttendancePunch.objects.exists()


def test_the_number_of_queries_does_not_grow_with_the_rows(world):
    actor = Actor.for_user(world.users.hr_admin)

    def queries(lines):
        with within(world.gov), CaptureQueriesContext(connection) as captured:
            import_punches(actor=actor, instansi_id=world.gov.pk, upload=csv_file("NIP,Waktu", *lines))
        return len(captured)

    few = queries([f"{world.own.nip},2025-03-03 07:20"])
    many = queries([f"{employee.nip},2025-03-04 {hour:02d}:{minute:02d}"
                    for employee in (world.own, world.peer, world.sibling, world.other_unit)
                    for hour in (7, 16) for minute in range(0, 50, 7)] + ["1234,2025-03-04 07:00"])
    assert many == few


@pytest.mark.parametrize(("cell", "expected"), [
    ("2025-03-03 07:31", at("2025-03-03 07:31")),
    ("2025-03-03T07:31:05", at("2025-03-03 07:31:05")),
    ("03/03/2025 07.31", at("2025-03-03 07:31")),
    ("03-03-2025 7:05:09", at("2025-03-03 07:05:09")),
    (datetime.datetime(2025, 3, 3, 7, 31, 5, 900), at("2025-03-03 07:31:05")),
    (45719.3125, at("2025-03-03 07:30")),  # Excel's day number with the time as its fraction
    ("07:31 WIB", datetime.time(7, 31)),    # a time only: the date comes from its own column
    ("2025-03-03 07:31:05 WITA", at("2025-03-03 07:31:05").replace(tzinfo=WITA)),
    (0.5, datetime.time(12, 0)),
])
def test_date_and_time_cells_in_the_forms_machines_write(cell, expected):
    assert attendance_import.parse_moment(cell) == expected


@pytest.mark.parametrize("cell", ["2025-03-03", datetime.date(2025, 3, 3), "kemarin pagi", "24:00",
                                  "07:61", "2025-03-03 7", "32/03/2025 07:30", -1.0])
def test_cells_that_are_not_a_moment_are_refused(cell):
    with pytest.raises(attendance_import.CellError):
        attendance_import.parse_moment(cell)
