"""Meeting notes: date, place or online link, attendees (members), notes, decisions and follow-ups.
Each follow-up becomes a task of the team's list, linked back to the meeting. Publishing tells
every active member. All or nothing: one bad follow-up and nothing is saved."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.core.dates import clean_date
from abdi.core.errors import DomainError

from .. import queries
from ..models import Meeting, MeetingAttendee
from .common import active_member, notify_members, require_post, text
from .tasks import build_task, save_new_task

MAX_DECISIONS = 30
MAX_FOLLOW_UPS = 20
MAX_ATTENDEES = 200


def _decisions(value) -> list[str]:
    lines = value if isinstance(value, list | tuple) else str(value or "").splitlines()
    decisions = [" ".join(str(line).split()).lstrip("-• ").strip() for line in lines]
    decisions = [d for d in decisions if d]
    if len(decisions) > MAX_DECISIONS or any(len(d) > 500 for d in decisions):
        raise DomainError(_("Write at most %(n)d decisions of at most 500 characters each.")
                          % {"n": MAX_DECISIONS}, field="decisions")
    return decisions


def _link(value) -> str:
    link = str(value or "").strip()
    if not link:
        return ""
    try:
        URLValidator(schemes=["https", "http"])(link)
    except ValidationError:
        raise DomainError(_("Enter the online meeting link as a web address (https://…)."),
                          field="online_link") from None
    if len(link) > 300:
        raise DomainError(_("The link is too long."), field="online_link")
    return link


def _attendees(team, values) -> list[int]:
    values = list(values or [])
    if not values:
        raise DomainError(_("Tick who attended."), field="attendees")
    if len(values) > MAX_ATTENDEES:
        raise DomainError(_("Too many attendees."), field="attendees")
    return sorted({active_member(team, value, "attendees") for value in values})


@transaction.atomic
def publish_meeting(*, actor, team, data, attendees, follow_ups) -> Meeting:
    """`follow_ups` is a list of {"title", "owner", "due_on"}; empty rows are skipped."""
    require_post(actor, team)
    held_on = clean_date(data.get("held_on"), "held_on")
    place = text(data.get("place"), "place", low=0, high=200)
    online_link = _link(data.get("online_link"))
    if not place and not online_link:
        raise DomainError(_("Write the place, or the link of the online meeting."), field="place")
    meeting = Meeting(instansi_id=team.instansi_id, team=team,
                      title=text(data.get("title"), "title", low=3, high=200), held_on=held_on,
                      place=place, online_link=online_link,
                      notes=text(data.get("notes"), "notes", low=0, high=20_000, keep_lines=True),
                      decisions=_decisions(data.get("decisions")), written_by_id=actor.employee_id)
    present = _attendees(team, attendees)
    rows = [row for row in (follow_ups or []) if any(str(v or "").strip() for v in row.values())]
    if len(rows) > MAX_FOLLOW_UPS:
        raise DomainError(_("Write at most %(n)d follow-ups.") % {"n": MAX_FOLLOW_UPS},
                          field="follow_ups")
    tasks = [build_task(actor=actor, team=team, title=row.get("title"), description="",
                        owner=row.get("owner"), due_on=row.get("due_on"), meeting=meeting)
             for row in rows]
    meeting.save()
    MeetingAttendee.objects.bulk_create([MeetingAttendee(instansi_id=team.instansi_id,
                                                         meeting=meeting, employee_id=pk)
                                         for pk in present])
    for task in tasks:
        task.meeting = meeting
        save_new_task(actor=actor, team=team, task=task)
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=meeting,
          after={"title": meeting.title, "held_on": str(held_on), "attendees": present,
                 "decisions": meeting.decisions, "follow_ups": [t.pk for t in tasks]})
    notify_members(team, recipients=queries.active_member_ids(team), actor=actor,
                   link=reverse("teamspace:meeting", args=[team.pk, meeting.pk]),
                   message_of=lambda: _("Team %(team)s: the notes of the meeting \"%(title)s\" "
                                        "of %(day)s are published.")
                   % {"team": team.name, "title": meeting.title,
                      "day": held_on.strftime("%d-%m-%Y")})
    return meeting
