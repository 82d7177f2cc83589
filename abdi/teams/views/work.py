"""The lead's work on the team: results and indicators, the realisation, weights, feedback."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..services import work as services
from .common import forbidden, refused


class NotTheLead(Exception):
    pass


def _managed_team(request, team_id):
    actor = Actor.from_request(request)
    team = queries.get_team_for_user(actor, team_id)
    if not policy.can_manage(actor, team):
        raise NotTheLead(team)
    return actor, team


def lead_only(view):
    """Those who see the team but do not lead it are told so (403)."""
    from functools import wraps

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except NotTheLead as refusal:
            return forbidden(request, _("Only the lead of an active team does this."),
                             back=refusal.args[0])
    return wrapped


@member_required
@lead_only
@require_POST
def add_result(request, team_id):
    actor, team = _managed_team(request, team_id)
    try:
        services.add_result(actor=actor, team=team, data=request.POST)
    except DomainError as error:
        return refused(request, error, back=team)
    messages.success(request, _("The team result is added."))
    return redirect("teams:detail", team_id=team.pk)


@member_required
@lead_only
@require_POST
def add_indicator(request, team_id, team_result_id):
    actor, team = _managed_team(request, team_id)
    try:
        services.add_indicator(actor=actor, team=team, result_id=team_result_id,
                               data=request.POST)
    except DomainError as error:
        return refused(request, error, back=team)
    messages.success(request, _("The indicator is added."))
    return redirect("teams:detail", team_id=team.pk)


@member_required
@lead_only
@require_http_methods(["GET", "POST"])
def realisation(request, team_id, team_indicator_id):
    actor, team = _managed_team(request, team_id)
    indicator = queries.get_indicator(team, team_indicator_id)
    error, values = None, {}
    if request.method == "POST":
        values = {"value": request.POST.get("value", "")[:30],
                  "evidence": request.POST.get("evidence", "")[:600]}
        try:
            services.update_realisation(actor=actor, indicator=indicator, **values,
                                        expected_version=queries.version_of(
                                            request.POST.get("version")))
        except DomainError as failure:
            error = failure
        else:
            messages.success(request, _("The realisation is saved; every member's SKP follows."))
            return redirect("teams:detail", team_id=team.pk)
    return render(request, "teams/realisation.html", {
        "team": team, "indicator": indicator, "values": values,
        "history": queries.indicator_history(indicator), "error": error and error.message},
        status=error.status if error else 200)


@member_required
@lead_only
@require_http_methods(["GET", "POST"])
def weights(request, team_id):
    actor, team = _managed_team(request, team_id)
    rows = list(queries.active_memberships(team).select_related("employee", "agency"))
    error, errors, posted = None, {}, {}
    if request.method == "POST":
        posted = {row.pk: request.POST.get(f"weight_{row.pk}", "")[:12] for row in rows}
        try:
            services.set_weights(actor=actor, team=team, weights=posted,
                                 expected_version=queries.version_of(request.POST.get("version")))
        except DomainError as failure:
            error, errors = failure, failure.errors
        else:
            messages.success(request, _("The weights are saved; every member's SKP follows."))
            return redirect("teams:detail", team_id=team.pk)
    for row in rows:
        row.typed = posted.get(row.pk, row.weight)
        row.problem = errors.get(f"weight_{row.pk}")
    return render(request, "teams/weights.html", {
        "team": team, "rows": rows, "error": error and error.message},
        status=error.status if error else 200)


@member_required
@lead_only
@require_POST
def feedback(request, team_id):
    actor, team = _managed_team(request, team_id)
    try:
        services.give_feedback(actor=actor, team=team,
                               membership_id=queries.positive_id(request.POST.get("membership")),
                               text=request.POST.get("text", "")[:3000])
    except DomainError as error:
        return refused(request, error, back=team)
    messages.success(request, _("Your feedback is sent to the member and shown to the atasan."))
    return redirect("teams:detail", team_id=team.pk)
