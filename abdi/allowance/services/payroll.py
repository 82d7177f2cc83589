"""The monthly TPP run: every employee's TPP from the rule set in force, the month's attendance
days and the month's predikat; review, lock, and revisions after locking.

allowance-and-discipline.md §4.1 is the computation (rules.tpp); this module gathers the facts
with a constant number of queries per chunk of employees and stores one slip per employee.
"""

import calendar
import datetime
import logging
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal

from django.db import transaction
from django.db.models import Count, Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core import bulk
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.discipline.queries import penalties_for_payroll
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee
from abdi.performance.models import Activity, Appraisal, PerformanceSettings, Skp
from abdi.performance.rules.cycle import SKP_DEADLINE_MONTH_DAY, PeriodKind
from abdi.performance.rules.workflow import ActivityStatus

from .. import policy
from ..models import AttendanceDay, TppBaseAmount, TppRun, TppSlip
from ..rules import codec
from ..rules.attendance import DayKind
from ..rules.schedules import DeductionKind, LeaveKind, TppCriterion
from ..rules.tpp import compute_tpp
from ..rules.tpp_facts import DayFacts, MonthFacts, leave_facts, penalty_running, tally_events
from .rule_sets import rule_set_on

log = logging.getLogger(__name__)
CHUNK = 2000
PAID_STATUSES = (EmployeeStatus.AKTIF, EmployeeStatus.CUTI)  # who receives TPP this month
SLIP_FIELDS = ["agency", "kelas_jabatan", "pagu", "achievement_percent", "amount", "pending",
               "facts", "lines"]


class Pending:
    """Why a slip could not be computed yet (shown to the employee and the admin)."""

    NO_KELAS = "no_kelas"  # no position with a kelas jabatan
    NO_AMOUNT = "no_amount"  # the rule set has no amount for the kelas
    NO_ATTENDANCE = "no_attendance"  # no attendance day stored for the month
    NO_PREDIKAT = "no_predikat"  # the month's appraisal is not rated yet
    NO_FACTOR = "no_factor"  # the rule set gives no capaian for that predikat
    NOT_PAID = "not_paid"  # no longer serving; the slip stays because it carries an objection


def _month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def _check_month(year, month) -> tuple[int, int]:
    try:
        year, month = int(year), int(month)
        datetime.date(year, month, 1)
    except (TypeError, ValueError):
        raise DomainError(_("Choose a month."), field="month") from None
    if not 2000 <= year <= 2100:
        raise DomainError(_("Choose a month."), field="month")
    return year, month


@transaction.atomic
def start_run(*, actor, instansi_id: int, year, month, reason: str = "") -> TppRun:
    """A run of the month (queued). An unlocked run of the month is computed again in place; a
    locked month gets a new revision, which needs a reason."""
    if not policy.can_manage_rules(actor, instansi_id):
        raise Forbidden(_("Only the BKPSDM admin runs the TPP."))
    year, month = _check_month(year, month)
    first, _last = _month_bounds(year, month)
    if first > timezone.localdate():
        raise DomainError(_("A month that has not begun cannot be computed."), field="month")
    rule_set = rule_set_on(instansi_id, first)
    if rule_set is None:
        raise DomainError(_("No TPP rules are in force on %(day)s; add them first.") % {
            "day": first.isoformat()}, field="month")
    latest = (TppRun.objects.select_for_update().filter(instansi_id=instansi_id, year=year, month=month)
              .order_by("-revision").first())
    if latest is not None and latest.status == TppRun.Status.RUNNING:
        raise Conflict(_("This month is being computed right now."))
    if latest is not None and not latest.is_locked:
        latest.status, latest.progress, latest.rule_set = TppRun.Status.QUEUED, 0, rule_set
        latest.save(update_fields=["status", "progress", "rule_set"])
        _enqueue(latest)
        return latest
    reason = " ".join(str(reason or "").split())[:1000]
    if latest is not None and not reason:
        raise DomainError(_("This month is locked; a correction needs a reason."), field="reason")
    run = TppRun.objects.create(instansi_id=instansi_id, year=year, month=month,
                                revision=(latest.revision + 1) if latest else 1, reason=reason,
                                rule_set=rule_set, requested_by=actor.user)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=run,
           after={"month": f"{year}-{month:02d}", "revision": run.revision, "reason": reason})
    _enqueue(run)
    return run


def _enqueue(run) -> None:
    from .. import tasks  # the task calls back into this module

    transaction.on_commit(lambda: tasks.compute_tpp_run.enqueue(run.pk))


