"""Importing task lists: dry run with every bad row and why, all or nothing, hostile files."""

import io
import zipfile
from decimal import Decimal

import pytest

from abdi.core.errors import DomainError
from abdi.tenancy.scoping import within
from abdi.workforce.models import AbkTask
from abdi.workforce.services import importing

from .conftest import actor_of
from .files import GOOD, csv_bytes, xlsx


def _run(world, abk_world, data, name="tugas.xlsx", commit=True):
    with within(world.gov):
        abk_world.abk.refresh_from_db()
        return importing.import_tasks(actor=actor_of(world.users.agency_admin), abk=abk_world.abk,
                                      data=data, filename=name, version=abk_world.abk.version,
                                      commit=commit)


def test_xlsx_import_gives_t_abk_1(world, abk_world):
    result = _run(world, abk_world, xlsx(GOOD))
    assert result.committed
    assert not result.errors
    with within(world.gov):
        abk_world.admin_line.refresh_from_db()
        assert AbkTask.objects.count() == 3
    assert (abk_world.admin_line.fte, abk_world.admin_line.needed) == (Decimal("1.7680"), 2)


def test_csv_import_replaces_the_list_of_the_named_jabatan(world, abk_world):
    _run(world, abk_world, xlsx(GOOD))
    _run(world, abk_world, csv_bytes(GOOD[:1]), name="tugas.csv")
    with within(world.gov):
        assert list(AbkTask.objects.values_list("name", flat=True)) == [GOOD[0][1]]


def test_dry_run_writes_nothing(world, abk_world):
    result = _run(world, abk_world, xlsx(GOOD), commit=False)
    assert len(result.rows) == 3
    assert not result.committed
    with within(world.gov):
        assert not AbkTask.objects.exists()


def test_every_bad_row_is_reported_and_nothing_imported(world, abk_world):
    rows = [
        *GOOD,
        ["Jabatan Fiktif", "Tugas", "dok", 1, "tahun", 10],
        ["Pengadministrasi Perkantoran", "Tugas minus", "dok", -3, "tahun", 10],
        ["Pengadministrasi Perkantoran", "Tugas nol", "dok", 1, "tahun", 0],
        ["Pengadministrasi Perkantoran", "Tugas abad", "dok", 1, "abad", 10],
        ["Pengadministrasi Perkantoran", "Tugas pecahan", "dok", 1.5, "tahun", 10],
        ["Pengadministrasi Perkantoran", "Tugas raksasa", "dok", 10**9, "tahun", 10],
    ]
    result = _run(world, abk_world, xlsx(rows))
    assert not result.committed
    assert [number for number, _ in result.errors] == [6, 7, 8, 9, 10, 11]
    assert "not a jabatan" in result.errors[0][1]
    assert "negative" in result.errors[1][1]
    with within(world.gov):
        assert not AbkTask.objects.exists()


@pytest.mark.parametrize(("data", "name"), [
    (b"", "tugas.xlsx"), (b"\x00\x01\x02binary" * 50, "tugas.csv"),
    (b"PK\x03\x04not a zip at all", "tugas.xlsx"), (b"%PDF-1.4 ...", "tugas.pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "tugas.xls"),
    (csv_bytes(GOOD, header=["A", "B", "C"]), "tugas.csv")])
def test_hostile_or_wrong_files_refused(world, abk_world, data, name):
    with pytest.raises(DomainError):
        _run(world, abk_world, data, name=name)


def test_oversized_file_refused(world, abk_world):
    with pytest.raises(DomainError) as caught:
        _run(world, abk_world, b"a;b\n" * (importing.MAX_BYTES // 4 + 10), name="tugas.csv")
    assert caught.value.status == 413


def test_zip_bomb_refused(world, abk_world):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b"0" * (1024 * 1024)
            for _ in range(410):  # 410 MB unpacked, a few hundred KB packed
                sheet.write(chunk)
    with pytest.raises(DomainError):
        _run(world, abk_world, out.getvalue())
