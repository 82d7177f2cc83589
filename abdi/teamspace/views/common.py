"""What every work-space page shares: the team (404 unless the actor may see its work space), the
tabs, and turning a refused write into the same page with the message and its 4xx status."""

from django.shortcuts import render

from abdi.accounts.actor import Actor

from .. import policy, queries

SECTIONS = ("tasks", "threads", "documents", "meetings")


def workspace(request, team_id):
    actor = Actor.from_request(request)
    return actor, queries.get_team_for_user(actor, team_id)


def page(request, template, *, team, section, status=200, **context):
    actor = Actor.from_request(request)
    context.update(team=team, section=section, may_post=policy.can_post(actor, team),
                   actor=actor)
    return render(request, template, context, status=status)


def refused(error) -> dict:
    return {"error": error.message, "error_field": error.field}
