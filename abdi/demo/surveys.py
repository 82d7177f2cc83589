"""Demo SKM for a demo government: services and counters (with staff) at three service units,
about 200 questionnaires over the last four quarters, quarterly periods, N and a follow-up plan.

Call inside the government's scope, after its units and employees exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

import random
from datetime import date, timedelta

from abdi.frontdesk.models import Counter, Service
from abdi.org.models import Unit
from abdi.people.models import Employee
from abdi.surveys.models import Response, SurveySettings, UnitPeriod
from abdi.surveys.rules import periods
from abdi.surveys.rules.unsur import KEYS

SERVICES = ("Konsultasi dan informasi", "Penerbitan surat keterangan", "Legalisir dokumen")
SUGGESTIONS = ("Ruang tunggu perlu kipas angin.", "Petugas ramah, terima kasih.",
               "Antrean pagi terlalu panjang.", "Mohon informasi persyaratan dipasang di papan.", "")
PER_UNIT = 70


def _units(instansi) -> list[Unit]:
    agencies = list(Unit.objects.filter(instansi=instansi, parent__isnull=True, is_active=True)
                    .order_by("path")[:12])
    preferred = [u for u in agencies if any(w in u.name.lower() for w in
                                            ("kependudukan", "kesehatan", "perizinan", "kecamatan"))]
    return (preferred + [u for u in agencies if u not in preferred])[:3]


def _answer(rng, bias) -> int:
    # Mostly 3 and 4, with the unit's weak unsur a little lower: a believable spread.
    return max(1, min(4, round(rng.gauss(3.2 - bias, 0.6))))


def seed(instansi, today: date) -> dict:
    SurveySettings.objects.get_or_create(instansi=instansi, defaults={"period_kind": periods.QUARTER})
    this_quarter = periods.period_of(today, periods.QUARTER)
    quarters = periods.last_periods(today, periods.QUARTER, 4)
    counts = {"services": 0, "counters": 0, "responses": 0}
    for index, unit in enumerate(_units(instansi)):
        services = [Service.objects.create(instansi=instansi, unit=unit, name=name,
                                           code=f"SKM-{unit.pk}-{n + 1}")
                    for n, name in enumerate(SERVICES)]
        staff = list(Employee.objects.filter(instansi=instansi, unit__path__startswith=unit.path,
                                             status="aktif").order_by("pk")[:4])
        counters = []
        for n in range(2):
            counter = Counter.objects.create(instansi=instansi, unit=unit, name=f"Loket {n + 1}")
            counter.services.set(services[n:n + 2])
            counter.staff.set(staff[n * 2:n * 2 + 2])
            counters.append(counter)
        counts["services"] += len(services)
        counts["counters"] += len(counters)
        rng = random.Random(unit.pk)  # noqa: S311 - demo data, not secrets
        weak = {KEYS[(2 + index) % 9]: 0.7, KEYS[8]: 0.4}
        rows = []
        for r in range(PER_UNIT):
            quarter = quarters[r % 4]
            end = min(quarter.end, today)
            day = quarter.start + timedelta(days=rng.randrange((end - quarter.start).days + 1))
            counter = counters[r % 2]
            rows.append(Response(
                instansi=instansi, unit=unit, counter=counter, service=rng.choice(services[r % 2:r % 2 + 2]),
                submitted_on=day, device=f"demo-{unit.pk}-{r}", age=rng.randint(18, 70),
                sex=rng.choice("LP"), education=rng.choice(("sma", "s1", "d3", "smp")),
                occupation=rng.choice(("swasta", "wirausaha", "pns", "pelajar", "lainnya")),
                suggestion=rng.choice(SUGGESTIONS),
                **{k: _answer(rng, weak.get(k, 0) + (0.15 if quarter == quarters[0] else 0)) for k in KEYS}))
        Response.objects.bulk_create(rows)
        counts["responses"] += len(rows)
        for quarter in quarters:
            UnitPeriod.objects.create(
                instansi=instansi, unit=unit, kind=periods.QUARTER, year=quarter.year,
                number=quarter.number, population=rng.randrange(300, 2500),
                follow_up="" if quarter == this_quarter else
                "Menambah petugas pada jam sibuk dan memperbaiki papan informasi persyaratan.")
    return counts
