"""Times the IKM of every unit of one government over ~1,000,000 SKM questionnaires.

PostgreSQL (a throwaway database; it is migrated, and each run adds one new government):
    createdb -h 127.0.0.1 -U postgres abdi_skm
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/abdi_skm .venv/bin/python bench/skm_ikm.py
SQLite works too (a fresh database in a temporary folder), with --responses to keep it short.

Target (surveys brief, item 6): abdi.surveys.queries.ikm_for_all_units over 1,000,000 responses
of ~100 units in under 5 s: one SUM/COUNT per unsur column, GROUP BY unit (index skm_ikm_cover).
"""

import argparse
import datetime
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCRATCH = None if "ABDI_VAR_DIR" in os.environ else tempfile.mkdtemp(prefix="abdi-bench-")
if SCRATCH:
    os.environ["ABDI_VAR_DIR"] = SCRATCH
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "abdi.settings.base")  # DEBUG off, as served

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from abdi.core import bulk  # noqa: E402
from abdi.org.models import Unit  # noqa: E402
from abdi.surveys import queries  # noqa: E402
from abdi.surveys.models import Response  # noqa: E402
from abdi.surveys.rules.unsur import KEYS  # noqa: E402
from abdi.tenancy.models import Instansi  # noqa: E402
from abdi.tenancy.scoping import within  # noqa: E402

START, END = datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)
BATCH = 50_000


def setup_government(units: int):
    with scopes_disabled():
        slug = f"skm-{int(time.time())}"
        gov = Instansi.objects.create(slug=slug, name=f"Pemerintah Kota Bench {slug}", kind="kota")
    with within(gov):
        agency = Unit.objects.create(instansi=gov, kind="dinas", name="Dinas Bench", code=f"{slug}-D")
        Unit.objects.filter(pk=agency.pk).update(path=f"/{agency.pk}/", agency_id=agency.pk)
        ids = []
        for n in range(units - 1):
            unit = Unit.objects.create(instansi=gov, kind="upt", name=f"UPT {n}", code=f"U{n:03d}",
                                       parent=agency, agency_id=agency.pk, depth=1)
            Unit.objects.filter(pk=unit.pk).update(path=f"/{agency.pk}/{unit.pk}/")
            ids.append(unit.pk)
    return gov, [agency.pk, *ids]


def load(gov, unit_ids, total: int) -> float:
    rng = random.Random(20261206)
    days = (END - START).days + 1
    answers = [1, 2, 3, 3, 3, 4, 4, 4]  # a believable spread, mostly 3 and 4
    started = time.perf_counter()
    made = 0
    with within(gov):
        while made < total:
            size = min(BATCH, total - made)
            rows = [Response(instansi_id=gov.pk, unit_id=rng.choice(unit_ids),
                             submitted_on=START + datetime.timedelta(days=rng.randrange(days)),
                             device=f"b{made + i}", age=30, sex="L", education="sma",
                             occupation="swasta",
                             **{k: rng.choice(answers) for k in KEYS})
                    for i in range(size)]
            with transaction.atomic():
                bulk.insert(Response, rows)
            made += size
            print(f"\r  loaded {made:,} responses", end="", flush=True)
    print()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # what autovacuum would do: statistics, visibility map
            cursor.execute("VACUUM ANALYZE surveys_response")
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    gov, unit_ids = setup_government(args.units)
    seconds = load(gov, unit_ids, args.responses)
    print(f"  generated {args.responses:,} responses for {len(unit_ids)} units in {seconds:.1f} s")
    timings, results = [], {}
    for _ in range(args.runs):
        started = time.perf_counter()
        results = queries.ikm_for_all_units(gov.pk, START, END)
        timings.append(time.perf_counter() - started)
    respondents = sum(r.respondents for r in results.values())
    print(f"  ikm_for_all_units: {len(results)} units, {respondents:,} respondents; runs "
          + ", ".join(f"{t:.3f} s" for t in timings))
    median = statistics.median(timings)
    best = max(results.values(), key=lambda r: r.ikm)
    print(f"  e.g. IKM {best.ikm} ({best.mutu.grade})")
    if connection.vendor == "postgresql":
        with within(gov), connection.cursor() as cursor:
            sql, params = (Response.objects.filter(submitted_on__gte=START, submitted_on__lte=END)
                           .order_by().values("unit_id").annotate(**queries._aggregates()).query
                           .sql_with_params())
            cursor.execute("EXPLAIN " + sql, params)
            print("  plan: " + " | ".join(line for (line,) in cursor.fetchall()[:4]))
    verdict = "OK" if median < 5 else "SLOWER THAN 5 s"
    print(f"median {median:.3f} s -> target under 5 s: {verdict}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    try:
        main()
    finally:
        if SCRATCH:
            shutil.rmtree(SCRATCH, ignore_errors=True)
