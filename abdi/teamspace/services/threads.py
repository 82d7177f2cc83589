"""Discussion: a member opens a topic (every active member hears of it) and members reply (the
topic's subscribers — its author and those who replied — hear of it, once until they read it)."""

from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit

from .. import policy, queries
from ..models import Reply, Thread
from .common import notify_members, require_post, text

MAX_MESSAGE = 10_000


def _link(thread) -> str:
    return reverse("teamspace:thread", args=[thread.team_id, thread.pk])


@transaction.atomic
def start_thread(*, actor, team, title, body) -> Thread:
    require_post(actor, team)
    title = text(title, "title", low=3, high=200)
    body = text(body, "body", low=1, high=MAX_MESSAGE, keep_lines=True)
    thread = Thread.objects.create(instansi_id=team.instansi_id, team=team, title=title,
                                   body=body, author_id=actor.employee_id,
                                   last_activity_at=timezone.now())
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=thread, after={"title": title})
    notify_members(team, recipients=queries.active_member_ids(team), actor=actor,
                   link=_link(thread),
                   message_of=lambda: _("Team %(team)s: %(name)s opened the topic \"%(title)s\".")
                   % {"team": team.name, "name": actor.label, "title": title})
    return thread


@transaction.atomic
def reply(*, actor, team, thread, body) -> Reply:
    require_post(actor, team, policy.can_reply(actor, team, thread))
    body = text(body, "body", low=1, high=MAX_MESSAGE, keep_lines=True)
    answer = Reply.objects.create(instansi_id=team.instansi_id, thread=thread,
                                  author_id=actor.employee_id, body=body)
    Thread.objects.filter(pk=thread.pk).update(last_activity_at=timezone.now(),
                                               reply_count=F("reply_count") + 1)
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=answer,
          after={"thread": thread.pk})
    members = set(queries.active_member_ids(team))
    notify_members(team, recipients=queries.subscriber_ids(thread) & members, actor=actor,
                   link=_link(thread), key=f"team_thread:{thread.pk}",
                   message_of=lambda: _("Team %(team)s: new replies in \"%(title)s\".")
                   % {"team": team.name, "title": thread.title})
    return answer
