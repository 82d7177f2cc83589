"""Runs inside Django (bench settings): TPP data for the synthetic government (SKPs, last month's
monthly appraisals and ~2 million attendance days, a rule set), then times the monthly TPP run
of the whole government in-process. Prints one JSON line. Used by bench/tpp.py.
"""

import json
import os
import sys
import time

import django

sys.path.insert(0, os.getcwd())
django.setup()

from django.db import connection  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from abdi.accounts.actor import Actor  # noqa: E402
from abdi.accounts.models import User  # noqa: E402
from abdi.allowance.models import AttendanceDay, TppRun, TppSlip  # noqa: E402
from abdi.allowance.services import payroll  # noqa: E402
from abdi.demo import allowance_bulk, performance_bulk  # noqa: E402
from abdi.performance.models import Skp  # noqa: E402
from abdi.tenancy.models import Instansi  # noqa: E402
from abdi.tenancy.scoping import within  # noqa: E402


def main(slug: str, username: str) -> None:
    instansi = Instansi.objects.get(slug=slug)
    with scopes_disabled():
        if not Skp.objects.filter(instansi=instansi).exists():
            performance_bulk.generate(instansi, activities=0, log=lambda m: print(m, file=sys.stderr))
    started = time.monotonic()
    info = allowance_bulk.generate(instansi, log=lambda m: print(m, file=sys.stderr))
    generated_s = time.monotonic() - started
    year, month = info["month"]
    actor = Actor.for_user(User.objects.get(username=username))
    with within(instansi):
        TppRun.objects.filter(year=year, month=month).delete()  # a fresh run each time
        attendance_rows = AttendanceDay.objects.filter(date__year=year, date__month=month).count()
        started = time.monotonic()
        run = payroll.start_run(actor=actor, instansi_id=instansi.pk, year=year, month=month)
        run = payroll.compute_run(run.pk)
        seconds = time.monotonic() - started
        slip_ids = list(TppSlip.objects.filter(run=run, pending="").order_by("?")
                        .values_list("id", flat=True)[:100])
    print(json.dumps({"run_s": round(seconds, 1), "generate_s": round(generated_s, 1),
                      "employees": run.summary["employees"], "pending": run.summary["pending"],
                      "attendance_rows": attendance_rows, "month": f"{year}-{month:02d}",
                      "db": connection.vendor, "slip_ids": slip_ids}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
