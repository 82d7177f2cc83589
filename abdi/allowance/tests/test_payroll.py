"""The monthly TPP run: slips from the rules in force, attendance days and the month's predikat;
the same facts give the same slips; locking and revisions; who sees which slip."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceDay, TppRun, TppSlip
from abdi.allowance.rules import codec, presets
from abdi.allowance.services import payroll, rule_sets
from abdi.core.errors import DomainError, Forbidden
from abdi.performance.models import Appraisal
from abdi.performance.tests.conftest import make_plan
from abdi.tenancy.scoping import within

# Late minutes of the month's working days for the employee: TL1 x 2, TL2, TL3, TL4 (Tulang Bawang).
LATE = [10, 25, 45, 75, 100]


def last_month() -> tuple[int, int]:
    first = timezone.localdate().replace(day=1) - datetime.timedelta(days=1)
    return first.year, first.month


@pytest.fixture
def month(world):
    """Rules in force (Tulang Bawang preset with a capaian of 92.5% for predikat B, demo data),
    Rp 5.000.000 for every kelas; the employee's month: 20 working days (5 late), predikat B."""
    year, number = last_month()
    schedule = codec.schedule_to_data(presets.TULANG_BAWANG)
    schedule["predikat_factors"] = [{"predikat": "B", "percent": "92.50"},
                                    {"predikat": "SB", "percent": "100"}]
    admin = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        rule_sets.add_rule_set(actor=admin, instansi_id=world.gov.pk, values={
            "name": "TPP uji", "effective_from": datetime.date(year - 1, 1, 1),
            "preset": "tulang_bawang", "schedule": schedule},
            amounts=[(kelas, "BK", 5_000_000) for kelas in range(1, 18)])
        plan = make_plan(world.users.own, world.own, year=year)
        Appraisal.objects.create(
            instansi=world.gov, skp=plan.skp, employee=world.own, unit=world.own.unit, year=year,
            period_kind="monthly", period_number=number, start=datetime.date(year, number, 1),
            end=datetime.date(year, number, 28), predikat="B", status=Appraisal.Status.RATED)
        now = timezone.now()
        for day in range(1, 21):
            late = LATE[day - 1] if day <= len(LATE) else 0
            AttendanceDay.objects.create(
                instansi=world.gov, employee=world.own, date=datetime.date(year, number, day),
                kind="late" if late else "present", minutes_late=late, computed_at=now)
    return year, number


def run_month(world, *, user=None, reason=""):
    actor = Actor.for_user(user or world.users.hr_admin)
    year, number = last_month()
    with within(world.gov):
        run = payroll.start_run(actor=actor, instansi_id=world.gov.pk, year=year, month=number,
                                reason=reason)
        return payroll.compute_run(run.pk)


def slip_of(run, employee):
    with within(employee.instansi):
        return TppSlip.objects.get(run=run, employee=employee)


def test_the_run_pays_from_attendance_and_predikat_to_the_rupiah(world, month):
    run = run_month(world)
    slip = slip_of(run, world.own)
    # D = 2.000.000 less 0.5+0.5+1+1.25+1.5 = 4.75% -> 1.905.000; P = 3.000.000 x 92.5% = 2.775.000.
    assert (slip.pending, slip.amount) == ("", 4_680_000)
    assert slip.facts["events"] == {"TL1": 2, "TL2": 1, "TL3": 1, "TL4": 1}
    assert slip.achievement_percent == Decimal("92.50")
    assert run.status == TppRun.Status.DONE
    assert run.summary["employees"] >= 2


def test_who_lacks_data_waits_with_the_reason(world, month):
    run = run_month(world)
    assert slip_of(run, world.peer).pending == payroll.Pending.NO_ATTENDANCE
    assert run.summary["pending"] >= 1


def test_the_same_facts_give_the_same_slips(world, month):
    first = run_month(world)
    with within(world.gov):
        amounts = {s.employee_id: (s.amount, s.pending) for s in TppSlip.objects.filter(run=first)}
    again = run_month(world)
    assert (again.pk, again.revision) == (first.pk, 1)
    with within(world.gov):
        assert {s.employee_id: (s.amount, s.pending)
                for s in TppSlip.objects.filter(run=again)} == amounts


def test_lock_needs_every_slip_complete_and_a_correction_needs_a_reason(world, month):
    run = run_month(world)
    admin = Actor.for_user(world.users.hr_admin)
    with within(world.gov), pytest.raises(DomainError, match="waiting for data"):
        payroll.lock_run(actor=admin, run=run)
    with within(world.gov):
        TppSlip.objects.filter(run=run).exclude(pending="").delete()  # as if their data came
        TppRun.objects.filter(pk=run.pk).update(summary={**run.summary, "pending": 0})
        run.refresh_from_db()
        locked = payroll.lock_run(actor=admin, run=run)
    assert locked.is_locked
    with pytest.raises(DomainError, match="reason"):
        run_month(world)
    revision = run_month(world, reason="Koreksi presensi tanggal 3")
    assert (revision.revision, revision.reason) == (2, "Koreksi presensi tanggal 3")
    assert slip_of(revision, world.own).amount == 4_680_000


