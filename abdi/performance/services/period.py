"""Computing a whole period for a government at once: every approved SKP gets its appraisal,
the realisation of every indicator within the period is fixed from validated activities, the
predikat follows from the ratings given, and each unit's curve is checked.

Set-based SQL (INSERT … SELECT, UPDATE with CASE): 100,000 employees take seconds, not a
loop of 100,000 requests. Safe to run again: realisation is rebuilt, appraisals are not doubled.
"""

from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Case, Count, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from ..models import (
    Activity,
    Appraisal,
    PerformanceSettings,
    PeriodRealisation,
    PeriodRun,
    Skp,
    UnitPerformance,
)
from ..queries_appraisal import performance_settings
from ..rules.distribution import check_unit_finalisation
from ..rules.ratings import PREDIKAT_MATRIX
from .inputs import period_of_year


@dataclass
class PeriodSummary:
    opened: int = 0
    realisations: int = 0
    predikat_set: int = 0
    units_checked: int = 0
    units_blocked: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"opened": self.opened, "realisations": self.realisations,
                "predikat_set": self.predikat_set, "units_checked": self.units_checked,
                "units_blocked": self.units_blocked}


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _open_missing(instansi_id, period) -> int:
    """One appraisal per approved SKP of the year, grouped under the unit whose leader rates it."""
    from abdi.org.models import Position, Unit
    from abdi.people.models import Employee

    # Table names come from the models' meta; every value is a parameter.
    sql = f"""
        INSERT INTO {_table(Appraisal)} (instansi_id, skp_id, employee_id, unit_id, year, period_kind,
            period_number, start, "end", self_assessment, self_evidence_link, result_rating,
            result_reason, behaviour_rating, behaviour_reason, predikat, citizen_feedback, status,
            ekinerja_id, version)
        SELECT s.instansi_id, s.id, s.employee_id,
               CASE WHEN p.is_head AND p.unit_id = e.unit_id AND u.parent_id IS NOT NULL
                    THEN u.parent_id ELSE e.unit_id END,
               %s, %s, %s, %s, %s, '', '', '', '', '', '', '', '{{}}', 'open', '', 1
        FROM {_table(Skp)} s
        JOIN {_table(Employee)} e ON e.id = s.employee_id
        JOIN {_table(Unit)} u ON u.id = e.unit_id
        LEFT JOIN {_table(Position)} p ON p.id = e.position_id
        WHERE s.instansi_id = %s AND s.year = %s AND s.approved_at IS NOT NULL
        ON CONFLICT (instansi_id, skp_id, period_kind, period_number) DO NOTHING
    """  # noqa: S608
    # Those opened before are skipped by their unique constraint, not by NOT EXISTS on the table
    # being filled: with NOT EXISTS, a first computation for 100,000 SKPs on a freshly loaded
    # database ran over 7 minutes in this INSERT, scanning a table again and again (gdb); with
    # ON CONFLICT it took 29 s (BENCHMARKS.md, issue 3, session 14).
    with connection.cursor() as cursor:
        cursor.execute(sql, [period.year, period.kind.value, period.number, period.start, period.end,
                             instansi_id, period.year])
        opened = cursor.rowcount
        if opened and connection.vendor == "postgresql":
            # The planner must know about the rows just made, or it joins them to the year's
            # activities one by one (measured: 42 s instead of a few on 10 million activities).
            cursor.execute(f"ANALYZE {_table(Appraisal)}")
        return opened


