"""Reading the leaders' dashboard: per perangkat daerah or unit, who has no SKP, who did not
report this week, the atasan's validation backlog and the predikat distribution.

Every figure comes from a handful of aggregate queries grouped by agency or unit (Count with
a filter, EXISTS subqueries), never a query per employee or per unit: the page must answer
in well under 200 ms for a 15,000-employee government. Sub-units are folded into the rows
they belong to in Python, through the materialised path.
"""

import datetime
import hashlib
from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, Func, IntegerField, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from abdi.core.refreshed_cache import get_or_refresh
from abdi.org.models import Unit
from abdi.org.queries import heads_of_units
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee

from .models import Activity, Appraisal, Skp
from .rules.ratings import Predikat
from .rules.workflow import ActivityStatus

PREDIKAT_FILLS = {  # SVG fill colours of the distribution chart, best to worst
    Predikat.SB: "#1b7f3b", Predikat.B: "#5aa469", Predikat.BP: "#d9a400",
    Predikat.K: "#d9661f", Predikat.SK: "#b3261e",
}
BACKLOG_SHOWN = 25
EMPLOYEES_PER_PAGE = 50


# --- who sees what ----------------------------------------------------------------------------


def can_view_dashboard(actor) -> bool:
    """Pimpinan and BKPSDM (the government), agency admins (their agency), unit heads (their
    subtree, also as Plt/Plh). Everyone else is refused."""
    if not actor.is_authenticated or actor.instansi_id is None:
        return False
    return actor.sees_whole_government or bool(actor.agency_ids) or bool(actor.led_unit_paths)


def can_view_unit(actor, unit: Unit) -> bool:
    if not can_view_dashboard(actor):
        return False
    return (actor.sees_whole_government or unit.agency_id in actor.agency_ids
            or unit.pk in actor.agency_ids or actor.leads_unit_path(unit.path))


def get_unit_for_dashboard(actor, pk) -> Unit:
    """A unit the actor may look into; 404 otherwise (another government's never exists)."""
    unit = Unit.objects.select_related("parent").filter(pk=pk).first()
    if unit is None or not can_view_unit(actor, unit):
        raise Http404
    return unit


def top_units(actor) -> list[Unit]:
    """The rows of the first page: every perangkat daerah, or the ones in the actor's charge."""
    if actor.sees_whole_government:
        return list(Unit.objects.filter(parent__isnull=True, is_active=True)
                    .order_by("sort_order", "name"))
    agencies = list(Unit.objects.filter(pk__in=actor.agency_ids, is_active=True)
                    .order_by("sort_order", "name"))
    led = [path for path in sorted(actor.led_unit_paths)
           if not any(path.startswith(a.path) for a in agencies)]
    # A unit inside another led unit is already counted in it.
    roots = [path for path in led if not any(path != p and path.startswith(p) for p in led)]
    return agencies + list(Unit.objects.filter(path__in=roots).order_by("path"))


# --- the figures ------------------------------------------------------------------------------


@dataclass
class Figures:
    employees: int = 0
    without_skp: int = 0
    without_approved_skp: int = 0
    not_reported: int = 0
    pending: int = 0
    oldest_pending: datetime.date | None = None
    predikat: dict = field(default_factory=lambda: dict.fromkeys(Predikat, 0))

    def add(self, other: "Figures") -> None:
        self.employees += other.employees
        self.without_skp += other.without_skp
        self.without_approved_skp += other.without_approved_skp
        self.not_reported += other.not_reported
        self.pending += other.pending
        if other.oldest_pending and (self.oldest_pending is None
                                     or other.oldest_pending < self.oldest_pending):
            self.oldest_pending = other.oldest_pending
        for code, n in other.predikat.items():
            self.predikat[code] += n

    @property
    def predikat_list(self) -> list[tuple[Predikat, int]]:
        return [(code, self.predikat[code]) for code in Predikat]

    @property
    def rated(self) -> int:
        return sum(self.predikat.values())


