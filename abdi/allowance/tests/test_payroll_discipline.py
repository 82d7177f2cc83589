"""A decided hukuman disiplin cuts the TPP in the months the rule set says, and not after
(abdi.discipline.queries.penalties_for_payroll wired into the monthly run)."""

import datetime

import pytest
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceDay, TppSlip
from abdi.allowance.rules import codec, presets
from abdi.allowance.services import payroll, rule_sets
from abdi.discipline.models import DisciplineCase
from abdi.discipline.tests.factories import make_case
from abdi.performance.models import Appraisal
from abdi.performance.tests.conftest import make_plan
from abdi.tenancy.scoping import within


def _last_month() -> datetime.date:
    return (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def _months_before(first: datetime.date, months: int) -> datetime.date:
    index = first.year * 12 + first.month - 1 - months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _setup(world, penalties) -> datetime.date:
    """Rules (Tulang Bawang with the given penalty table), predikat B at 100%, 20 days present."""
    first = _last_month()
    schedule = codec.schedule_to_data(presets.TULANG_BAWANG)
    schedule["predikat_factors"] = [{"predikat": "B", "percent": "100"}]
    schedule["penalties"] = [{"code": p.code, "label": p.label, "percent": str(p.percent),
                              "months": p.months, "source": p.source} for p in penalties]
    admin = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        rule_sets.add_rule_set(actor=admin, instansi_id=world.gov.pk, values={
            "name": "TPP disiplin", "effective_from": datetime.date(first.year - 2, 1, 1),
            "preset": "tulang_bawang", "schedule": schedule},
            amounts=[(kelas, "BK", 5_000_000) for kelas in range(1, 18)])
        plan = make_plan(world.users.own, world.own, year=first.year)
        Appraisal.objects.create(
            instansi=world.gov, skp=plan.skp, employee=world.own, unit=world.own.unit,
            year=first.year, period_kind="monthly", period_number=first.month, start=first,
            end=first.replace(day=28), predikat="B", status=Appraisal.Status.RATED)
        now = timezone.now()
        for day in range(1, 21):
            AttendanceDay.objects.create(instansi=world.gov, employee=world.own,
                                         date=first.replace(day=day), kind="present", computed_at=now)
    return first


def _penalty_lines(world) -> list[tuple[str, str]]:
    first = _last_month()
    with within(world.gov):
        run = payroll.start_run(actor=Actor.for_user(world.users.hr_admin),
                                instansi_id=world.gov.pk, year=first.year, month=first.month)
        run = payroll.compute_run(run.pk)
        slip = TppSlip.objects.get(run=run, employee=world.own)
    assert slip.pending == ""
    return [(line["code"], line["percent"]) for line in slip.lines if line["kind"] == "penalty"]


def _case(world, penalty, effective_on, **fields):
    with within(world.gov):
        return make_case(world.own, penalty=penalty, effective_on=effective_on, **fields)


PERMENTAN = presets.PERMENTAN_68_2012_PENALTIES  # R1 20% 1 month ... S1 40% 6 months ...


@pytest.mark.parametrize(("months_ago", "cut"), [(0, True), (5, True), (6, False), (9, False)])
def test_s1_cuts_for_six_months_from_the_month_it_takes_effect(world, months_ago, cut):
    first = _setup(world, PERMENTAN)
    _case(world, "S1", _months_before(first, months_ago).replace(day=20))
    assert _penalty_lines(world) == ([("S1", "40")] if cut else [])


def test_a_penalty_effective_after_the_month_does_not_cut_yet(world):
    first = _setup(world, PERMENTAN)
    _case(world, "S1", _months_before(first, -1).replace(day=2))
    assert _penalty_lines(world) == []


def test_a_cancelled_or_undecided_case_does_not_cut(world):
    first = _setup(world, PERMENTAN)
    _case(world, "S2", first, status=DisciplineCase.Status.CANCELLED)
    with within(world.gov):
        make_case(world.own)  # reported only
    assert _penalty_lines(world) == []


def test_of_several_running_penalties_the_heaviest_cuts(world):
    first = _setup(world, PERMENTAN)
    _case(world, "R1", first.replace(day=3))
    _case(world, "S2", _months_before(first, 2).replace(day=10))
    assert _penalty_lines(world) == [("S2", "50")]


def test_a_penalty_the_rule_set_has_no_rule_for_does_not_cut(world):
    first = _setup(world, presets.PP94_SEDANG_PENALTIES)
    _case(world, "R2", first.replace(day=3))
    assert _penalty_lines(world) == []
