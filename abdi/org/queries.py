"""Reading the organisation: subtrees, who heads what, and the chain of command."""

from dataclasses import dataclass, replace
from datetime import date

from django.db.models import Count, F, Func, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from . import policy
from .models import ActingAssignment, Position, Unit


def subtree(unit: Unit):
    return Unit.objects.filter(path__startswith=unit.path)


def agencies():
    return Unit.objects.filter(parent__isnull=True).order_by("sort_order", "name")


def acting_on(on: date):
    return ActingAssignment.objects.filter(start__lte=on, end__gte=on)


def units_led_by(employee_id: int, *, on: date) -> list[Unit]:
    """Units whose head position this employee holds, or acts in (Plt/Plh) on that day.

    A holder replaced by an acting official for the day does not lead the unit that day.
    """
    from abdi.people.models import Employee

    held = set(
        Employee.objects.filter(pk=employee_id, position__is_head=True)
        .values_list("position_id", flat=True)
    )
    acting = set(acting_on(on).filter(employee_id=employee_id).values_list("position_id", flat=True))
    displaced = set(
        acting_on(on).filter(position_id__in=held).exclude(employee_id=employee_id)
        .values_list("position_id", flat=True)
    )
    position_ids = (held - displaced) | acting
    if not position_ids:
        return []
    return list(Unit.objects.filter(positions__id__in=position_ids).order_by("path"))


def head_of(unit_id: int, *, on: date):
    """The employee leading a unit on a day: the Plt/Plh if any, else the head's holder."""
    from abdi.people.models import Employee

    head = Position.objects.filter(unit_id=unit_id, is_head=True).first()
    if head is None:
        return None
    assignment = acting_on(on).filter(position=head).select_related("employee").first()
    if assignment:
        return assignment.employee
    return Employee.objects.filter(position=head).order_by("id").first()


def supervisor_of(employee, *, on: date):
    """The atasan langsung: the leader of the employee's unit, or of the unit above for a head.

    A vacant head position passes the duty up the tree. An agency head has no atasan inside
    the organisation (their SKP goes to the elected regional head).
    """
    unit = employee.unit
    if employee.position_id and employee.position.is_head and employee.position.unit_id == unit.pk:
        unit = unit.parent
    while unit is not None:
        leader = head_of(unit.pk, on=on)
        if leader is not None and leader.pk != employee.pk:
            return leader
        unit = unit.parent
    return None


def direct_subordinates(employee_id: int, *, on: date, led_unit_ids: list[int] | None = None):
    """Employees whose atasan langsung is this employee on that day.

    `led_unit_ids` saves the lookup when the caller knows the units led that day (the Actor does).
    """
    from abdi.people.models import Employee

    led_ids = led_unit_ids if led_unit_ids is not None else [
        u.pk for u in units_led_by(employee_id, on=on)]
    if not led_ids:
        return Employee.objects.none()
    # Members of led units (except heads of those units) plus heads of child units. Child
    # units without a leader pass their members up: collect them level by level.
    members = Q(unit_id__in=led_ids) & ~Q(position__is_head=True, position__unit_id__in=led_ids)
    frontier = list(Unit.objects.filter(parent_id__in=led_ids).values_list("id", flat=True))
    child_heads = Q(pk__in=[])
    while frontier:
        leaderless = []
        for unit_id in frontier:
            leader = head_of(unit_id, on=on)
            if leader is None:
                leaderless.append(unit_id)
            else:
                child_heads |= Q(pk=leader.pk)
        if leaderless:
            members |= Q(unit_id__in=leaderless)
        frontier = list(Unit.objects.filter(parent_id__in=leaderless).values_list("id", flat=True))
    return Employee.objects.filter(members | child_heads).exclude(pk=employee_id)


def _count(queryset):
    # COUNT as a plain function keeps GROUP BY out: the subquery yields one row.
    return queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")


def chart_children(parent_id: int | None):
    """One level of the org chart with head counts, for lazy expansion.

    Counts are correlated subqueries, not joins: two joined Counts multiply rows (staff x
    sub-units), which a 2,000-person agency feels.
    """
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    serving = EmployeeStatus.serving()
    staff = _count(Employee.objects.filter(unit_id=OuterRef("pk"), status__in=serving))
    if parent_id is None:
        # A perangkat daerah's people carry it as `agency`: an indexed lookup, no path scan.
        below = Employee.objects.filter(agency_id=OuterRef("pk"))
    else:
        # Units of the subtree first (few), then their people through the unit index.
        subtree_ids = Unit.objects.filter(
            agency_id=OuterRef(OuterRef("agency_id")),
            path__startswith=OuterRef(OuterRef("path")),
        ).values("pk")
        below = Employee.objects.filter(unit_id__in=subtree_ids)
    subtree_staff = _count(below.filter(status__in=serving))
    children = _count(Unit.objects.filter(parent_id=OuterRef("pk"), is_active=True))
    return (
        Unit.objects.filter(parent_id=parent_id, is_active=True)
        .annotate(
            staff=Coalesce(Subquery(staff), 0),
            total_staff=Coalesce(Subquery(subtree_staff), 0),
            child_count=Coalesce(Subquery(children), 0),
        )
        .order_by("sort_order", "name")
    )