@dataclass
class Row:
    unit: Unit | None  # None: the people placed directly in the unit being looked into
    figures: Figures
    today: datetime.date

    @property
    def pending_days(self) -> int | None:
        oldest = self.figures.oldest_pending
        return (self.today - oldest).days if oldest else None


@dataclass(frozen=True)
class Window:
    """The year of the SKP and the government's local week, Monday up to today."""

    today: datetime.date

    @property
    def year(self) -> int:
        return self.today.year

    @property
    def monday(self) -> datetime.date:
        return self.today - datetime.timedelta(days=self.today.weekday())


def _skp_of_year(window: Window, outer: str = "pk"):
    return Skp.objects.filter(employee_id=OuterRef(outer), year=window.year)


def _reported_this_week(window: Window, outer: str = "pk"):
    return Activity.objects.filter(employee_id=OuterRef(outer), date__gte=window.monday,
                                   date__lte=window.today)


def _latest_final(window: Window, outer: str):
    """The employee's latest final appraisal of the year (the annual one before Q4's)."""
    return (Appraisal.objects.filter(employee_id=OuterRef(outer), year=window.year,
                                     status=Appraisal.Status.FINAL)
            .exclude(predikat="").order_by("-end", "start", "-id"))


def _grouped(employees: Q, key: str, window: Window) -> dict[int, Figures]:
    """Figures per value of `key` ("agency_id" or "unit_id" of the employee): five grouped
    queries, each reading only the rows it counts (measured on 15,000 employees and 1.5
    million activities: set counts beat a correlated EXISTS per employee several times over)."""
    serving = Q(status__in=EmployeeStatus.serving()) & employees
    found: dict[int, Figures] = {}
    for row in Employee.objects.filter(serving).order_by().values(key).annotate(total=Count("pk")):
        found[row[key]] = Figures(employees=row["total"], without_skp=row["total"],
                                  without_approved_skp=row["total"], not_reported=row["total"])
    in_sight = Employee.objects.filter(serving).values("pk")
    plans = (Skp.objects.filter(year=window.year, employee_id__in=in_sight).order_by()
             .values(f"employee__{key}")
             .annotate(n=Count("employee_id", distinct=True),
                       approved=Count("employee_id", distinct=True,
                                      filter=Q(approved_at__isnull=False))))
    for row in plans:
        figures = found.get(row[f"employee__{key}"])
        if figures is not None:
            figures.without_skp -= row["n"]
            figures.without_approved_skp -= row["approved"]
    reporters = (Activity.objects.filter(date__gte=window.monday, date__lte=window.today,
                                         employee_id__in=in_sight).order_by()
                 .values(f"employee__{key}").annotate(n=Count("employee_id", distinct=True)))
    for row in reporters:
        figures = found.get(row[f"employee__{key}"])
        if figures is not None:
            figures.not_reported -= row["n"]
    pending = (Activity.objects.filter(status=ActivityStatus.SUBMITTED, employee_id__in=in_sight)
               .order_by().values(f"employee__{key}").annotate(n=Count("pk"), oldest=Min("date")))
    for row in pending:
        figures = found.setdefault(row[f"employee__{key}"], Figures())
        figures.pending, figures.oldest_pending = row["n"], row["oldest"]
    latest = _latest_final(window, "employee_id").values("pk")[:1]
    rated = (Appraisal.objects.filter(year=window.year, status=Appraisal.Status.FINAL,
                                      employee_id__in=in_sight, pk=Subquery(latest))
             .order_by().values(f"employee__{key}", "predikat").annotate(n=Count("pk")))
    for row in rated:
        figures = found.setdefault(row[f"employee__{key}"], Figures())
        figures.predikat[Predikat(row["predikat"])] += row["n"]
    return found


def _path_ids(path: str) -> list[int]:
    return [int(part) for part in path.strip("/").split("/") if part.isdigit()]


