"""Benchmark of issue 6/7: the nine-box of a 100,000-employee government recomputed (target
< 30 s on PostgreSQL). Generates what is missing (employees, SKPs, one final annual appraisal per
employee with a spread of predikat, a potential score per employee), then times
`compute_ninebox` three times and prints the median as one JSON line.

    createdb -h 127.0.0.1 -U postgres abdi_talent
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/abdi_talent
    export DJANGO_SETTINGS_MODULE=abdi.settings.dev
    .venv/bin/python manage.py migrate
    .venv/bin/python bench/talent_ninebox.py --employees 100000

Potential scores come from the competency app's tables when it has them; otherwise (and by
default here) a deterministic score per employee is passed as `potentials=`, so the figure is
the nine-box's own cost.
"""

import argparse
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
from django_scopes import scopes_disabled  # noqa: E402

from abdi.accounts.actor import Actor  # noqa: E402
from abdi.accounts.models import Role, RoleGrant, User  # noqa: E402
from abdi.demo import performance_bulk  # noqa: E402
from abdi.people.models import Employee  # noqa: E402
from abdi.performance.models import Appraisal, Skp  # noqa: E402
from abdi.talent.services.ninebox import compute_ninebox  # noqa: E402
from abdi.tenancy.models import Instansi  # noqa: E402
from abdi.tenancy.scoping import within  # noqa: E402


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _final_appraisals(instansi, year: int) -> int:
    """One final annual appraisal per SKP of the year, predikat spread ~15/65/12/6/2 percent."""
    # ANALYZE first: with the fresh SKPs unknown to the planner, it picks a nested loop that
    # took over 7 minutes for 100,000 rows; with statistics the anti-join is a hash join.
    sql = f"""
        INSERT INTO {_table(Appraisal)} (instansi_id, skp_id, employee_id, unit_id, year, period_kind,
            period_number, start, "end", self_assessment, self_evidence_link, result_rating,
            result_reason, behaviour_rating, behaviour_reason, predikat, citizen_feedback, status,
            ekinerja_id, version, finalised_at)
        SELECT s.instansi_id, s.id, s.employee_id, s.unit_id, s.year, 'annual', 1,
               make_date(s.year, 1, 1), make_date(s.year, 12, 31), '', '', '', '', '', '',
               CASE WHEN (s.id * 7919) %% 100 < 15 THEN 'SB' WHEN (s.id * 7919) %% 100 < 80 THEN 'B'
                    WHEN (s.id * 7919) %% 100 < 92 THEN 'BP' WHEN (s.id * 7919) %% 100 < 98 THEN 'K'
                    ELSE 'SK' END,
               '{{}}', 'final', '', 1, now()
        FROM {_table(Skp)} s
        LEFT JOIN {_table(Appraisal)} a ON a.skp_id = s.id AND a.period_kind = 'annual'
             AND a.period_number = 1
        WHERE s.instansi_id = %s AND s.year = %s AND a.id IS NULL
    """  # noqa: S608 - table names from model meta, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {_table(Skp)}")
        cursor.execute(f"ANALYZE {_table(Appraisal)}")
        cursor.execute(sql, [instansi.pk, year])
        made = cursor.rowcount
        cursor.execute(f"ANALYZE {_table(Appraisal)}")
        return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slug", default="bench")
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--user", default="talent.bench@bench.example")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Run on PostgreSQL (DATABASE_URL).")
    instansi = Instansi.objects.filter(slug=args.slug).first()
    with scopes_disabled():
        if instansi is None or Employee.objects.filter(instansi=instansi).count() < args.employees:
            call_command("generate_synthetic", employees=args.employees, slug=args.slug,
                         reset=True, no_history=True)
            instansi = Instansi.objects.get(slug=args.slug)
        if not Skp.objects.filter(instansi=instansi).exists():
            performance_bulk.generate(instansi, activities=0, log=lambda m: print(m, file=sys.stderr))
        year = Skp.objects.filter(instansi=instansi).order_by("-year").values_list(
            "year", flat=True).first()
        made = _final_appraisals(instansi, year)
        ids = list(Employee.objects.filter(instansi=instansi).values_list("pk", flat=True))
    # Deterministic potential 35..99 per employee (the competency app's scores stand-in).
    potentials = {pk: 35 + (pk * 7919 % 6400) / 100 for pk in ids}
    with scopes_disabled():
        user, _made = User.objects.get_or_create(username=args.user, defaults={"instansi": instansi})
        RoleGrant.objects.get_or_create(instansi=instansi, user=user, role=Role.HR_ADMIN)
    actor = Actor.for_user(user)
    times, summary = [], None
    with within(instansi):
        for _round in range(args.rounds):
            started = time.monotonic()
            summary = compute_ninebox(actor=actor, instansi_id=instansi.pk, year=year,
                                      potentials=potentials)
            times.append(time.monotonic() - started)
    load = os.getloadavg()
    print(json.dumps({"median_s": round(statistics.median(times), 2),
                      "runs_s": [round(t, 2) for t in times], "employees": len(ids),
                      "appraisals_made": made, "year": year, **summary.as_dict(),
                      "loadavg": [round(x, 1) for x in load], "cpus": os.cpu_count(),
                      "db": connection.vendor, "target_s": 30}))


if __name__ == "__main__":
    main()
