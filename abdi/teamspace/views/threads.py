"""Discussion: the topics (newest activity first), one topic with its replies, and the writes."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import queries
from ..services import threads as services
from .common import page, refused, workspace


def _list(request, team, *, status=200, **extra):
    return page(request, "teamspace/threads.html", team=team, section="threads", status=status,
                threads=queries.threads_of(team), **extra)


@member_required
@require_GET
def thread_list(request, team_id):
    _actor, team = workspace(request, team_id)
    return _list(request, team, values={})


@member_required
@require_POST
def thread_create(request, team_id):
    actor, team = workspace(request, team_id)
    values = {"title": request.POST.get("title", ""), "body": request.POST.get("body", "")}
    try:
        thread = services.start_thread(actor=actor, team=team, **values)
    except DomainError as error:
        return _list(request, team, status=error.status, values=values, **refused(error))
    messages.success(request, _("The topic is open; the members are told."))
    return redirect("teamspace:thread", team.pk, thread.pk)


def _detail(request, team, thread, *, status=200, **extra):
    return page(request, "teamspace/thread.html", team=team, section="threads", status=status,
                thread=thread, replies=queries.replies_of(thread), **extra)


@member_required
@require_GET
def thread_detail(request, team_id, thread_id):
    _actor, team = workspace(request, team_id)
    return _detail(request, team, queries.get_thread(team, thread_id), body="")


@member_required
@require_POST
def reply(request, team_id, thread_id):
    actor, team = workspace(request, team_id)
    thread = queries.get_thread(team, thread_id)
    body = request.POST.get("body", "")
    try:
        services.reply(actor=actor, team=team, thread=thread, body=body)
    except DomainError as error:
        return _detail(request, team, thread, status=error.status, body=body, **refused(error))
    messages.success(request, _("Your reply is posted."))
    return redirect("teamspace:thread", team.pk, thread.pk)
