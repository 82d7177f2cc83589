"""Missing daily activity reports reach the monthly run when the rule set charges for them
(allowance-and-discipline.md §3.3); a rule set without such a rule never reads the reports."""

import datetime

from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceDay, TppSlip
from abdi.allowance.rules import codec, presets
from abdi.allowance.services import payroll, rule_sets
from abdi.performance.models import Activity, Appraisal
from abdi.performance.tests.conftest import make_plan
from abdi.tenancy.scoping import within

REPORT_RULE = {"code": "LKH", "kind": "missing_daily_report", "percent": "1", "label": "Tanpa LKH",
               "share": "disiplin", "first_minute": None, "last_minute": None, "per_minutes": None,
               "source": "test"}


def _last_month() -> datetime.date:
    return (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def _rules_and_predikat(world, extra_rules=()):
    """Last month payable for own: Tulang Bawang with `extra_rules`, predikat B at 100%, an SKP."""
    first = _last_month()
    schedule = codec.schedule_to_data(presets.TULANG_BAWANG)
    schedule["predikat_factors"] = [{"predikat": "B", "percent": "100"}]
    schedule["deductions"] = [*schedule["deductions"], *extra_rules]
    with within(world.gov):
        rule_sets.add_rule_set(actor=Actor.for_user(world.users.hr_admin), instansi_id=world.gov.pk,
                               values={"name": "TPP", "preset": "tulang_bawang", "schedule": schedule,
                                       "effective_from": datetime.date(first.year - 1, 1, 1)},
                               amounts=[(kelas, "BK", 5_000_000) for kelas in range(1, 18)])
        plan = make_plan(world.users.own, world.own, year=first.year)
        Appraisal.objects.create(
            instansi=world.gov, skp=plan.skp, employee=world.own, unit=world.own.unit,
            year=first.year, period_kind="monthly", period_number=first.month, start=first,
            end=first.replace(day=28), predikat="B", status=Appraisal.Status.RATED)
    return first, plan


def _computed_slip(world, first):
    with within(world.gov):
        run = payroll.start_run(actor=Actor.for_user(world.users.hr_admin), instansi_id=world.gov.pk,
                                year=first.year, month=first.month)
        run = payroll.compute_run(run.pk)
        return TppSlip.objects.get(run=run, employee=world.own)


def _run(world, *, with_rule: bool, reported_days=(), rejected_days=(), absent_days=()):
    first, plan = _rules_and_predikat(world, [REPORT_RULE] if with_rule else [])
    with within(world.gov):
        now = timezone.now()
        for day in range(1, 11):
            kind = "absent" if day in absent_days else "present"
            AttendanceDay.objects.create(instansi=world.gov, employee=world.own,
                                         date=first.replace(day=day), kind=kind, computed_at=now)
        for day, status in [(d, "approved") for d in reported_days] + [
                (d, "rejected") for d in rejected_days]:
            Activity.objects.create(instansi=world.gov, employee=world.own, skp=plan.skp,
                                    indicator=plan.output, date=first.replace(day=day),
                                    description=f"Kegiatan {day}", quantity=1, minutes=60,
                                    status=status, fingerprint=f"f{day}")
    return _computed_slip(world, first)


def test_worked_days_without_a_report_are_charged_once_each(world):
    # 10 days: 2 absent (charged as TK, not again), 5 reported, 1 with only a rejected report.
    slip = _run(world, with_rule=True, reported_days=(1, 2, 3, 4, 5), rejected_days=(6,),
                absent_days=(9, 10))
    assert slip.facts["events"]["LKH"] == 3  # days 6, 7, 8
    assert any(line["code"] == "LKH" and line["count"] == 3 for line in slip.lines)


def test_every_day_reported_charges_nothing(world):
    slip = _run(world, with_rule=True, reported_days=range(1, 11))
    assert "LKH" not in slip.facts["events"]


def test_a_rule_set_without_the_rule_charges_nothing_for_reports(world):
    slip = _run(world, with_rule=False)
    assert "LKH" not in slip.facts["events"]
    assert slip.pending == ""


# ---- a late SKP -------------------------------------------------------------------------------

SKP_RULE = {**REPORT_RULE, "code": "SKP", "kind": "late_skp", "percent": "5", "label": "SKP terlambat"}


def _late_skp_run(world, *, submitted_on):
    """A run of last month under rules charging a late SKP, with own's SKP of the year submitted
    on `submitted_on` (None: never) and a deadline of 31 January."""
    first, plan = _rules_and_predikat(world, [SKP_RULE])
    submitted = (datetime.datetime.combine(submitted_on, datetime.time(9), tzinfo=datetime.UTC)
                 if submitted_on else None)
    with within(world.gov):
        type(plan.skp).objects.filter(pk=plan.skp.pk).update(submitted_at=submitted)
        AttendanceDay.objects.create(instansi=world.gov, employee=world.own, date=first,
                                     kind="present", computed_at=timezone.now())
    return _computed_slip(world, first)


def test_an_skp_never_submitted_is_charged_in_a_month_after_the_deadline(world):
    assert _late_skp_run(world, submitted_on=None).facts["events"].get("SKP") == 1


def test_an_skp_submitted_by_the_deadline_is_not_charged(world):
    first = _last_month()
    slip = _late_skp_run(world, submitted_on=datetime.date(first.year, 1, 20))
    assert "SKP" not in slip.facts["events"]


def test_an_skp_submitted_late_is_charged_in_the_month_it_was_still_missing(world):
    first = _last_month()
    deadline = datetime.date(first.year, 1, 31)
    slip = _late_skp_run(world, submitted_on=max(first, deadline) + datetime.timedelta(days=3))
    assert slip.facts["events"].get("SKP") == 1
