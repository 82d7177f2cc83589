import datetime
import io
import zipfile
from xml.dom import minidom

import python_calamine
from openpyxl import load_workbook

from abdi.transfer import xlsx


def build(sheets):
    return b"".join(xlsx.stream(sheets))


def test_a_streamed_workbook_reads_back_in_openpyxl_and_calamine():
    rows = [[f"NIP{n}", n, n / 2, datetime.date(1990, 1, 1) + datetime.timedelta(days=n),
             n % 2 == 0, None, "a < b & \"c\"\x00\x1f"] for n in range(1200)]
    data = build([xlsx.Sheet("Pegawai/2024: [x]", ["A", "B", "C", "D", "E", "F", "G"], rows),
                  xlsx.Sheet("Kosong", ["Hanya judul"], [])])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            minidom.parseString(archive.read(name))  # noqa: S318 - our own output, well-formed?

    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Pegawai 2024   x", "Kosong"]
    sheet = book.worksheets[0]
    assert sheet["A1"].value == "A"
    assert sheet["A1"].font.b
    assert sheet["A1201"].value == "NIP1199"
    assert sheet["B3"].value == 1
    assert sheet["C4"].value == 1.0
    assert sheet["D2"].value == datetime.datetime(1990, 1, 1)
    assert sheet["D2"].number_format == "yyyy-mm-dd"
    assert sheet["E2"].value is True
    assert sheet["F2"].value is None
    assert sheet["G2"].value == 'a < b & "c"'
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in book.worksheets[1][1]] == ["Hanya judul"]

    calamine = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    rows_read = calamine.get_sheet_by_index(0).to_python()
    assert len(rows_read) == 1201
    assert rows_read[1][3] == datetime.date(1990, 1, 1)


def test_wide_sheets_get_double_letter_columns():
    assert xlsx.column_letters(28)[-3:] == ["Z", "AA", "AB"]
    data = build([xlsx.Sheet("Lebar", [f"K{n}" for n in range(30)], [list(range(30))])])
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet["AD2"].value == 29


def test_the_first_bytes_come_before_the_rows_are_read():
    def rows():
        yield ["a"]
        raise AssertionError("read too early")

    chunks = xlsx.stream([xlsx.Sheet("S", ["h"], rows())])
    assert next(chunks).startswith(b"PK")
