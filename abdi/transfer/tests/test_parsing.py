import datetime

import pytest

from abdi.transfer import parsing
from abdi.transfer.columns import EMPLOYEES, POSITIONS, UNITS

from . import files


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.csv", "empty"),
        (b"\xef\xbb\xbf \r\n", "a.csv", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "a.xls", ".xls"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "photo.csv", "neither"),
        (b"MZ\x90\x00\x03\x00\x00\x00" * 50, "tool.xlsx", "neither"),
        (b"NIP,Nama\n1,2\n", "report.pdf", ".xlsx and .csv"),
    ],
)
def test_files_that_are_not_spreadsheets_are_refused(data, name, message):
    with pytest.raises(parsing.UploadRejected, match=message):
        parsing.read_book(data, filename=name, max_rows=100)


def test_type_comes_from_the_content_not_the_extension():
    csv_bytes = files.csv_file([["NIP", "Nama"], ["1", "A"]])
    assert parsing.detect_format(csv_bytes, "named-like-excel.xlsx") == "csv"
    assert parsing.detect_format(files.xlsx([["NIP", "Nama"]]), "named-like.csv") == "xlsx"


def test_a_corrupt_workbook_is_refused_with_a_message():
    good = files.xlsx([["NIP", "Nama"], ["1", "A"]])
    for damaged in (b"PK\x03\x04" + b"garbage" * 100, good[: len(good) // 2]):
        with pytest.raises(parsing.UploadRejected, match="damaged"):
            parsing.read_book(damaged, filename="x.xlsx", max_rows=100)


def test_a_zip_that_is_not_a_workbook_is_refused():
    import io
    import zipfile

    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(parsing.UploadRejected, match="damaged"):
        parsing.read_book(stream.getvalue(), filename="x.xlsx", max_rows=100)


def test_a_workbook_that_unpacks_too_far_is_refused(monkeypatch):
    monkeypatch.setattr(parsing, "MAX_UNPACKED_BYTES", 2000)
    data = files.xlsx([["NIP", "Nama"]] + [["1" * 18, "Nama Panjang Sekali"]] * 200)
    with pytest.raises(parsing.UploadRejected, match="unpacks to more data"):
        parsing.read_book(data, filename="bom.xlsx", max_rows=1000)


def test_row_cap_on_csv_stops_reading_early():
    data = b"NIP;Nama\n" + b"1;A\n" * 1_000_000
    with pytest.raises(parsing.UploadRejected, match=r"more than 100[.,]000 rows"):
        parsing.read_book(data, filename="big.csv", max_rows=100_000)


def test_row_cap_on_xlsx():
    data = files.xlsx([["NIP", "Nama"]] + [["1", "A"]] * 40)
    with pytest.raises(parsing.UploadRejected, match="more than 20 rows"):
        parsing.read_book(data, filename="big.xlsx", max_rows=20)


def test_a_huge_csv_cell_is_refused_with_its_row():
    data = b"NIP,Nama\n1," + b"x" * (10 * 1024 * 1024) + b"\n"
    with pytest.raises(parsing.UploadRejected, match="Row 2"):
        parsing.read_book(data, filename="cell.csv", max_rows=100)


def test_semicolons_and_windows_1252_are_understood():
    data = files.csv_file([["NIP", "Nama", "Tempat Lahir"], ["1", "Siti Nurhaliza", "Bénin"]],
                          delimiter=";", encoding="cp1252")
    book = parsing.read_book(data, filename="x.csv", max_rows=100)
    assert book.sheets[0].rows[1] == ["1", "Siti Nurhaliza", "Bénin"]


def test_utf8_with_bom_and_tabs():
    data = "\ufeffNIP\tNama\n1\tÉlise\n".encode()
    book = parsing.read_book(data, filename="x.txt", max_rows=100)
    assert book.sheets[0].rows == [["NIP", "Nama"], ["1", "Élise"]]


@pytest.mark.parametrize(
    ("header", "field"),
    [("NIP", "nip"), ("  nama   LENGKAP ", "name"), ("Tanggal Lahir (DD-MM-YYYY)", "birth_date"),
     ("Date of birth", "birth_date"), ("E-mail", "email"), ("jenis_kelamin", "gender"),
     ("Unit code", "unit"), ("NIP*", "nip")],
)
def test_headers_match_whatever_the_case_spacing_or_language(header, field):
    assert EMPLOYEES.match(header).field == field


def test_unknown_headers_are_listed_and_a_sheet_without_header_is_not_a_table():
    sheet = parsing.Sheet("S", [["Judul laporan"], [], ["NIP", "Nama", "Hobi"], ["1", "A", "x"]])
    table = parsing.match_table(sheet, EMPLOYEES)
    assert table.header_row == 3
    assert table.unknown == ["Hobi"]
    assert table.rows == [(4, ["1", "A", "x"])]
    assert parsing.match_table(parsing.Sheet("S", [["a", "b"], ["1", "2"]]), EMPLOYEES) is None


def test_units_and_positions_sheets_are_told_apart():
    units = parsing.Sheet("S", [["Kode", "Nama", "Jenis", "Kode Induk"]])
    positions = parsing.Sheet("S", [["Kode Unit", "Nama Jabatan", "Jenis Jabatan", "Kelas Jabatan"]])
    assert parsing.score(parsing.match_table(units, UNITS)) > parsing.score(
        parsing.match_table(units, POSITIONS))
    assert parsing.score(parsing.match_table(positions, POSITIONS)) > parsing.score(
        parsing.match_table(positions, UNITS))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1990-01-31", datetime.date(1990, 1, 31)), ("31-01-1990", datetime.date(1990, 1, 31)),
     ("31/01/1990", datetime.date(1990, 1, 31)), ("1/2/1990", datetime.date(1990, 2, 1)),
     (datetime.date(1990, 1, 31), datetime.date(1990, 1, 31)),
     (datetime.datetime(1990, 1, 31, 7, 0), datetime.date(1990, 1, 31)),
     (32874.0, datetime.date(1990, 1, 1)), ("1990-01-31 00:00:00", datetime.date(1990, 1, 31)),
     ("", None), (None, None)],
)
def test_dates_in_the_accepted_forms(value, expected):
    assert parsing.parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/02/1990", "1990-13-01", "kemarin", "90-01-01", -5.0,
                                   "31-01-1850"])
