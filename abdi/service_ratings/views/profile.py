"""The citizens' ratings section of an employee's profile page (abdi.core.profile_sections)."""

from django.template.loader import render_to_string
from django.utils import timezone

from .. import policy, queries
from ..rules import PeriodKind, period


def section(request, actor, employee) -> str:
    """This year's summary, or "" when the viewer may not see it."""
    if not policy.can_view_ratings_of(actor, employee):
        return ""
    this_year = period(PeriodKind.YEAR, timezone.localdate().year)
    summary, _comments = queries.employee_summary(
        employee.pk, this_year, minimum=queries.min_count(employee.instansi_id))
    return render_to_string("service_ratings/_section.html",
                            {"summary": summary, "employee": employee, "year": this_year.year},
                            request=request)
