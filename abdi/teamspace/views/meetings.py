"""Meeting notes: the list, one meeting, and the form that publishes notes with follow-ups."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..services import meetings as services
from .common import page, refused, workspace

FIELDS = ("title", "held_on", "place", "online_link", "notes", "decisions")
FOLLOW_UP_ROWS = 5


@member_required
@require_GET
def meeting_list(request, team_id):
    _actor, team = workspace(request, team_id)
    return page(request, "teamspace/meetings.html", team=team, section="meetings",
                meetings=queries.meetings_of(team))


@member_required
@require_GET
def meeting_detail(request, team_id, meeting_id):
    _actor, team = workspace(request, team_id)
    meeting = queries.get_meeting(team, meeting_id)
    return page(request, "teamspace/meeting.html", team=team, section="meetings",
                meeting=meeting, attendees=queries.attendees_of(meeting),
                follow_ups=queries.follow_ups_of(meeting))


def _follow_ups(post) -> list[dict]:
    return [{"title": post.get(f"fu-{n}-title", ""), "owner": post.get(f"fu-{n}-owner", ""),
             "due_on": post.get(f"fu-{n}-due_on", "")} for n in range(FOLLOW_UP_ROWS)]


@member_required
@require_http_methods(["GET", "POST"])
def meeting_new(request, team_id):
    actor, team = workspace(request, team_id)
    values, rows, present, extra, status = {}, _follow_ups({}), [], {}, 200
    if request.method == "POST":
        values = {name: request.POST.get(name, "") for name in FIELDS}
        rows, present = _follow_ups(request.POST), request.POST.getlist("attendees")
        try:
            meeting = services.publish_meeting(actor=actor, team=team, data=values,
                                               attendees=present, follow_ups=rows)
        except DomainError as error:
            extra, status = refused(error), error.status
        else:
            messages.success(request, _("The meeting notes are published; the members are told."))
            return redirect("teamspace:meeting", team.pk, meeting.pk)
    elif not policy.can_post(actor, team):
        extra, status = {"error": _("Only active members of a running team write meeting "
                                    "notes.")}, 403
    return page(request, "teamspace/meeting_form.html", team=team, section="meetings",
                status=status, values=values, rows=rows, present=present,
                members=queries.active_members(team), **extra)
