"""Times a 50,000-row employee import in-process: file build, dry run, commit, re-import.

SQLite (a fresh database in a temporary folder):
    .venv/bin/python bench/import_50k.py
PostgreSQL (a throwaway database; it is migrated, and each run adds one new government):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/abdi_bench .venv/bin/python bench/import_50k.py

Target (issue 2, item 13): dry run + commit of 50,000 rows under 60 s.
"""

import argparse
import datetime
import io
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# A throwaway folder for the SQLite file and the stored uploads, removed at the end.
SCRATCH = None if "ABDI_VAR_DIR" in os.environ else tempfile.mkdtemp(prefix="abdi-bench-")
if SCRATCH:
    os.environ["ABDI_VAR_DIR"] = SCRATCH
os.environ["ABDI_IMPORT_SYNC_ROWS"] = "10000000"  # run in this process, no worker
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "abdi.settings.base")  # DEBUG off, as served

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from abdi.accounts.actor import Actor  # noqa: E402
from abdi.accounts.models import Role, RoleGrant, User  # noqa: E402
from abdi.org.models import Position, Unit  # noqa: E402
from abdi.people.models import Employee  # noqa: E402
from abdi.tenancy.models import Instansi  # noqa: E402
from abdi.tenancy.scoping import within  # noqa: E402
from abdi.transfer import exports, services  # noqa: E402

HEADER = [
    "NIP",
    "Nama",
    "Gelar Depan",
    "Gelar Belakang",
    "Tempat Lahir",
    "Tanggal Lahir",
    "Jenis Kelamin",
    "Jenis Pegawai",
    "Golongan",
    "TMT Golongan",
    "TMT CPNS",
    "Kode Unit",
    "Jabatan",
    "Status",
    "Pendidikan",
    "Email",
    "Telepon",
    "NIK",
]
FIRST = [
    "Agus",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fitri",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Putri",
    "Rahmat",
    "Sri",
    "Taufik",
    "Wulan",
    "Yudi",
]
LAST = [
    "Saputra",
    "Wijaya",
    "Hidayat",
    "Lestari",
    "Pratama",
    "Kusuma",
    "Siregar",
    "Nasution",
    "Harahap",
    "Santoso",
    "Wibowo",
    "Rahayu",
    "Setiawan",
    "Gunawan",
    "Susanti",
]
GRADES = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"]


def setup_government(units: int):
    with scopes_disabled():
        slug = f"bench-{int(time.time())}"
        gov = Instansi.objects.create(slug=slug, name=f"Pemerintah Kota Bench {slug}", kind="kota")
    with within(gov):
        agency = Unit.objects.create(instansi=gov, kind="dinas", name="Dinas Bench", code=f"{slug}-D")
        Unit.objects.filter(pk=agency.pk).update(path=f"/{agency.pk}/", agency_id=agency.pk)
        codes, positions = [], {}
        for n in range(units):
            unit = Unit.objects.create(
                instansi=gov,
                kind="bidang",
                name=f"Bidang {n}",
                code=f"B{n:03d}",
                parent=agency,
                agency_id=agency.pk,
                depth=1,
            )
            Unit.objects.filter(pk=unit.pk).update(path=f"/{agency.pk}/{unit.pk}/")
            codes.append(unit.code)
            positions[unit.code] = [
                Position.objects.create(
                    instansi=gov, unit=unit, name=f"Pelaksana {k}", kind="PELAKSANA", kelas_jabatan=6
                ).name
                for k in range(3)
            ]
        user = User.objects.create(username=f"admin@{slug}", instansi=gov, display_name="Bench admin")
        RoleGrant.objects.create(instansi=gov, user=user, role=Role.HR_ADMIN)
    return gov, user, codes, positions


def employee_rows(count: int, codes, positions, grade_shift: int = 0):
    rng = random.Random(20240501)
    seen = set()
    while len(seen) < count:
        birth = datetime.date(rng.randint(1966, 1999), rng.randint(1, 12), rng.randint(1, 28))
        tmt = datetime.date(birth.year + rng.randint(20, 30), rng.randint(1, 12), 1)
        gender = rng.choice("LP")
        nip = f"{birth:%Y%m%d}{tmt:%Y%m}{'1' if gender == 'L' else '2'}{rng.randint(1, 999):03d}"
        if nip in seen:
            continue
        seen.add(nip)
        code = rng.choice(codes)
        yield [
            nip,
            f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "",
            rng.choice(["", "S.Kom."]),
            "Semarang",
            birth,
            gender,
            "PNS",
            GRADES[(len(seen) + grade_shift) % len(GRADES)],
            tmt,
            tmt,
            code,
            rng.choice(positions[code]),
            "aktif",
            "S1",
            f"p{len(seen)}@example.go.id",
            "081234567890",
            "",
        ]


def build_xlsx(rows) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Pegawai")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def run(gov, user, data: bytes, label: str) -> float:
    with within(gov):
        actor = Actor.for_user(user)
        started, cpu = time.perf_counter(), time.process_time()
        job = services.start_import(
            actor=actor, kind="employees", upload=SimpleUploadedFile("bench.xlsx", data), language="en"
        )
        checked, cpu_checked = time.perf_counter(), time.process_time()
        if job.invalid_count:
            print(f"  {label}: {job.invalid_count} invalid rows, e.g. {job.report['issues'][:3]}")
            raise SystemExit(1)
        job = services.confirm(actor=actor, job=job)
        done, cpu_done = time.perf_counter(), time.process_time()
        if job.status != "done":
            print(f"  {label}: commit ended {job.status}: {job.message}")
            raise SystemExit(1)
    total = done - started
    print(
        f"  {label}: upload + dry run {checked - started:6.1f} s, commit {done - checked:6.1f} s,"
        f" total {total:6.1f} s  (new {job.new_count}, updated {job.updated_count},"
        f" unchanged {job.unchanged_count})"
    )
    # On a shared machine wall time includes waiting for the CPU; CPU time of this process:
    print(
        f"  {'':{len(label)}}  CPU time: dry run {cpu_checked - cpu:6.1f} s, commit"
        f" {cpu_done - cpu_checked:6.1f} s, total {cpu_done - cpu:6.1f} s"
    )
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--units", type=int, default=60)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    gov, user, codes, positions = setup_government(args.units)
    started = time.perf_counter()
    first = build_xlsx(employee_rows(args.rows, codes, positions))
    print(
        f"  built a {len(first) / 1e6:.1f} MB XLSX of {args.rows} rows in "
        f"{time.perf_counter() - started:.1f} s"
    )
    fresh = run(gov, user, first, "first import (all new)")
    changed = build_xlsx(employee_rows(args.rows, codes, positions, grade_shift=1))
    again = run(gov, user, changed, "re-import (every golongan changed)")
    with scopes_disabled():
        count = Employee.objects.filter(instansi=gov).count()
    print(f"  employees of the government after both: {count}")
    with within(gov):
        started = time.perf_counter()
        size = sum(len(chunk) for chunk in exports.export_employees(Actor.for_user(user), {}))
    print(
        f"  export of all {count} employees to XLSX: {time.perf_counter() - started:.1f} s,"
        f" {size / 1e6:.1f} MB"
    )
    verdict = "OK" if max(fresh, again) < 60 else "SLOWER THAN 60 s"
    print(
        f"target: dry run + commit under 60 s -> {verdict}; load average now "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        if SCRATCH:
            shutil.rmtree(SCRATCH, ignore_errors=True)