@pytest.mark.parametrize("persona", ["own", "agency_admin", "leader", "other_gov"])
def test_only_the_bkpsdm_admin_runs_the_month(world, month, persona):
    with pytest.raises(Forbidden):
        run_month(world, user=getattr(world.users, persona))
    with within(world.gov):
        assert not TppRun.objects.exists()


def test_a_future_month_and_a_month_without_rules_are_refused(world):
    admin = Actor.for_user(world.users.hr_admin)
    later = timezone.localdate() + datetime.timedelta(days=40)
    with within(world.gov):
        with pytest.raises(DomainError):
            payroll.start_run(actor=admin, instansi_id=world.gov.pk, year=later.year, month=later.month)
        with pytest.raises(DomainError, match="No TPP rules"):
            payroll.start_run(actor=admin, instansi_id=world.gov.pk, year=2001, month=1)
        with pytest.raises(DomainError):
            payroll.start_run(actor=admin, instansi_id=world.gov.pk, year="x", month=13)


def test_the_employee_reads_why_line_by_line(world, month, login):
    run = run_month(world)
    slip = slip_of(run, world.own)
    client = login(world.users.own)
    mine = client.get(reverse("allowance:mine")).content.decode()
    assert reverse("allowance:slip", args=[slip.pk]) in mine
    page = client.get(reverse("allowance:slip", args=[slip.pk]), HTTP_ACCEPT_LANGUAGE="en")
    content = page.content.decode()
    assert page.status_code == 200
    assert "Rp 4.680.000" in content
    assert "TL1" in content
    assert "Rp 2.000.000" in content


@pytest.mark.parametrize(("persona", "status"), [
    ("own", 200), ("hr_admin", 200), ("agency_admin", 200), ("peer", 404), ("supervisor", 404),
    ("other_unit", 404), ("other_gov", 404)])
def test_who_may_open_a_slip(world, month, login, persona, status):
    run = run_month(world)
    slip = slip_of(run, world.own)
    user = world.users.own if persona == "peer" else getattr(world.users, persona)
    if persona == "peer":
        from abdi.accounts.tests.factories import UserFactory

        user = UserFactory(instansi=world.gov, employee=world.peer)
    response = login(user).get(reverse("allowance:slip", args=[slip.pk]))
    assert response.status_code == status


def test_the_admin_pages_start_watch_and_refuse(world, month, login, django_capture_on_commit_callbacks):
    client = login(world.users.hr_admin)
    year, number = month
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("allowance:runs"), {"month": f"{year}-{number:02d}"})
    assert response.status_code == 302
    with within(world.gov):
        run = TppRun.objects.get()
    assert run.status == TppRun.Status.DONE  # the task ran (immediate backend in tests)
    page = client.get(reverse("allowance:run", args=[run.pk])).content.decode()
    assert "4.680.000" in page
    bad = client.post(reverse("allowance:runs"), {"month": "bulan-lalu"})
    assert bad.status_code == 400
    assert login(world.users.own).get(reverse("allowance:runs")).status_code == 403
    assert login(world.users.other_gov).get(reverse("allowance:run", args=[run.pk])).status_code in (403, 404)


@pytest.mark.parametrize(("kind", "counted"), [("quarterly", True), ("annual", False)])
def test_a_quarterly_predikat_covers_its_months_an_annual_one_does_not(world, month, kind, counted):
    year, number = month
    with within(world.gov):
        Appraisal.objects.filter(employee=world.own).delete()
        plan = Appraisal.objects.model._meta.get_field("skp").related_model.objects.get(employee=world.own)
        start = datetime.date(year, 1, 1) if kind == "annual" else datetime.date(
            year, (number - 1) // 3 * 3 + 1, 1)
        Appraisal.objects.create(
            instansi=world.gov, skp=plan, employee=world.own, unit=world.own.unit, year=year,
            period_kind=kind, period_number=1, start=start, end=datetime.date(year, 12, 31),
            predikat="SB", status=Appraisal.Status.FINAL)
    slip = slip_of(run_month(world), world.own)
    assert (slip.pending, slip.facts["predikat"]) == (("", "SB") if counted else
                                                      (payroll.Pending.NO_PREDIKAT, ""))


@pytest.mark.parametrize(("ceiling", "status", "shown"), [
    ("4.000.000", 200, "over the ceiling"), ("Rp 100.000.000", 200, "Within the ceiling"),
    ("abc", 400, "whole number of Rupiah"), ("-5", 400, "whole number of Rupiah"),
    ("9" * 40, 400, "whole number of Rupiah")])
def test_the_month_is_compared_with_the_budget_ceiling(world, month, login, ceiling, status, shown):
    run = run_month(world)  # total Rp 4.680.000 (the one employee with data)
    response = login(world.users.hr_admin).get(reverse("allowance:run", args=[run.pk]),
                                               {"pagu_apbd": ceiling}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == status
    assert shown in response.content.decode()
