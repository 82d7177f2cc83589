"""The main menu, built in Python: every page shows it, and as a template it cost about a
millisecond per request (15 URL reversals and 30 conditions). The links of a role set and a
language are computed once per process; only the current-page mark and the CSRF token of
the logout form are per request.
"""

from functools import lru_cache
from html import escape

from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from .csrf import request_token

# (URL name, label, who sees it, how "current page" is recognised: by namespace or URL name
# prefix, test id). Who: "all" signed-in, "member" of a government, "admin", "overseer" (an admin
# or a leader), "hr", "operator", "rated" (an employee, or BKPSDM/an atasan who sees a team's ratings).
LINKS = (
    ("web:home", gettext_noop("Home"), "all", ("ns", "web"), ""),
    ("people:directory", gettext_noop("Employees"), "member", ("ns", "people"), ""),
    ("performance:home", gettext_noop("Performance"), "member", ("ns", "performance"),
     "nav-performance"),
    ("allowance:rules", gettext_noop("TPP"), "member", ("ns", "allowance"), "nav-tpp"),
    ("discipline:index", gettext_noop("Discipline"), "member", ("ns", "discipline"),
     "nav-discipline"),
    ("rewards:index", gettext_noop("Rewards"), "member", ("ns", "rewards"), "nav-rewards"),
    ("welfare:index", gettext_noop("Welfare"), "member", ("ns", "welfare"), "nav-welfare"),
    ("competency:index", gettext_noop("Competency"), "member", ("ns", "competency"),
     "nav-competency"),
    ("training:index", gettext_noop("Training"), "member", ("ns", "training"), "nav-training"),
    ("talent:index", gettext_noop("Talent"), "member", ("ns", "talent"), "nav-talent"),
    ("teams:index", gettext_noop("Teams"), "member", ("ns", "teams"), "nav-teams"),
    ("events:index", gettext_noop("Events"), "member", ("ns", "events"), "nav-events"),
    ("knowledge:index", gettext_noop("Shared solutions"), "member", ("ns", "knowledge"),
     "nav-knowledge"),
    ("service_ratings:mine", gettext_noop("Citizens' ratings"), "rated", ("ns", "service_ratings"),
     "nav-service-ratings"),
    ("citizen_dashboard:index", gettext_noop("Citizens' voice"), "overseer",
     ("ns", "citizen_dashboard"), "nav-voice"),
    ("org:chart", gettext_noop("Organisation"), "member", ("ns", "org"), ""),
    ("workforce:index", gettext_noop("Workforce (ABK)"), "overseer", ("ns", "workforce"),
     "nav-workforce"),
    ("recruitment:index", gettext_noop("Recruitment"), "hr", ("ns", "recruitment"),
     "nav-recruitment"),
    ("cat:index", gettext_noop("CAT"), "hr", ("ns", "cat"), "nav-cat"),
    ("guidance:index", gettext_noop("Guidance"), "member", ("ns", "guidance"), "nav-guidance"),
    ("audit:index", gettext_noop("Audit trail"), "admin", ("ns", "audit"), ""),
    ("transfer:index", gettext_noop("Import / export"), "admin", ("ns", "transfer"), ""),
    ("accounts:account_list", gettext_noop("Accounts"), "admin", ("name", "account_"), ""),
    ("tenancy:settings", gettext_noop("Settings"), "hr", ("name", "settings"), ""),
    ("tenancy:index", gettext_noop("Platform"), "operator", ("ns", "tenancy"), ""),
    ("accounts:tokens", gettext_noop("API tokens"), "all", ("name", "tokens"), ""),
    ("accounts:password_change", gettext_noop("Password"), "all", ("name", "password_change"),
     ""),
)


def _audiences(actor) -> frozenset:
    member = bool(actor.instansi_id)
    return frozenset(name for name, yes in (
        ("all", True), ("member", member), ("admin", member and actor.is_admin),
        ("overseer", member and (actor.is_admin or actor.is_leader)),
        ("hr", member and actor.is_hr_admin), ("operator", actor.is_operator),
        # as service_ratings.views.staff.mine decides: a leader's bare account would get a 404
        ("rated", member and (actor.employee_id is not None or actor.is_hr_admin
                              or actor.is_supervisor))) if yes)


@lru_cache(maxsize=128)
def _links(language: str, audiences: frozenset) -> tuple:
    """(url, escaped label, match, test id, tour anchor) of every link these audiences see."""
    found = []
    for url_name, label, audience, match, test_id in LINKS:
        if audience not in audiences:
            continue
        try:
            url = reverse(url_name)
        except NoReverseMatch:  # an app not installed in this deployment
            continue
        found.append((escape(url), escape(_(label)), match, test_id, escape(url_name)))
    return tuple(found)


def _is_current(match, resolver_match) -> bool:
    if resolver_match is None:
        return False
    kind, value = match
    if kind == "ns":
        return resolver_match.namespace == value
    return (resolver_match.url_name or "").startswith(value)


def nav_html(request, actor) -> str:
    """The menu's links and the logout form, as safe HTML."""
    resolver_match = getattr(request, "resolver_match", None)
    parts = []
    for url, label, match, test_id, tour in _links(get_language(), _audiences(actor)):
        current = ' aria-current="page"' if _is_current(match, resolver_match) else ""
        test = f' data-testid="{test_id}"' if test_id else ""
        # data-tour: a stable anchor for the first-login tour's steps (abdi/guidance/tour.py)
        parts.append(f'<a href="{url}"{current}{test} data-tour="{tour}">{label}</a>')
    log_out = escape(_("Log out"))  # outside the f-string, where makemessages finds it
    parts.append(
        f'<form action="{escape(reverse("accounts:logout"))}" method="post" class="inline">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(request_token(request))}">'
        f'<button class="link">{log_out}</button></form>')
    return mark_safe("\n".join(parts))  # noqa: S308 - every piece escaped above
