"""Benchmark of issue 6 (training): the 20 JP standing of a 15,000-employee government answers
p95 under 200 ms on PostgreSQL. Generates what is missing (employees via generate_synthetic, then
0-6 completed trainings of this year per employee by COPY), then requests `/pelatihan/jp/` and the
"who is behind" page of the largest agency as BKPSDM through Django's test client, and prints
the p50/p95 as one JSON line.

    createdb -h 127.0.0.1 -U postgres abdi_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/abdi_bench
    export DJANGO_SETTINGS_MODULE=abdi.settings.dev
    .venv/bin/python manage.py migrate
    .venv/bin/python bench/training_jp.py --employees 15000
"""

import argparse
import datetime
import json
import os
import statistics
import sys
import time

import django

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "abdi.settings.dev")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from abdi.accounts.models import Role, RoleGrant, User  # noqa: E402
from abdi.core.bulk import insert  # noqa: E402
from abdi.people.models import Employee  # noqa: E402
from abdi.tenancy.models import Instansi  # noqa: E402
from abdi.training.models import TrainingRecord  # noqa: E402

FORMS = ("e_learning", "workshop", "coaching", "seminar", "bimtek", "belajar_mandiri")


def _records(instansi, year: int) -> int:
    if TrainingRecord.objects.filter(instansi=instansi, year=year).exists():
        return 0
    rows = []
    for pk in Employee.objects.filter(instansi=instansi).values_list("pk", flat=True).iterator():
        for n in range(pk * 7919 % 7):  # 0..6 trainings, JP 2..9 each: about half reach 20
            jp = 2 + (pk + n) % 8
            day = datetime.date(year, 1 + (pk + n) % 11, 1 + n)
            rows.append(TrainingRecord(
                instansi=instansi, employee_id=pk, title=f"Pelatihan {n}", form=FORMS[n % 6],
                organiser="BPSDM", starts_on=day, ends_on=day, minutes=jp * 45, status="completed",
                jp=jp, year=year, result="Lulus"))
    insert(TrainingRecord, rows)
    with connection.cursor() as cursor:  # fresh statistics, or the planner guesses after COPY
        cursor.execute(f"ANALYZE {connection.ops.quote_name(TrainingRecord._meta.db_table)}")
    return len(rows)


def _timed(client, url, rounds) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slug", default="bench15")
    parser.add_argument("--employees", type=int, default=15_000)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--user", default="training.bench@bench.example")
    args = parser.parse_args()
    year = datetime.date.today().year
    with scopes_disabled():
        instansi = Instansi.objects.filter(slug=args.slug).first()
        if instansi is None or Employee.objects.filter(instansi=instansi).count() < args.employees:
            call_command("generate_synthetic", employees=args.employees, slug=args.slug,
                         reset=True, no_history=True)
            instansi = Instansi.objects.get(slug=args.slug)
        made = _records(instansi, year)
        user, _made = User.objects.get_or_create(username=args.user, defaults={"instansi": instansi})
        RoleGrant.objects.get_or_create(instansi=instansi, user=user, role=Role.HR_ADMIN)
        largest = (Employee.objects.filter(instansi=instansi).values("agency_id")
                   .annotate(n=Count("id")).order_by("-n").first()["agency_id"])
        device, _made = TOTPDevice.objects.get_or_create(user=user, name="bench",
                                                         defaults={"confirmed": True})
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    result = {}
    for name, url in (("standing", "/pelatihan/jp/"),
                      ("behind", f"/pelatihan/jp/perangkat-daerah/{largest}/")):
        _timed(client, url, 3)  # warm up
        times = sorted(_timed(client, url, args.rounds))
        result[name] = {"p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(times[int(len(times) * 0.95) - 1], 1)}
    print(json.dumps({**result, "employees": args.employees, "records_made": made,
                      "db": connection.vendor, "target_p95_ms": 200,
                      "loadavg": [round(x, 1) for x in os.getloadavg()]}))


if __name__ == "__main__":
    main()
