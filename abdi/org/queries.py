"""Reading the organisation: subtrees, who heads what, and the chain of command."""

from datetime import date

from django.db.models import Count, Q

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


def direct_subordinates(employee_id: int, *, on: date):
    """Employees whose atasan langsung is this employee on that day."""
    from abdi.people.models import Employee

    led = units_led_by(employee_id, on=on)
    if not led:
        return Employee.objects.none()
    led_ids = [u.pk for u in led]
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


def chart_children(parent_id: int | None):
    """One level of the org chart with head counts, for lazy expansion."""
    return (
        Unit.objects.filter(parent_id=parent_id, is_active=True)
        .annotate(
            staff=Count("employees", distinct=True),
            child_count=Count("children", distinct=True),
        )
        .order_by("sort_order", "name")
    )
