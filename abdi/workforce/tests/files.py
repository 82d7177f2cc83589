"""Small task-list files for the import tests."""

import io

from openpyxl import Workbook

HEADER = ["Jabatan", "Uraian tugas", "Satuan hasil", "Volume", "Periode", "Norma waktu (menit)"]
GOOD = [
    ["Pengadministrasi Perkantoran", "Memverifikasi berkas permohonan", "berkas", 900, "tahun", 60],
    ["Pengadministrasi Perkantoran", "Menginput data layanan", "data", 20, "hari", 15],
    ["Pengadministrasi Perkantoran", "Menyusun laporan bulanan", "laporan", 1, "bulan", 300],
]


def xlsx(rows, header=HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Daftar tugas jabatan"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows, header=HEADER) -> bytes:
    lines = [";".join(str(c) for c in header)] + [";".join(str(c) for c in r) for r in rows]
    return ("\n".join(lines) + "\n").encode()
