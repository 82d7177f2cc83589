"""Demo TPP rules and holidays for a demo government.

Rule sets: last year under the national default and this year from the Tulang Bawang schedule
preset (allowance-and-discipline.md §3.1), with the basic amounts per kelas jabatan that
Kab. Seruyan published (§1; "use only as realistic test data"). The demo's holidays are the
government calendar's (abdi.demo.generator).
"""

from datetime import date

from abdi.allowance.models import TppBaseAmount, TppRuleSet
from abdi.allowance.rules import codec, presets

# allowance-and-discipline.md §1: Kab. Seruyan basic TPP per kelas, TA 2022 and TA 2023 (Rp).
SERUYAN_2022 = (716_562, 905_939, 1_095_316, 1_325_640, 2_236_697, 2_681_989, 3_086_335,
                3_500_452, 4_355_208, 5_006_628, 5_755_761, 7_444_800, 9_310_653, 10_373_864,
                13_626_776)
SERUYAN_2023 = (894_961, 1_131_487, 1_368_012, 1_655_678, 2_793_557, 3_349_711, 3_854_725,
                4_371_943, 5_439_503, 6_253_104, 7_188_745, 9_298_296, 11_628_681, 12_956_594,
                17_019_369)


def _rule_set(instansi, *, name, preset, start, end, amounts):
    schedule = codec.schedule_to_data(presets.PRESETS_BY_KEY[preset])
    schedule["predikat_factors"] = DEMO_PREDIKAT_FACTORS
    rule_set = TppRuleSet.objects.create(
        instansi=instansi, name=name, legal_basis="Contoh demo (bukan Perkada yang berlaku)",
        effective_from=start, effective_to=end, preset=preset, schedule=schedule)
    TppBaseAmount.objects.bulk_create([
        TppBaseAmount(instansi=instansi, rule_set=rule_set, kelas_jabatan=kelas, component="BK",
                      amount=amount) for kelas, amount in enumerate(amounts, start=1)])
    return rule_set


def seed_allowance(instansi, *, today: date) -> dict:
    year = today.year
    _rule_set(instansi, name=f"TPP {year - 1}", preset="national", start=date(year - 1, 1, 1),
              end=date(year - 1, 12, 31), amounts=SERUYAN_2022)
    _rule_set(instansi, name=f"TPP {year}", preset="tulang_bawang", start=date(year, 1, 1),
              end=None, amounts=SERUYAN_2023)
    return {"rule_sets": 2}


# Demo configuration only (no Perkada of the demo governments is modelled): the capaian
# produktivitas a predikat gives. A real government enters its own factors.
DEMO_PREDIKAT_FACTORS = [{"predikat": "SB", "percent": "100"}, {"predikat": "B", "percent": "100"},
                         {"predikat": "BP", "percent": "80"}, {"predikat": "K", "percent": "60"},
                         {"predikat": "SK", "percent": "40"}]


def seed_last_month(instansi, *, today: date, seed: int = 11) -> dict:
    """Machine punches for every serving employee's working days of last month (a few late, a few
    absent), their day statuses, and last month's TPP computed (not locked) as the BKPSDM admin."""
    import random
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from abdi.accounts.actor import Actor
    from abdi.accounts.models import Role, RoleGrant
    from abdi.allowance.models import AttendancePunch
    from abdi.allowance.services import attendance, payroll
    from abdi.people.models import Employee

    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    last = today.replace(day=1) - timedelta(days=1)
    first = last.replace(day=1)
    holidays = attendance.holidays_between(instansi, first, last)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    days = [d for d in days if attendance.is_working_day(d, holidays)]
    zone = ZoneInfo(instansi.time_zone)
    punches = []
    serving = Employee.objects.filter(instansi=instansi, status="aktif").values_list("id", flat=True)
    for employee_id in serving:
        for day in days:
            if rng.random() < 0.03:
                continue  # absent without a record
            late = rng.choice([0] * 17 + [12, 35, 70])
            start = datetime.combine(day, time(7, 20), zone) + timedelta(minutes=rng.randint(0, 9) + late)
            end = datetime.combine(day, time(16, 30 if day.weekday() == 4 else 16, 0), zone)
            punches += [AttendancePunch(instansi=instansi, employee_id=employee_id, punched_at=start,
                                        source="machine", device="Demo mesin 1"),
                        AttendancePunch(instansi=instansi, employee_id=employee_id,
                                        punched_at=end + timedelta(minutes=rng.randint(0, 25)),
                                        source="machine", device="Demo mesin 1")]
    AttendancePunch.objects.bulk_create(punches, batch_size=2000, ignore_conflicts=True)
    attendance.recompute_days(instansi_id=instansi.pk, first_day=first, last_day=last)
    grant = (RoleGrant.objects.filter(user__instansi=instansi, role=Role.HR_ADMIN)
             .select_related("user").first())
    if grant is None:
        return {"punches": len(punches)}
    run = payroll.start_run(actor=Actor.for_user(grant.user), instansi_id=instansi.pk,
                            year=first.year, month=first.month)
    payroll.compute_run(run.pk)
    return {"punches": len(punches)}