# --- Read models for the org chart and the unit page --------------------------------------


@dataclass(frozen=True)
class UnitHead:
    """Who leads a unit on a day, as the chart shows it."""

    position_id: int
    position_name: str
    holder_id: int | None = None
    holder_name: str = ""
    acting_kind: str = ""  # "plt" / "plh" when an acting assignment covers the day
    acting_id: int | None = None
    acting_name: str = ""
    acting_end: date | None = None

    @property
    def is_acting(self) -> bool:
        return bool(self.acting_kind)

    @property
    def is_vacant(self) -> bool:
        return not self.is_acting and self.holder_id is None

    @property
    def leader_name(self) -> str:
        return self.acting_name if self.is_acting else self.holder_name


def _full_name(front: str | None, name: str | None, back: str | None) -> str:
    if not name:
        return ""
    front = f"{front} " if front else ""
    back = f", {back}" if back else ""
    return f"{front}{name}{back}"


def heads_of_units(unit_ids, *, on: date) -> dict[int, UnitHead]:
    """The head of each unit in two queries whatever their number (no query per unit).

    Units without a head position are absent from the result. The holder is the earliest
    holder, as `head_of` picks it; an acting official (Plt/Plh) covering the day wins.
    """
    unit_ids = list(unit_ids)
    if not unit_ids:
        return {}
    # One row per (head position, holder), a vacant one with an empty holder: a LEFT JOIN
    # on the holder's position index, cheaper than a correlated subquery per column.
    rows = (
        Position.objects.filter(unit_id__in=unit_ids, is_head=True)
        .order_by()
        .values("id", "unit_id", "name", "holders__id", "holders__front_title",
                "holders__name", "holders__back_title")
    )
    heads: dict[int, UnitHead] = {}
    for row in rows:
        current = heads.get(row["unit_id"])
        holder_id = row["holders__id"]
        if current is not None and (holder_id is None or (
                current.holder_id is not None and current.holder_id < holder_id)):
            continue
        heads[row["unit_id"]] = UnitHead(
            position_id=row["id"], position_name=row["name"], holder_id=holder_id,
            holder_name=_full_name(row["holders__front_title"], row["holders__name"],
                                   row["holders__back_title"]),
        )
    if not heads:
        return heads
    acting = (
        acting_on(on)
        .filter(position_id__in=[h.position_id for h in heads.values()])
        .order_by("start", "id")
        .values("id", "kind", "end", "position__unit_id", "employee__front_title",
                "employee__name", "employee__back_title")
    )
    for row in acting:
        unit_id = row["position__unit_id"]
        if heads[unit_id].is_acting:
            continue
        heads[unit_id] = replace(
            heads[unit_id], acting_kind=row["kind"], acting_id=row["id"], acting_end=row["end"],
            acting_name=_full_name(row["employee__front_title"], row["employee__name"],
                                   row["employee__back_title"]),
        )
    return heads


def chart_level(parent_id: int | None, *, on: date) -> list[tuple[Unit, UnitHead | None]]:
    """One level of the chart with each unit's head: three queries, whatever the width."""
    units = list(chart_children(parent_id))
    heads = heads_of_units([u.pk for u in units], on=on)
    return [(u, heads.get(u.pk)) for u in units]


def ancestors(unit: Unit) -> list[Unit]:
    """The units above this one, root first (the breadcrumb), in one query."""
    ids = [int(part) for part in unit.path.strip("/").split("/") if part][:-1]
    if not ids:
        return []
    by_id = {u.pk: u for u in Unit.objects.filter(pk__in=ids).only("id", "name", "short_name")}
    return [by_id[i] for i in ids if i in by_id]