def test_bad_dates_say_how_to_write_one(value):
    with pytest.raises(parsing.CellError, match="YYYY-MM-DD"):
        parsing.parse_date(value)


def test_long_numbers_that_excel_rounded_are_refused():
    nip = EMPLOYEES.column("nip")
    for value in (1.96608011988031e17, 196608011988031001, "1.96608E+17"):
        with pytest.raises(parsing.CellError, match="Format the column as Text"):
            parsing.number_text(value, nip)
    assert parsing.number_text("19660801 198803 1 001", nip) == "196608011988031001"


def test_text_cells_are_cleaned_and_never_formulas():
    name = EMPLOYEES.column("name")
    assert parsing.text("  Budi \t Santoso\x00 ", name) == "Budi Santoso"
    assert parsing.text("'=1+1", name) == "=1+1"  # our own export's guard comes off again
    assert parsing.text("=cmd|' /C calc'!A0", name) == "=cmd|' /C calc'!A0"
    assert parsing.text(12.0, name) == "12"
    with pytest.raises(parsing.CellError, match="at most 120"):
        parsing.text("x" * 121, name)
    with pytest.raises(parsing.CellError, match=r"at most 32[.,]767"):
        parsing.text("x" * (10 * 1024 * 1024), None)


def test_whole_numbers_and_yes_no():
    assert parsing.parse_int("7", low=1, high=17) == 7
    assert parsing.parse_int(7.0, low=1, high=17) == 7
    with pytest.raises(parsing.CellError):
        parsing.parse_int("18", low=1, high=17)
    with pytest.raises(parsing.CellError):
        parsing.parse_int("tujuh", low=1, high=17)
    assert parsing.parse_bool("Ya") is True
    assert parsing.parse_bool("tidak") is False
    with pytest.raises(parsing.CellError):
        parsing.parse_bool("mungkin")
