"""The riwayat diklat section of an employee's profile page (abdi.core.profile_sections)."""

from django.template.loader import render_to_string
from django.utils import timezone

from .. import policy, queries


def section(request, actor, employee) -> str:
    if not policy.can_view_trainings_of(actor, employee):
        return ""
    year = timezone.localdate().year
    return render_to_string("training/_section.html", {
        "records": list(queries.completed_records_of(employee.pk)[:100]),
        "standing": queries.standing_of(employee.pk, year), "year": year}, request=request)