def _fix_realisation(instansi_id, period) -> int:
    """Rebuilt from scratch: the sum of validated output within the period, per indicator."""
    PeriodRealisation.objects.filter(appraisal__year=period.year, appraisal__period_kind=period.kind,
                                     appraisal__period_number=period.number).delete()
    # Table names come from the models' meta; every value is a parameter.
    sql = f"""
        INSERT INTO {_table(PeriodRealisation)} (instansi_id, appraisal_id, indicator_id, value)
        SELECT ap.instansi_id, ap.id, act.indicator_id, SUM(act.quantity)
        FROM {_table(Activity)} act
        JOIN {_table(Appraisal)} ap ON ap.skp_id = act.skp_id AND ap.period_kind = %s
             AND ap.period_number = %s AND ap.year = %s
        WHERE act.instansi_id = %s AND act.status = 'approved' AND act.date >= %s AND act.date <= %s
        GROUP BY ap.instansi_id, ap.id, act.indicator_id
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [period.kind.value, period.number, period.year, instansi_id,
                             period.start, period.end])
        return cursor.rowcount


def _set_predikat(period) -> int:
    """PermenPANRB 6/2022 lampiran: kuadran predikat, applied to every rated appraisal at once."""
    matrix = Case(*(When(result_rating=hasil, behaviour_rating=perilaku, then=Value(predikat.value))
                    for (hasil, perilaku), predikat in PREDIKAT_MATRIX.items()), default=Value(""))
    return (Appraisal.objects.filter(year=period.year, period_kind=period.kind,
                                     period_number=period.number)
            .exclude(result_rating="").exclude(behaviour_rating="")
            .exclude(status=Appraisal.Status.FINAL).update(predikat=matrix))


def _check_units(period, summary: PeriodSummary) -> None:
    settings = performance_settings()
    counts: dict[int, dict[str, int]] = {}
    rows = (Appraisal.objects.filter(year=period.year, period_kind=period.kind,
                                     period_number=period.number)
            .exclude(predikat="").values_list("unit_id", "predikat").annotate(n=Count("id")))
    for unit_id, predikat, n in rows:
        counts.setdefault(unit_id, {})[predikat] = n
    org = dict(UnitPerformance.objects.filter(year=period.year, period_kind=period.kind,
                                              period_number=period.number)
               .values_list("unit_id", "org_predikat"))
    for unit_id, unit_counts in counts.items():
        check = check_unit_finalisation(org.get(unit_id), unit_counts,
                                        enforcement=settings.curve_enforcement,
                                        rounding=settings.quota_rounding)
        summary.units_checked += 1
        if check.blocked:
            summary.units_blocked.append(unit_id)


def compute_period(*, actor, instansi_id: int, year: int, period_kind: str,
                   period_number: int) -> PeriodSummary:
    """BKPSDM computes a period for the whole government (the scope must be entered)."""
    if not actor.is_hr_admin or actor.instansi_id != instansi_id:
        raise Forbidden(_("Only the BKPSDM admin computes a period for the whole government."))
    period = period_of_year(year, period_kind, period_number)
    summary = PeriodSummary()
    with transaction.atomic():
        summary.opened = _open_missing(instansi_id, period)
        summary.realisations = _fix_realisation(instansi_id, period)
        summary.predikat_set = _set_predikat(period)
        settings, _created = PerformanceSettings.objects.get_or_create(instansi_id=instansi_id)
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=settings, before={},
               after={"period_computed": f"{period.year}-{period.kind}-{period.number}",
                      "opened": summary.opened, "realisations": summary.realisations})
    _check_units(period, summary)
    return summary


@transaction.atomic
def request_period_run(*, actor, instansi_id: int, year, period_kind: str, period_number) -> PeriodRun:
    """Queue the computation of a period for the task worker (100,000 employees take seconds,
    too long for a page to wait on)."""
    if not actor.is_hr_admin or actor.instansi_id != instansi_id:
        raise Forbidden(_("Only the BKPSDM admin computes a period for the whole government."))
    period = period_of_year(year, period_kind, period_number)
    busy = PeriodRun.objects.filter(status__in=[PeriodRun.Status.QUEUED, PeriodRun.Status.RUNNING],
                                    year=period.year, period_kind=period.kind,
                                    period_number=period.number)
    if busy.exists():
        raise Conflict(_("This period is being computed already."))
    run = PeriodRun.objects.create(instansi_id=instansi_id, year=period.year, period_kind=period.kind,
                                   period_number=period.number, requested_by=actor.user)
    from .. import tasks  # the task calls back into run_period below (layer exception, pyproject)

    transaction.on_commit(lambda: tasks.compute_period_run.enqueue(run.pk))
    return run


def run_period(run_id: int) -> PeriodRun:
    """The task's body: compute, and keep the summary or the failure on the run."""
    from abdi.accounts.actor import Actor

    run = PeriodRun.objects.select_related("requested_by").get(pk=run_id)
    if run.status in (PeriodRun.Status.DONE, PeriodRun.Status.RUNNING):
        return run
    PeriodRun.objects.filter(pk=run.pk).update(status=PeriodRun.Status.RUNNING)
    try:
        summary = compute_period(actor=Actor.for_user(run.requested_by), instansi_id=run.instansi_id,
                                 year=run.year, period_kind=run.period_kind,
                                 period_number=run.period_number)
    except DomainError as exc:
        run.status, run.summary = PeriodRun.Status.FAILED, {"error": str(exc.message)}
    else:
        run.status, run.summary = PeriodRun.Status.DONE, summary.as_dict()
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "summary", "finished_at"])
    return run
