"""The TPP section's own menu: one row of tabs on every allowance page, showing only the pages
the viewer may open (the pages themselves still check; this only saves a dead click)."""

from functools import lru_cache

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from abdi.accounts.actor import Actor

register = template.Library()

# (URL name, label, who sees it): "employee" has an employee record, "admin" administers
# attendance (BKPSDM or an agency admin), "hr" is BKPSDM, "member" anyone of the government.
TABS = (
    ("allowance:mine", _("My TPP"), "employee"),
    ("allowance:check_in", _("Check in"), "employee"),
    ("allowance:leave", _("Leave"), "member"),
    ("allowance:corrections", _("Corrections"), "member"),
    ("allowance:runs", _("Monthly runs"), "hr"),
    ("allowance:attendance", _("Attendance machines"), "admin"),
    ("allowance:offices", _("Offices"), "hr"),
    ("allowance:calendar", _("Working hours"), "member"),
    ("allowance:rules", _("Rules"), "member"),
    ("allowance:simulate", _("Compute TPP"), "member"),
)


def _audiences(actor) -> set[str]:
    found = {"member"}
    if actor.employee_id:
        found.add("employee")
    if actor.is_hr_admin or actor.agency_ids:
        found.add("admin")
    if actor.is_hr_admin:
        found.add("hr")
    return found


@lru_cache(maxsize=64)
def _urls(audiences: frozenset) -> tuple[tuple[str, str, object], ...]:
    """(URL name, path, label) of the tabs these audiences see; reversed once per process."""
    return tuple((name, reverse(name), label) for name, label, who in TABS if who in audiences)


@register.inclusion_tag("allowance/_tabs.html", takes_context=True)
def allowance_tabs(context):
    request = context["request"]
    audiences = frozenset(_audiences(Actor.from_request(request)))
    current = getattr(getattr(request, "resolver_match", None), "view_name", "")
    return {"tabs": [{"url": url, "label": label, "current": name == current}
                     for name, url, label in _urls(audiences)]}
