"""Builders of small import files (valid and broken) for the tests."""

import csv
import datetime
import io

from openpyxl import Workbook

from abdi.people.tests.factories import make_nip

HEADER = ["NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Tempat Lahir", "Tanggal Lahir",
          "Jenis Kelamin", "Jenis Pegawai", "Golongan", "TMT Golongan", "TMT CPNS", "Kode Unit",
          "Jabatan", "Status", "Pendidikan", "Email", "Telepon", "NIK"]


def person(serial: int = 1, *, birth=datetime.date(1990, 1, 1), gender="L",
           tmt=datetime.date(2015, 3, 1), **overrides) -> dict:
    """One valid row (as header -> cell); a NIP that agrees with birth, sex and TMT CPNS."""
    row = {
        "NIP": make_nip(birth, tmt, gender, serial), "Nama": f"Pegawai Impor {serial}",
        "Gelar Depan": "", "Gelar Belakang": "S.Kom.", "Tempat Lahir": "Palembang",
        "Tanggal Lahir": birth.isoformat(), "Jenis Kelamin": gender, "Jenis Pegawai": "PNS",
        "Golongan": "III/a", "TMT Golongan": tmt.isoformat(), "TMT CPNS": tmt.isoformat(),
        "Kode Unit": "DISDIK-SD", "Jabatan": "", "Status": "aktif", "Pendidikan": "S1",
        "Email": f"pegawai{serial}@example.go.id", "Telepon": "081234567890", "NIK": "",
    }
    row.update(overrides)
    return row


def table(rows: list[dict], header=HEADER) -> list[list]:
    return [list(header)] + [[row.get(name, "") for name in header] for row in rows]


def xlsx(rows: list[list], *, title="Pegawai", sheets: dict | None = None,
         literal_text=True) -> bytes:
    """An .xlsx file; with literal_text, "=…" strings are stored as text, not formulas."""
    workbook = Workbook()
    first = workbook.active
    first.title = title
    for name, sheet_rows in ({title: rows} | (sheets or {})).items():
        sheet = first if name == title else workbook.create_sheet(name)
        for values in sheet_rows:
            sheet.append(values)
        if literal_text:
            for line in sheet.iter_rows():
                for cell in line:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.data_type = "s"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def csv_file(rows: list[list], *, delimiter=",", encoding="utf-8") -> bytes:
    stream = io.StringIO()
    csv.writer(stream, delimiter=delimiter).writerows(rows)
    return stream.getvalue().encode(encoding)
