"""Benchmark of issue 6: the competency gap map of a 15,000-employee government (p95 < 200 ms on
PostgreSQL).

    .venv/bin/python manage.py generate_synthetic --employees 15000 --slug bench15 --reset
    DJANGO_SETTINGS_MODULE=abdi.settings.<postgres settings> .venv/bin/python bench/competency_gapmap.py

Gives every serving employee of `bench15` one latest assessment (9 scores) by COPY
(abdi.core.bulk.insert), then times the government map, one agency map and one unit drill-down
through the query functions the pages use, and prints p50/p95 and the number of queries.
"""

import os
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "abdi.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from abdi.competency import queries  # noqa: E402
from abdi.competency.models import Assessment, AssessmentScore  # noqa: E402
from abdi.competency.rules.kamus import STANDARD_CODES  # noqa: E402
from abdi.core.bulk import insert  # noqa: E402
from abdi.people.models import Employee  # noqa: E402
from abdi.tenancy.models import Instansi  # noqa: E402
from abdi.tenancy.scoping import within  # noqa: E402

RUNS = 40


def _seed(instansi) -> int:
    rng = random.Random(6)
    employees = list(Employee.objects.values_list("pk", "unit_id"))
    Assessment.objects.all().delete()
    assessments = [Assessment(instansi=instansi, employee_id=pk, date=date(2026, 2, 1),
                              assessor="Bench", jpm=rng.randint(60, 100)) for pk, _u in employees]
    insert(Assessment, assessments)
    scores = [AssessmentScore(instansi=instansi, assessment_id=a.pk, employee_id=a.employee_id,
                              code=code, level=rng.randint(1, 4), required=rng.randint(1, 4))
              for a in assessments for code in STANDARD_CODES]
    insert(AssessmentScore, scores)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE competency_assessmentscore")
    return len(employees)


def _time(label, call) -> None:
    call()  # warm
    times = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            call()
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{label}: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
          f"{len(captured.captured_queries)} queries")


def main(slug="bench15") -> None:
    with scopes_disabled():
        instansi = Instansi.objects.get(slug=slug)
    with within(instansi):
        print(f"{_seed(instansi)} employees assessed")
        agency = (Employee.objects.values_list("agency_id", flat=True).order_by("agency_id")
                  .first())
        unit = Employee.objects.filter(agency_id=agency).values_list("unit_id", flat=True).first()
        _time("government map", lambda: queries.gap_map())
        _time("agency map", lambda: queries.gap_map(agency_id=agency))
        _time("unit drill-down", lambda: queries.unit_employees(unit))


if __name__ == "__main__":
    main(*sys.argv[1:])
