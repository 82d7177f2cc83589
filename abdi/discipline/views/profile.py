"""The discipline section of an employee's profile page (abdi.core.profile_sections)."""

from django.template.loader import render_to_string

from .. import display, policy, queries


def section(request, actor, employee) -> str:
    """That employee's cases, or "" when the viewer may not see them."""
    if not policy.can_view_cases_of(actor, employee):
        return ""
    rows = [{"case": case, "facts": display.case_facts(case)}
            for case in queries.cases_of_employee(employee)]
    return render_to_string("discipline/_section.html", {"rows": rows}, request=request)
