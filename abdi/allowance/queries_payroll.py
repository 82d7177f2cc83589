"""Reading TPP runs and slips under the viewer's sight (404 for what they may not see)."""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Q
from django.http import Http404

from abdi.org.models import Unit

from . import policy
from .models import TppBudget, TppObjection, TppRun, TppSlip

MAX_ID = 2**63 - 1


def runs(limit: int = 36) -> list[TppRun]:
    return list(TppRun.objects.select_related("rule_set").order_by("-year", "-month", "-revision")[:limit])


def get_run_for_admin(actor, pk) -> TppRun:
    run = TppRun.objects.select_related("rule_set").filter(pk=pk).first() if 0 < pk <= MAX_ID else None
    if run is None or not policy.can_run_payroll(actor, run.instansi_id):
        raise Http404
    return run


def agency_totals(run: TppRun) -> list[dict]:
    """Per perangkat daerah: employees, slips waiting for data, total Rupiah (one query)."""
    rows = (TppSlip.objects.filter(run=run).values("agency_id")
            .annotate(employees=Count("id"), pending=Count("id", filter=~Q(pending="")))
            .order_by("agency_id"))
    names = dict(Unit.objects.filter(pk__in=[r["agency_id"] for r in rows]).values_list("pk", "name"))
    totals = run.summary.get("per_agency", {})
    return [{**row, "name": names.get(row["agency_id"], ""),
             "total": int(totals.get(str(row["agency_id"]), 0))} for row in rows]


def spent_before(run: TppRun) -> dict[str, int]:
    """Per agency (id as text), what the locked months of the run's year before its month paid:
    the latest locked revision of each month."""
    latest: dict[int, TppRun] = {}
    for locked in TppRun.objects.filter(year=run.year, month__lt=run.month,
                                        status=TppRun.Status.LOCKED).only("month", "revision", "summary"):
        if locked.month not in latest or locked.revision > latest[locked.month].revision:
            latest[locked.month] = locked
    spent: dict[str, int] = {}
    for locked in latest.values():
        for agency_id, total in locked.summary.get("per_agency", {}).items():
            spent[agency_id] = spent.get(agency_id, 0) + int(total)
    return spent


def budgets_of_year(year: int) -> dict[int, int]:
    return dict(TppBudget.objects.filter(year=year).values_list("agency_id", "amount"))


def slips_of_run(run: TppRun, *, agency_id=None):
    slips = (TppSlip.objects.filter(run=run).select_related("employee")
             .only("id", "run_id", "instansi_id", "agency_id", "kelas_jabatan", "pagu", "amount",
                   "pending", "achievement_percent", "employee__name", "employee__nip",
                   "employee__front_title", "employee__back_title")
             .order_by("employee__name", "id"))
    return slips.filter(agency_id=agency_id) if agency_id else slips


def own_slips(actor) -> list[TppSlip]:
    """The employee's slips of computed or locked runs, newest month first (latest revision)."""
    if actor.employee_id is None:
        return []
    slips = (TppSlip.objects.filter(employee_id=actor.employee_id,
                                    run__status__in=[TppRun.Status.DONE, TppRun.Status.LOCKED])
             .select_related("run").order_by("-run__year", "-run__month", "-run__revision"))
    latest, seen = [], set()
    for slip in slips:
        if (slip.run.year, slip.run.month) not in seen:
            seen.add((slip.run.year, slip.run.month))
            latest.append(slip)
    return latest


# What the slip page shows: not the rule set's schedule, the run's summary, nor the whole
# employee row (a select of every column of five tables cost more than the rest of the page).
SLIP_PAGE_FIELDS = (
    "id", "instansi_id", "employee_id", "agency_id", "kelas_jabatan", "pagu", "achievement_percent",
    "amount", "pending", "facts", "lines", "run__id", "run__instansi_id", "run__year", "run__month",
    "run__revision", "run__status", "run__finished_at", "run__rule_set__id", "run__rule_set__name",
    "employee__id", "employee__name", "employee__nip", "agency__id", "agency__name",
)


def get_slip_for_user(actor, pk) -> TppSlip:
    slip = (TppSlip.objects.select_related("run", "run__rule_set", "employee", "agency")
            .only(*SLIP_PAGE_FIELDS).filter(pk=pk).first() if 0 < pk <= MAX_ID else None)
    if slip is None or not policy.can_view_slip(actor, slip):
        raise Http404
    return slip


@dataclass(frozen=True)
class SlipStamp:
    """What the slip page needs before it knows whether its cached breakdown still holds: who may
    see the slip, and what would change its content (a new computation, a lock)."""

    pk: int
    instansi_id: int
    employee_id: int
    agency_id: int | None
    finished_at: str  # as the database gives it: only compared, never computed with
    run_status: str
    has_objections: bool


# The slip page asks this for every view: written out once instead of compiled by the ORM per
# request (a third of the page's time). Tenancy is the policy's check of instansi_id below.
_STAMP_SQL = (
    "SELECT s.instansi_id, s.employee_id, s.agency_id, r.finished_at, r.status, "  # noqa: S608
    f"EXISTS (SELECT 1 FROM {TppObjection._meta.db_table} o WHERE o.slip_id = s.id) "
    f"FROM {TppSlip._meta.db_table} s JOIN {TppRun._meta.db_table} r ON r.id = s.run_id "
    "WHERE s.id = %s")


def slip_stamp_for_user(actor, pk) -> SlipStamp:
    """One narrow query; 404 when the slip is not there or not the viewer's to see."""
    row = None
    if 0 < pk <= MAX_ID:
        with connection.cursor() as cursor:
            cursor.execute(_STAMP_SQL, [pk])
            row = cursor.fetchone()
    stamp = SlipStamp(pk, row[0], row[1], row[2], str(row[3] or ""), row[4], bool(row[5])) \
        if row else None
    if stamp is None or not policy.can_view_slip(actor, stamp):
        raise Http404
    return stamp


def objections_of(slip: TppSlip) -> list[TppObjection]:
    return list(TppObjection.objects.filter(slip=slip))


def objections_of_stamp(stamp: SlipStamp) -> list[TppObjection]:
    return list(TppObjection.objects.filter(slip_id=stamp.pk))


def get_objection_of(slip: TppSlip, raw_pk) -> TppObjection:
    """An objection of this slip (the slip was already checked for the viewer), or 404."""
    try:
        pk = int(raw_pk)
    except (TypeError, ValueError):
        raise Http404 from None
    found = TppObjection.objects.filter(slip=slip, pk=pk).first() if 0 < pk <= MAX_ID else None
    if found is None:
        raise Http404
    return found


def open_objections(run: TppRun) -> list[TppObjection]:
    return list(TppObjection.objects.filter(slip__run=run, status=TppObjection.Status.OPEN)
                .select_related("employee", "slip").order_by("created_at"))