def figures_for(units: list[Unit], window: Window, *, direct_of: Unit | None = None
                ) -> tuple[list[Row], Row | None, Figures]:
    """One row per unit (its whole subtree), the row of the people placed directly in
    `direct_of` (when looking into a unit), and the total. A constant number of queries."""
    total = Figures()
    if all(u.parent_id is None for u in units) and direct_of is None:
        by_agency = _grouped(Q(agency_id__in=[u.pk for u in units]), "agency_id", window)
        rows = [Row(u, by_agency.get(u.pk, Figures()), window.today) for u in units]
    else:
        prefixes = Q(pk__in=[])
        for u in [*units, *([direct_of] if direct_of else [])]:
            prefixes |= Q(path__startswith=u.path)
        below = Unit.objects.filter(prefixes).values("pk")
        by_unit = _grouped(Q(unit_id__in=below), "unit_id", window)
        row_of_id = {u.pk: Row(u, Figures(), window.today) for u in units}
        direct = Row(None, Figures(), window.today) if direct_of else None
        paths = dict(Unit.objects.filter(pk__in=list(by_unit)).values_list("pk", "path"))
        for unit_id, figures in by_unit.items():
            if direct_of is not None and unit_id == direct_of.pk:
                direct.figures.add(figures)
                continue
            for ancestor in reversed(_path_ids(paths.get(unit_id, ""))):
                if ancestor in row_of_id:
                    row_of_id[ancestor].figures.add(figures)
                    break
        rows = list(row_of_id.values())
        if direct is not None:
            total.add(direct.figures)
    for row in rows:
        total.add(row.figures)
    return rows, (direct if direct_of is not None else None), total


# The figures of a government of 15,000 take a few hundred milliseconds of aggregation (seconds on
# a slow machine); leaders reload the page (it refreshes itself every 60 s), so the figures count
# as fresh this long. An aged copy is kept FIGURES_KEPT longer for the callers who arrive while one
# of them recomputes it (core.refreshed_cache): nobody else waits for the aggregation.
FIGURES_TTL = 20
FIGURES_KEPT = 600


def _cached(key: str, compute):
    return get_or_refresh(key, compute, fresh_seconds=FIGURES_TTL, keep_seconds=FIGURES_KEPT)


def _sight_key(actor) -> str:
    """Who sees the same figures: the whole government, or the same agencies and led units."""
    if actor.sees_whole_government:
        return "all"
    sight = f"{sorted(actor.agency_ids)}|{sorted(actor.led_unit_paths)}"
    return hashlib.sha256(sight.encode()).hexdigest()[:16]


def overview(actor, window: Window) -> dict:
    def compute():
        units = top_units(actor)
        rows, _direct, total = figures_for(units, window)
        return {"rows": rows, "total": total, "as_of": timezone.now(),
                "backlog": atasan_backlog(_sight_of_units(units), window)}

    return _cached(f"abdi:dashboard:{actor.instansi_id}:{window.today}:{_sight_key(actor)}", compute)


def unit_overview(unit: Unit, window: Window) -> dict:
    def compute():
        children = list(Unit.objects.filter(parent=unit, is_active=True).order_by("sort_order", "name"))
        rows, direct, total = figures_for(children, window, direct_of=unit)
        return {"rows": rows, "direct": direct, "total": total, "as_of": timezone.now(),
                "backlog": atasan_backlog(Q(unit__path__startswith=unit.path), window)}

    # Access to the unit is checked before (get_unit_for_dashboard): its figures are the same
    # for everyone who may see it.
    return _cached(f"abdi:dashboard:{unit.instansi_id}:{window.today}:unit:{unit.pk}", compute)


def _sight_of_units(units: list[Unit]) -> Q:
    condition = Q(pk__in=[])
    for unit in units:
        if unit.parent_id is None:
            condition |= Q(agency_id=unit.pk)
        else:
            condition |= Q(unit__path__startswith=unit.path)
    return condition


# --- each atasan's backlog --------------------------------------------------------------------


@dataclass
class Backlog:
    leader_name: str
    position_name: str
    unit_id: int
    unit_name: str
    pending: int
    oldest: datetime.date
    today: datetime.date

    @property
    def days(self) -> int:
        return (self.today - self.oldest).days


