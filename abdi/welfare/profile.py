"""The welfare section of an employee's profile: benefits and programme participation, never
medical results, for the viewers policy.can_view_welfare_of admits."""

from django.template.loader import render_to_string

from . import policy, queries


def section(request, actor, employee) -> str:
    if not policy.can_view_welfare_of(actor, employee):
        return ""
    participations = queries.participations_of_employee(employee.pk)
    benefits = queries.benefits_of_employee(employee.pk)
    if not participations and not benefits:
        return ""
    return render_to_string("welfare/_profile_section.html",
                            {"participations": participations, "benefits": benefits},
                            request=request)
