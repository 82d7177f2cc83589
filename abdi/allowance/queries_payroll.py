"""Reading TPP runs and slips under the viewer's sight (404 for what they may not see)."""

from django.db.models import Count, Q
from django.http import Http404

from abdi.org.models import Unit

from . import policy
from .models import TppObjection, TppRun, TppSlip

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


def objections_of(slip: TppSlip) -> list[TppObjection]:
    return list(TppObjection.objects.filter(slip=slip))


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
