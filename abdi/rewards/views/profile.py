"""The awards section of an employee's profile (registered in apps.RewardsConfig.ready)."""

from django.template.loader import render_to_string

from .. import policy, queries


def awards_section(request, actor, employee) -> str:
    if not policy.can_view_awards(actor, employee):
        return ""
    return render_to_string("rewards/_awards_table.html",
                            {"awards": queries.awards_of(employee.pk)}, request=request)
