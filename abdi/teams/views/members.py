"""Inviting, the invited member's answer, the atasan's agreement queue, appointing a lead."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..services import membership as services
from ..services import teams as team_services
from .common import forbidden, refused


@member_required
@require_POST
def invite(request, team_id):
    actor = Actor.from_request(request)
    team = queries.get_team_for_user(actor, team_id)
    employee_id = queries.employee_id_from(request.POST.get("employee", ""))
    try:
        row = services.invite(actor=actor, team=team, employee_id=employee_id)
    except DomainError as error:
        return refused(request, error, back=team)
    messages.success(request, _("%(name)s is invited; the atasan is asked to agree.")
                     % {"name": row.employee.name})
    return redirect("teams:detail", team_id=team.pk)


@member_required
@require_GET
def candidates(request, team_id):
    """Employees matching a name or NIP, for the lead's invitation form (a fragment)."""
    actor = Actor.from_request(request)
    team = queries.get_team_for_user(actor, team_id)
    if not policy.can_invite(actor, team):
        return forbidden(request, _("Only the lead of an active team invites members."), back=team)
    return render(request, "teams/_candidates.html", {
        "team": team, "found": queries.candidates(request.GET.get("q", ""))})


@member_required
@require_http_methods(["GET", "POST"])
def invitation(request, membership_id):
    """The invited member accepts or declines."""
    actor = Actor.from_request(request)
    row = queries.get_membership_for_user(actor, membership_id)
    mine = policy.can_answer_invitation(actor, row)
    error = None
    if request.method == "POST" and not mine:
        return forbidden(request, _("Only the invited employee answers an invitation."),
                         back=row.team)
    if request.method == "POST":
        try:
            services.answer_invitation(actor=actor, membership=row,
                                       accept=request.POST.get("answer") == "accept",
                                       expected_version=queries.version_of(
                                           request.POST.get("version")))
        except DomainError as failure:
            error = failure
        else:
            messages.success(request, _("Your answer is recorded."))
            return redirect("teams:detail", team_id=row.team_id)
    return render(request, "teams/invitation.html", {"row": row, "mine": mine,
                                                     "error": error and error.message},
                  status=error.status if error else 200)


@member_required
@require_GET
def approvals(request):
    """Memberships of the atasan's staff waiting for his agreement."""
    actor = Actor.from_request(request)
    return render(request, "teams/approvals.html", {"rows": list(queries.atasan_queue(actor))})


@member_required
@require_POST
def decide(request, membership_id):
    actor = Actor.from_request(request)
    row = queries.get_membership_for_user(actor, membership_id)
    try:
        services.atasan_decision(actor=actor, membership=row,
                                 agree=request.POST.get("decision") == "agree",
                                 reason=request.POST.get("reason", "")[:2000],
                                 expected_version=queries.version_of(request.POST.get("version")))
    except DomainError as error:
        return refused(request, error)
    messages.success(request, _("Your decision is recorded."))
    return redirect("teams:approvals")


@member_required
@require_POST
def appoint(request, team_id):
    actor = Actor.from_request(request)
    team = queries.get_team_for_user(actor, team_id)
    try:
        team_services.appoint_lead(actor=actor, team=team,
                                   membership_id=request.POST.get("membership", ""),
                                   expected_version=queries.version_of(request.POST.get("version")))
    except DomainError as error:
        return refused(request, error, back=team)
    messages.success(request, _("The new lead is appointed."))
    return redirect("teams:detail", team_id=team.pk)


@member_required
@require_POST
def end(request, team_id, membership_id):
    """The lead ends a member's place or withdraws an invitation (with a reason)."""
    actor = Actor.from_request(request)
    team = queries.get_team_for_user(actor, team_id)
    row = queries.membership_of_team(team, membership_id)
    try:
        services.end_membership(actor=actor, membership=row, reason=request.POST.get("reason", ""),
                                expected_version=queries.version_of(request.POST.get("version")))
    except DomainError as error:
        return refused(request, error, back=team)
    messages.success(request, _("The membership of %(name)s has ended; rebalance the weights if "
                                "needed.") % {"name": row.employee.name})
    return redirect("teams:detail", team_id=team.pk)