def compute_run(run_id: int) -> TppRun:
    """Compute every slip of a queued run (the task worker calls this); the same facts give the
    same slips however often it runs."""
    with transaction.atomic():
        run = TppRun.objects.select_for_update().select_related("rule_set").get(pk=run_id)
        if run.status not in (TppRun.Status.QUEUED, TppRun.Status.FAILED):
            return run
        run.status, run.progress = TppRun.Status.RUNNING, 0
        run.save(update_fields=["status", "progress"])
    try:
        summary = _compute(run)
    except Exception:
        log.exception("TPP run %s failed", run.pk)
        TppRun.objects.filter(pk=run.pk).update(status=TppRun.Status.FAILED,
                                                 finished_at=timezone.now())
        raise
    TppRun.objects.filter(pk=run.pk).update(status=TppRun.Status.DONE, progress=100,
                                             summary=summary, finished_at=timezone.now())
    run.refresh_from_db()
    return run


def _compute(run: TppRun) -> dict:
    schedule, problems = codec.schedule_from_data(run.rule_set.schedule)
    if schedule is None or problems:
        raise ValueError(f"rule set {run.rule_set_id} holds a broken schedule")
    amounts = defaultdict(dict)
    for kelas, component, amount in TppBaseAmount.objects.filter(rule_set=run.rule_set_id).values_list(
            "kelas_jabatan", "component", "amount"):
        amounts[kelas][component] = Decimal(amount)
    first, last = _month_bounds(run.year, run.month)
    employees = list(Employee.objects.filter(instansi_id=run.instansi_id, status__in=PAID_STATUSES)
                     .order_by("id").values_list("id", "agency_id", "kind", "position__kelas_jabatan"))
    totals, pending = defaultdict(int), 0
    # Slips are updated in place, never dropped and made again: an objection filed on a slip
    # of an unlocked month stays attached to it when the month is computed again.
    existing = dict(TppSlip.objects.filter(run=run).values_list("employee_id", "id"))
    computed: dict = {}  # distinct inputs -> (TPP, lines), see _fill
    paid = {row[0] for row in employees}
    with transaction.atomic():
        gone = TppSlip.objects.filter(run=run).exclude(employee_id__in=paid)
        # Someone no longer paid keeps a slip that has an objection on it (at zero, with why);
        # other slips of theirs go.
        gone.filter(objections__isnull=False).update(pending=Pending.NOT_PAID, amount=0, lines=[])
        gone.filter(objections__isnull=True).delete()
        for start in range(0, len(employees), CHUNK):
            chunk = employees[start:start + CHUNK]
            slips = _slips(run, schedule, amounts, chunk, first, last, computed)
            for slip in slips:
                slip.pk = existing.get(slip.employee_id)
            bulk.update(TppSlip, [s for s in slips if s.pk], SLIP_FIELDS)
            bulk.insert(TppSlip, [s for s in slips if not s.pk])
            for slip in slips:
                totals[str(slip.agency_id)] += slip.amount
                pending += bool(slip.pending)
            progress = min(99, (start + len(chunk)) * 100 // max(len(employees), 1))
            TppRun.objects.filter(pk=run.pk).update(progress=progress)
    return {"employees": len(employees), "pending": pending, "total": sum(totals.values()),
            "per_agency": dict(totals)}


def _slips(run, schedule, amounts, chunk, first, last, computed) -> list[TppSlip]:
    ids = [row[0] for row in chunk]
    months = _attendance_months(ids, first, last)
    predikat = _predikat_of_month(ids, first)
    penalties = _running_penalties(schedule, ids, first, last)
    missing_reports = _missing_reports(schedule, ids, first, last)
    late_skp = _late_skp(schedule, run.instansi_id, ids, first, last)
    factors = {factor.predikat: factor.percent for factor in schedule.predikat_factors}
    slips = []
    for employee_id, agency_id, kind, kelas in chunk:
        slip = TppSlip(instansi_id=run.instansi_id, run=run, employee_id=employee_id,
                       agency_id=agency_id, kelas_jabatan=kelas)
        components = amounts.get(kelas, {})
        base = components.get(TppCriterion.BEBAN_KERJA.value)
        month = months.get(employee_id, ())
        slip.facts = {"predikat": predikat.get(employee_id, ""),
                      "attendance_days": sum(day[-1] for day in month)}
        slip.pending = (Pending.NO_KELAS if kelas is None else Pending.NO_AMOUNT if base is None
                        else Pending.NO_ATTENDANCE if not month
                        else Pending.NO_PREDIKAT if employee_id not in predikat
                        else Pending.NO_FACTOR if predikat[employee_id] not in factors else "")
        if not slip.pending:
            _fill(slip, schedule, base, components, factors[predikat[employee_id]], kind,
                  (month, missing_reports.get(employee_id, 0)), computed,
                  penalties.get(employee_id), skp_late=employee_id in late_skp)
        slips.append(slip)
    return slips


# The shortest periodic evaluation covering the month gives its predikat (performance.md: the
# government evaluates monthly, quarterly or per semester); the annual one never does.
PERIOD_PREFERENCE = {PeriodKind.MONTHLY: 0, PeriodKind.QUARTERLY: 1, PeriodKind.SEMESTER: 2}


def _predikat_of_month(ids, first) -> dict[int, str]:
    rows = Appraisal.objects.filter(
        employee_id__in=ids, start__lte=first, end__gte=first, predikat__gt="",
        period_kind__in=list(PERIOD_PREFERENCE),
        status__in=[Appraisal.Status.RATED, Appraisal.Status.FINAL],
    ).values_list("employee_id", "period_kind", "predikat")
    found: dict[int, tuple[int, str]] = {}
    for employee_id, kind, predikat in rows:
        rank = PERIOD_PREFERENCE[PeriodKind(kind)]
        if employee_id not in found or rank < found[employee_id][0]:
            found[employee_id] = (rank, predikat)
    return {employee_id: predikat for employee_id, (_rank, predikat) in found.items()}


def _late_skp(schedule, instansi_id, ids, first, last) -> set[int]:
    """Employees whose SKP of the year was still not submitted at some point of this month after
    the government's deadline (performance.md §4: commonly 31 January, a setting); read only when
    the rule set charges for it. Someone appointed after the deadline is not late."""
    if schedule.flat_rule(DeductionKind.LATE_SKP) is None:
        return set()
    settings = PerformanceSettings.objects.filter(instansi_id=instansi_id).first()
    month, day = settings.skp_deadline_month_day if settings else SKP_DEADLINE_MONTH_DAY
    deadline = datetime.date(first.year, month, min(day, calendar.monthrange(first.year, month)[1]))
    if last < deadline:
        return set()
    # Submitted by the deadline, or before this month began (then the month owed nothing).
    in_time = max(deadline, first - datetime.timedelta(days=1))
    on_time = set(Skp.objects.filter(employee_id__in=ids, year=first.year,
                                     submitted_at__date__lte=in_time)
                  .values_list("employee_id", flat=True))
    appointed_later = set(Employee.objects.filter(pk__in=ids, tmt_cpns__gt=deadline)
                          .values_list("pk", flat=True))
    return set(ids) - on_time - appointed_later


def _running_penalties(schedule, ids, first, last) -> dict[int, str]:
    """The hukuman disiplin whose TPP cut runs this month, per employee: the heaviest cut wins."""
    running: dict[int, str] = {}
    for employee_id, decided in penalties_for_payroll(ids, first, last).items():
        rules = []
        for code, effective in decided:
            try:
                rule = schedule.penalty(code)
            except ValueError:
                continue  # the rule set has no cut for this penalty
            if penalty_running(rule, first_month=effective.replace(day=1), month=first):
                rules.append(rule)
        if rules:
            running[employee_id] = max(rules, key=lambda rule: rule.percent).code
    return running


def _fill(slip, schedule, base, components, achievement, kind, signature, computed: dict,
          penalty: str | None = None, *, skp_late: bool = False) -> None:
    others = {TppCriterion(code): amount for code, amount in components.items()
              if code != TppCriterion.BEBAN_KERJA.value}
    counted = computed.get(("month", signature, penalty, skp_late))
    if counted is None:  # counted once per distinct month: the slip keeps them as its facts
        month = MonthFacts(days=_month_facts(*signature), penalty=penalty, skp_late=skp_late)
        counted = computed[("month", signature, penalty, skp_late)] = (
            tally_events(schedule, month), leave_facts(month))
    events, leaves = counted
    # compute_tpp is a pure function of these inputs, and most employees of a run share them
    # with others (same kelas, same predikat, same counts): each distinct case is computed once.
    key = (base, achievement, tuple(sorted(events.items())), leaves, penalty, kind,
           tuple(sorted(others.items())))
    if key not in computed:
        result = compute_tpp(schedule, pagu=base, achievement_percent=achievement, events=events,
                             leaves=leaves, penalty=penalty, employee_kind=kind,
                             components=others or None)
        computed[key] = (int(result.tpp), [_line(line) for line in result.lines])
    slip.pagu = int(base)
    slip.achievement_percent = achievement
    slip.amount, slip.lines = computed[key]
    slip.facts["events"] = dict(sorted(events.items()))


def _line(line) -> dict:
    return {"step": str(line.step), "amount": str(line.amount), "share": str(line.share or ""),
            "code": line.code, "kind": str(line.kind), "label": line.label, "count": line.count,
            "percent": None if line.percent is None else str(line.percent), "source": line.source}


WORKED_KINDS = tuple(kind.value for kind in (DayKind.PRESENT, DayKind.LATE, DayKind.EARLY_LEAVE,
                                             DayKind.LATE_AND_EARLY_LEAVE))


def _attendance_months(ids, first, last) -> dict[int, tuple]:
    """Each employee's month of stored days as a signature: the distinct kinds of day with how
    often each occurred, sorted. The TPP rules only count days (their order never matters), and
    most employees share a signature (every day on time), so the database groups the ~20 rows of
    an employee into one or a few and the counting is done once per signature (_month_facts)."""
    grouped = defaultdict(list)
    rows = (AttendanceDay.objects.filter(employee_id__in=ids, date__range=(first, last))
            .values_list("employee_id", "kind", "minutes_late", "minutes_early", "missing_in",
                         "missing_out", "leave_kind")
            .annotate(days=Count("id")).order_by())
    for employee_id, *day, count in rows:
        grouped[employee_id].append((*day, count))
    return {employee_id: tuple(sorted(days)) for employee_id, days in grouped.items()}


def _day_facts(kind, late, early, missing_in, missing_out, leave_kind) -> DayFacts:
    if kind in ("non_working_day", "on_duty"):
        return DayFacts()  # counted as a day with data, nothing to charge
    if kind == "absent":
        return DayFacts(absent_without_reason=True)
    if kind == "on_leave":
        return DayFacts(leave=_leave_kind(leave_kind))
    return DayFacts(late_minutes=late, early_leave_minutes=early, checked_in=not missing_in,
                    checked_out=not missing_out)


def _month_facts(signature: tuple, reports_missing: int = 0) -> tuple[DayFacts, ...]:
    """The days of a signature; `reports_missing` of the worked days lack a daily report (which
    days does not matter: each is charged once, whatever else happened on it)."""
    days = []
    for kind, *rest, count in signature:
        fact = _day_facts(kind, *rest)
        unreported = min(count, reports_missing) if kind in WORKED_KINDS else 0
        reports_missing -= unreported
        days += [replace(fact, daily_report_missing=True)] * unreported + [fact] * (count - unreported)
    return tuple(days)


def _missing_reports(schedule, ids, first, last) -> dict[int, int]:
    """Worked days without any daily activity report (not rejected), per employee; read only when
    the rule set charges for them (§3.3: missing activity input is a cause of TPP cuts)."""
    if schedule.flat_rule(DeductionKind.MISSING_DAILY_REPORT) is None:
        return {}
    reported = Activity.objects.filter(employee_id=OuterRef("employee_id"), date=OuterRef("date")
                                       ).exclude(status=ActivityStatus.REJECTED)
    rows = (AttendanceDay.objects.filter(employee_id__in=ids, date__range=(first, last),
                                         kind__in=WORKED_KINDS)
            .filter(~Exists(reported)).values_list("employee_id").annotate(days=Count("id"))
            .order_by())
    return dict(rows)


def _leave_kind(value) -> LeaveKind | None:
    try:
        return LeaveKind(value)
    except ValueError:
        return None


@transaction.atomic
def lock_run(*, actor, run: TppRun) -> TppRun:
    """The admin locks a computed month: from now on only a revision changes it."""
    if not policy.can_manage_rules(actor, run.instansi_id):
        raise Forbidden(_("Only the BKPSDM admin locks the TPP."))
    locked = TppRun.objects.select_for_update().get(pk=run.pk)
    if locked.status != TppRun.Status.DONE:
        raise Conflict(_("Only a computed month can be locked."))
    if locked.summary.get("pending"):
        raise DomainError(_("%(count)s slips are still waiting for data; complete them and run "
                            "the month again before locking.") % {"count": locked.summary["pending"]})
    locked.status, locked.locked_by, locked.locked_at = TppRun.Status.LOCKED, actor.user, timezone.now()
    locked.save(update_fields=["status", "locked_by", "locked_at"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked,
           before={"status": "done"}, after={"status": "locked"})
    return locked