def get_unit_for_user(actor, pk) -> Unit:
    """The unit if the actor may see the organisation; 404 otherwise (never say which)."""
    if not policy.can_view_org(actor):
        raise Http404
    try:
        return Unit.objects.select_related("parent", "agency").get(pk=pk)
    except (Unit.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_position_for_user(actor, pk) -> Position:
    if not policy.can_view_org(actor):
        raise Http404
    try:
        return Position.objects.select_related("unit").get(pk=pk)
    except (Position.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_acting_for_user(actor, pk) -> ActingAssignment:
    if not policy.can_view_org(actor):
        raise Http404
    try:
        return ActingAssignment.objects.select_related("position__unit", "employee").get(pk=pk)
    except (ActingAssignment.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


HOLDERS_SHOWN = 5


def unit_positions(actor, unit: Unit) -> list[Position]:
    """The unit's positions with a holder count and the first holders the actor may see.

    Two queries whatever the number of positions. Heads' names are part of the chain of
    command and shown to everyone; other holders only to those who may see them.
    """
    from abdi.people.models import Employee
    from abdi.people.queries import visible_employees

    shown = (
        Employee.objects.filter(
            Q(position__is_head=True) | Q(pk__in=visible_employees(actor).values("pk"))
        )
        .only("id", "name", "front_title", "back_title", "position_id", "unit_id")
        .order_by("name", "id")
    )
    return list(
        Position.objects.filter(unit=unit)
        .annotate(holder_count=Count("holders"))
        .prefetch_related(Prefetch("holders", queryset=shown[:HOLDERS_SHOWN],
                                   to_attr="shown_holders"))
        .order_by("-is_head", "-kelas_jabatan", "name")
    )


def unit_staff(actor, unit: Unit):
    """Members of the unit the actor may see, with the columns the unit page shows."""
    from abdi.people.queries import visible_employees

    return (
        visible_employees(actor).filter(unit=unit)
        .select_related("position")
        .only("id", "nip", "name", "front_title", "back_title", "grade", "status", "unit_id",
              "position__id", "position__name")
        .order_by("name", "id")
    )


def acting_for_unit(unit: Unit, *, on: date):
    """Current and coming Plt/Plh assignments on the unit's positions."""
    return (
        ActingAssignment.objects.filter(position__unit=unit, end__gte=on)
        .select_related("employee", "position")
        .order_by("start", "id")
    )


def employee_by_nip(actor, nip: str):
    """An employee the actor may see, by NIP (for appointing a Plt/Plh); None if not found."""
    from abdi.people.queries import visible_employees

    nip = "".join(ch for ch in (nip or "") if ch.isdigit())[:18]
    if not nip:
        return None
    return visible_employees(actor).filter(nip=nip).select_related("position").first()


# ---- reads for the API and pages: lists with filters, single objects by id


def get_unit(pk: int) -> Unit | None:
    """The unit of the active government with this id, or None."""
    return Unit.objects.filter(pk=pk).first()


def get_position(pk: int) -> Position | None:
    return Position.objects.select_related("unit").filter(pk=pk).first()


def unit_list(*, parent: int | None = None, agency: int | None = None, root: bool = False,
              q: str = "", active: bool | None = None):
    """Units in tree order (materialised path), filtered."""
    rows = Unit.objects.all()
    if root:
        rows = rows.filter(parent__isnull=True)
    if parent:
        rows = rows.filter(parent_id=parent)
    if agency:
        rows = rows.filter(agency_id=agency)
    if q:
        rows = rows.filter(Q(name__icontains=q) | Q(code__iexact=q) | Q(short_name__iexact=q))
    if active is not None:
        rows = rows.filter(is_active=active)
    return rows.order_by("path", "id")


def position_list(*, unit: int | None = None, agency: int | None = None, kind: str = "",
                  is_head: bool | None = None, active: bool | None = None):
    rows = Position.objects.select_related("unit")
    if unit:
        rows = rows.filter(unit_id=unit)
    if agency:
        rows = rows.filter(unit__agency_id=agency)
    if kind:
        rows = rows.filter(kind=kind)
    if is_head is not None:
        rows = rows.filter(is_head=is_head)
    if active is not None:
        rows = rows.filter(is_active=active)
    return rows.order_by("unit__path", "-is_head", "-kelas_jabatan", "name", "id")


def acting_list(*, position: int | None = None, unit: int | None = None,
                employee: int | None = None, on: date | None = None):
    """Plt/Plh assignments, newest first; `on` keeps those covering that day."""
    rows = ActingAssignment.objects.select_related("position", "position__unit", "employee")
    if position:
        rows = rows.filter(position_id=position)
    if unit:
        rows = rows.filter(position__unit_id=unit)
    if employee:
        rows = rows.filter(employee_id=employee)
    if on:
        rows = rows.filter(start__lte=on, end__gte=on)
    return rows.order_by("-start", "-id")


def manageable_units(actor):
    """Units under which the actor may create sub-units (the parent choices of the form)."""
    if policy.can_create_agency(actor):
        return Unit.objects.filter(is_active=True).order_by("path")
    agency_ids = [a for a in actor.agency_ids if policy.can_manage_units(actor, a)]
    return Unit.objects.filter(is_active=True, agency_id__in=agency_ids).order_by("path")
