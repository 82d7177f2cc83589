"""TPP data at benchmark scale: last month's attendance days (about 2 million rows for 100,000
employees), a rated monthly appraisal per SKP and a rule set, written with COPY on PostgreSQL.

Generated rows only (no punches, no audit). Needs the SKPs of `generate_performance`.
"""

import random
from datetime import date, timedelta

from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.allowance.models import AttendanceDay, TppBaseAmount, TppRuleSet
from abdi.allowance.rules import codec, presets
from abdi.demo.allowance import DEMO_PREDIKAT_FACTORS
from abdi.demo.performance_bulk import _copy
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee
from abdi.performance.models import Appraisal, Skp


def last_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def generate(instansi, *, today: date | None = None, seed: int = 5, log=print) -> dict:
    if connection.vendor != "postgresql":
        raise SystemExit("Benchmark-scale TPP data is written with COPY on PostgreSQL.")
    rng = random.Random(seed)  # noqa: S311 - generated data, not a secret
    today = today or timezone.localdate()
    first, last = last_month(today)
    now = timezone.now()
    with scopes_disabled():
        if not TppRuleSet.objects.filter(instansi=instansi).exists():
            schedule = codec.schedule_to_data(presets.TULANG_BAWANG)
            schedule["predikat_factors"] = DEMO_PREDIKAT_FACTORS
            rule_set = TppRuleSet.objects.create(
                instansi=instansi, name="TPP bench", effective_from=date(first.year - 1, 1, 1),
                preset="tulang_bawang", schedule=schedule)
            TppBaseAmount.objects.bulk_create([
                TppBaseAmount(instansi=instansi, rule_set=rule_set, kelas_jabatan=k, component="BK",
                              amount=1_000_000 + 400_000 * k) for k in range(1, 18)])
        employees = list(Employee.objects.filter(instansi=instansi, status__in=EmployeeStatus.serving())
                         .values_list("id", "unit_id"))
        skps = dict(Skp.objects.filter(instansi=instansi, year=first.year).values_list("employee_id", "id"))
        done = set(Appraisal.objects.filter(instansi=instansi, year=first.year, period_kind="monthly",
                                            period_number=first.month).values_list("employee_id", flat=True))
        log(f"Monthly appraisals for {len(skps) - len(done)} SKPs …")
        _copy(Appraisal, ["instansi", "skp", "employee", "unit", "year", "period_kind", "period_number",
                          "start", "end", "self_assessment", "self_evidence_link", "result_rating",
                          "result_reason", "behaviour_rating", "behaviour_reason", "predikat",
                          "citizen_feedback", "status", "ekinerja_id", "version"],
              ((instansi.pk, skps[e], e, unit, first.year, "monthly", first.month, first, last, "", "",
                "SESUAI", "", "SESUAI", "", rng.choice(["B"] * 8 + ["SB", "BP"]), "{}", "rated", "", 1)
               for e, unit in employees if e in skps and e not in done))
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        days = [d for d in days if d.weekday() < 5]
        have = AttendanceDay.objects.filter(instansi=instansi, date__range=(first, last)).exists()
        if not have:
            log(f"{len(employees) * len(days):,} attendance days …")

            def rows():
                for e, _unit in employees:
                    for day in days:
                        roll = rng.random()
                        if roll < 0.02:
                            yield (instansi.pk, e, day, "absent", "", 0, 0, False, False, now)
                        elif roll < 0.17:
                            yield (instansi.pk, e, day, "late", "", rng.choice([5, 20, 45, 80, 120]),
                                   0, False, False, now)
                        else:
                            yield (instansi.pk, e, day, "present", "", 0, 0, False, False, now)

            _copy(AttendanceDay, ["instansi", "employee", "date", "kind", "leave_kind", "minutes_late",
                                  "minutes_early", "missing_in", "missing_out", "computed_at"], rows())
        with connection.cursor() as cursor:
            for model in (AttendanceDay, Appraisal):
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    return {"employees": len(employees), "days": len(days), "month": (first.year, first.month)}
