"""The team list, making and editing a team, the team page and the leaders' overview."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import Team
from ..rules.membership import LISTED, MemberStatus
from ..rules.progress import bar_width, mean_percent, percent
from ..services import sweep
from ..services import teams as services
from .common import forbidden, workspace_links
from .rows import EndForms, member_options, member_rows, option_list, team_rows

TEAM_FIELDS = ("name", "mandate", "sk_number", "sk_date", "coordinating_agency", "lead",
               "starts_on", "ends_on", "status")


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    status = request.GET.get("status", "")
    agency = queries.positive_id(request.GET.get("agency"))
    search = request.GET.get("q", "")[:100]
    teams = queries.team_list(actor, status=status, agency=agency, search=search)
    page = Paginator(teams, queries.PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = queries.with_active_counts(list(page.object_list))
    broad = policy.sees_all_teams(actor) or actor.is_agency_admin
    agencies = queries.list_agencies(actor) if broad else []
    return render(request, "teams/index.html", {
        "page": page, "team_rows": team_rows(page.object_list), "status": status, "agency": agency,
        "q": search, "broad": broad, "status_options": option_list(Team.Status.choices, status),
        "agencies": bool(agencies), "agency_options": option_list(agencies, agency),
        "invitations": list(queries.my_invitations(actor)[:20]),
        "to_agree": queries.atasan_queue(actor).count(),
        "may_create": policy.can_create(actor),
        "may_overview": policy.can_see_overview(actor)})


def _shown(values: dict) -> dict:
    """Every field present, dates as YYYY-MM-DD, ids as text (the form compares strings)."""
    shown = dict.fromkeys(TEAM_FIELDS, "")
    for name, value in (values or {}).items():
        shown[name] = value.isoformat() if hasattr(value, "isoformat") else \
            ("" if value is None else str(value))
    return shown


def _form_page(request, *, team=None, values=None, error=None, status=200):
    actor = Actor.from_request(request)
    return render(request, "teams/team_form.html", {
        "team": team, "values": _shown(values), "error": error,
        "agencies": list(queries.agencies_for_form(actor)),
        "statuses": Team.Status.choices}, status=status)


def _posted(request) -> dict:
    return {name: request.POST.get(name, "") for name in TEAM_FIELDS}


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    actor = Actor.from_request(request)
    if not policy.can_create(actor):
        return forbidden(request, _("Teams are made by HR, an agency admin or a head of a unit."))
    if request.method == "GET":
        return _form_page(request, values={"lead": actor.employee_id or ""})
    values = _posted(request)
    try:
        team = services.create_team(actor=actor, data=values)
    except DomainError as error:
        return _form_page(request, values=values, error=error, status=error.status)
    messages.success(request, _("The team is made. Its lead now invites the members."))
    return redirect("teams:detail", team_id=team.pk)


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, team_id):
    actor = Actor.from_request(request)
    team = queries.get_team_for_user(actor, team_id)
    if not policy.can_edit(actor, team):
        return forbidden(request, _("Only the lead edits the team."), back=team)
    if request.method == "GET":
        values = {name: getattr(team, f"{name}_id", None) or getattr(team, name, "")
                  for name in TEAM_FIELDS}
        return _form_page(request, team=team, values=values)
    values = _posted(request)
    try:
        services.edit_team(actor=actor, team=team, data=values,
                           expected_version=queries.version_of(request.POST.get("version")))
    except DomainError as error:
        return _form_page(request, team=team, values=values, error=error, status=error.status)
    messages.success(request, _("The team is saved."))
    return redirect("teams:detail", team_id=team.pk)


def _results(team):
    results = queries.results_for_page(team)
    pairs = []
    for result in results:
        result.rows = list(result.indicators.all())
        for indicator in result.rows:
            indicator.percent = percent(indicator.realised, indicator.target_value)
            indicator.bar = bar_width(indicator.percent)
            pairs.append((indicator.realised, indicator.target_value))
    return results, mean_percent(pairs)


@member_required
@require_GET
def detail(request, team_id):
    actor = Actor.from_request(request)
    team = queries.get_team_for_user(actor, team_id)
    is_lead = policy.is_lead(actor, team)
    if is_lead and sweep.needs_sweep(team):
        report = sweep.sweep_team(team, actor=actor)
        if report.changed:
            messages.warning(request, _("Some members left or moved: check the members and "
                                        "rebalance the weights."))
        team = queries.get_team_for_user(actor, team_id)
    rows = queries.memberships_for_page(team)
    policy.learn_from_rows(actor, team, rows)
    manages = policy.can_manage(actor, team)
    results, progress = _results(team)
    return render(request, "teams/detail.html", {
        "team": team, "results": results, "progress": progress,
        "progress_bar": bar_width(progress),
        **_members_context(request, actor, team, [m for m in rows if m.status in LISTED], manages),
        "updates": queries.recent_updates(team),
        "feedback": queries.feedback_for_page(actor, team, manages or policy.oversees(actor, team)),
        "workspace": workspace_links(team) if policy.can_see_workspace(actor, team) else [],
        "manages": manages, "is_lead": is_lead,
        "may_appoint": team.lead_missing and policy.can_appoint_lead(actor, team)})


def _members_context(request, actor, team, members, manages) -> dict:
    """The member table (with the lead's end/withdraw forms), the pickers and the weights' sum."""
    active = [m for m in members if m.status == MemberStatus.ACTIVE]
    total = sum((m.weight for m in active), 0)
    return {
        "member_rows": member_rows(members, end_forms=EndForms(request, team) if manages else None),
        "weights_total": total, "weights_ok": total == 100, "active": bool(active),
        "active_options": member_options(active) if manages else "",
        "feedback_options": member_options(active, leave_out=team.lead_id) if manages else "",
        "my_row": next((m for m in members if actor.owns(m.employee_id)), None)}


@member_required
@require_GET
def overview(request):
    actor = Actor.from_request(request)
    if not policy.can_see_overview(actor):
        return forbidden(request, _("The overview is for HR, leaders and agency admins."))
    data = queries.overview(actor)
    return render(request, "teams/overview.html", data)
