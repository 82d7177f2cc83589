"""Reading employees under the viewer's sight: directory, profile, history."""

from django.db.models import Q
from django.http import Http404

from . import policy
from .models import Employee

DIRECTORY_COLUMNS = ("id", "nip", "name", "front_title", "back_title", "grade", "job_kind",
                     "status", "kind", "unit__name", "agency__short_name", "agency__name",
                     "position__name")


def visible_employees(actor):
    queryset = Employee.objects.all()
    condition = policy.visibility_filter(actor)
    return queryset if condition is None else queryset.filter(condition)


def search_filter(text: str) -> Q:
    """Digits search the NIP by prefix; words search the name (every word must appear)."""
    text = " ".join(text.split())[:100]
    if not text:
        return Q()
    compact = text.replace(" ", "")
    if compact.isdigit():
        return Q(nip__startswith=compact)
    condition = Q()
    for word in text.split(" ")[:5]:
        condition &= Q(name__icontains=word)
    return condition


def directory(actor, *, q="", agency=None, unit=None, grade=None, job_kind=None, status=None,
              kind=None):
    """The directory's rows: one query with the columns the list shows, no per-row lookups."""
    rows = visible_employees(actor).filter(search_filter(q))
    if agency:
        rows = rows.filter(agency_id=agency)
    if unit:
        rows = rows.filter(unit_id=unit)
    if grade:
        rows = rows.filter(grade=grade)
    if job_kind:
        rows = rows.filter(job_kind=job_kind)
    if status:
        rows = rows.filter(status=status)
    if kind:
        rows = rows.filter(kind=kind)
    return rows.select_related("unit", "agency", "position").order_by("name", "id")


def get_employee_for_user(actor, pk) -> Employee:
    """The employee if the actor may see them; 404 otherwise (never say which)."""
    try:
        employee = Employee.objects.select_related("unit", "agency", "position").get(pk=pk)
    except (Employee.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if not policy.can_view_employee(actor, employee):
        raise Http404
    return employee


def history(employee):
    return {
        "ranks": list(employee.rank_history.all()),
        "positions": list(employee.position_history.all()),
    }


def employee_card(pk):
    """One employee with the columns a directory row shows, or None (no permission check)."""
    return Employee.objects.select_related("unit", "agency", "position").filter(pk=pk).first()