def atasan_backlog(employees: Q, window: Window, *, limit: int = BACKLOG_SHOWN) -> list[Backlog]:
    """Waiting entries per atasan (the leader of the employee's unit, the unit above for its
    head, up past vacant heads, as supervisor_of decides), largest backlog first.

    Five queries whatever the number of entries: the entries grouped by unit and headship,
    the units' paths, the heads of those units and of their ancestors (two), their names.
    """
    in_sight = Employee.objects.filter(employees).values("pk")
    groups = list(
        Activity.objects.filter(status=ActivityStatus.SUBMITTED, employee_id__in=in_sight)
        .order_by().values("employee__unit_id", "employee__position__is_head",
                           "employee__position__unit_id")
        .annotate(n=Count("pk"), oldest=Min("date")))
    if not groups:
        return []
    paths = dict(Unit.objects.filter(pk__in={g["employee__unit_id"] for g in groups})
                 .values_list("pk", "path"))
    chain_ids = {i for path in paths.values() for i in _path_ids(path)}
    heads = heads_of_units(chain_ids, on=window.today)
    names = dict(Unit.objects.filter(pk__in=chain_ids).values_list("pk", "name"))
    found: dict[int, Backlog] = {}
    for group in groups:
        chain = _path_ids(paths.get(group["employee__unit_id"], ""))
        if (group["employee__position__is_head"]
                and group["employee__position__unit_id"] == group["employee__unit_id"]):
            chain = chain[:-1]  # a head's atasan leads the unit above
        for unit_id in reversed(chain):
            head = heads.get(unit_id)
            if head is None or head.is_vacant:
                continue
            entry = found.get(head.position_id)
            if entry is None:
                found[head.position_id] = Backlog(
                    leader_name=head.leader_name, position_name=head.position_name,
                    unit_id=unit_id, unit_name=names.get(unit_id, ""), pending=group["n"],
                    oldest=group["oldest"], today=window.today)
            else:
                entry.pending += group["n"]
                entry.oldest = min(entry.oldest, group["oldest"])
            break
    return sorted(found.values(), key=lambda b: (b.oldest, -b.pending, b.leader_name))[:limit]


# --- the people of one unit -------------------------------------------------------------------


def _count(queryset):
    # COUNT as a plain function keeps GROUP BY out: the subquery yields one row.
    return queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")


def unit_employees(unit: Unit, window: Window):
    """The serving people placed in the unit with their flags, one query per page."""
    skp = _skp_of_year(window).order_by()
    pending = Activity.objects.filter(employee_id=OuterRef("pk"), status=ActivityStatus.SUBMITTED)
    return (
        Employee.objects.filter(unit=unit, status__in=EmployeeStatus.serving())
        .select_related("position")
        .only("id", "nip", "name", "front_title", "back_title", "unit_id",
              "position__id", "position__name")
        .annotate(
            skp_id=Subquery(skp.values("pk")[:1]),
            skp_status=Subquery(skp.values("status")[:1]),
            skp_approved=Exists(skp.filter(approved_at__isnull=False)),
            reported=Exists(_reported_this_week(window)),
            pending=Coalesce(Subquery(_count(pending), output_field=IntegerField()), 0),
            predikat=Subquery(_latest_final(window, "pk").values("predikat")[:1]),
        )
        .order_by("name", "id")
    )


def predikat_chart(figures: Figures, *, width: int = 200) -> list[dict]:
    """Bars of the predikat distribution for an inline SVG (presentation attributes only)."""
    largest = max(figures.predikat.values(), default=0) or 1
    return [
        {"code": code.value, "label": code.label, "count": n, "fill": PREDIKAT_FILLS[code],
         "width": round(width * n / largest), "y": i * 26, "text_y": i * 26 + 14,
         "value_x": 120 + round(width * n / largest) + 6}
        for i, (code, n) in enumerate(figures.predikat_list)
    ]
