"""Team tasks: create (the owner hears of it), change status, owner or due date (each change kept
with its author), and the "due tomorrow" reminders."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError

from .. import policy, queries
from ..models import TaskChange, TeamTask
from ..rules import tasks as task_rules
from .common import active_member, check_due_date, notify_members, require_post, text

AUDITED = ["title", "description", "owner", "due_on", "status"]


def _link(task) -> str:
    return reverse("teamspace:task", args=[task.team_id, task.pk])


def notify_assigned(team, task, actor) -> None:
    notify_members(team, recipients=[task.owner_id], actor=actor, link=_link(task),
                   message_of=lambda: _("Team %(team)s: you own the task \"%(title)s\", due "
                                        "%(due)s.") % {"team": team.name, "title": task.title,
                                                       "due": task.due_on.strftime("%d-%m-%Y")})


def build_task(*, actor, team, title, description, owner, due_on, meeting=None) -> TeamTask:
    """A checked, unsaved task (meeting follow-ups are built the same way)."""
    return TeamTask(instansi_id=team.instansi_id, team=team,
                    title=text(title, "title", low=3, high=200),
                    description=text(description, "description", low=0, high=4000,
                                     keep_lines=True),
                    owner_id=active_member(team, owner, "owner"),
                    due_on=check_due_date(team, due_on), meeting=meeting,
                    created_by_id=actor.employee_id)


def save_new_task(*, actor, team, task) -> TeamTask:
    task.save()
    after = snapshot(task, AUDITED)
    TaskChange.objects.create(instansi_id=task.instansi_id, task=task, by_id=actor.employee_id,
                              changes={name: [None, value] for name, value in after.items()})
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=task, after=after,
          employee_id=task.owner_id)
    notify_assigned(team, task, actor)
    return task


@transaction.atomic
def create_task(*, actor, team, data) -> TeamTask:
    require_post(actor, team)
    task = build_task(actor=actor, team=team, title=data.get("title"),
                      description=data.get("description"), owner=data.get("owner"),
                      due_on=data.get("due_on"))
    return save_new_task(actor=actor, team=team, task=task)


@transaction.atomic
def update_task(*, actor, team, task, version, data) -> TeamTask:
    """Change status, owner and/or due date; a stale form (another change came first) is 409."""
    require_post(actor, team, policy.can_change_task(actor, team, task))
    task = TeamTask.objects.select_for_update(of=("self",)).get(pk=task.pk)
    if str(task.version) != str(version):
        raise Conflict(_("Someone else changed this task in the meantime; reload it and redo "
                         "your change."))
    before = snapshot(task, AUDITED)
    status = str(data.get("status") or task.status)
    if status not in task_rules.STATUSES:
        raise DomainError(_("Choose a status from the list."), field="status")
    task.status = status
    if str(data.get("owner") or "") not in ("", str(task.owner_id)):
        task.owner_id = active_member(team, data.get("owner"), "owner")
    if data.get("due_on") and str(data.get("due_on")) != task.due_on.isoformat():
        task.due_on = check_due_date(team, data.get("due_on"))
    after = snapshot(task, AUDITED)
    changes = {k: [before[k], after[k]] for k in AUDITED if before[k] != after[k]}
    if not changes:
        return task
    task.version += 1
    task.save()
    TaskChange.objects.create(instansi_id=task.instansi_id, task=task, by_id=actor.employee_id,
                              changes=changes)
    audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=task, before=before, after=after,
          employee_id=task.owner_id)
    if "owner" in changes:
        notify_assigned(team, task, actor)
    return task


@transaction.atomic
def send_due_reminders(*, today=None) -> int:
    """Tell each owner of an unfinished task due tomorrow, once per task and due date (the
    command may run twice). Runs inside one government's scope."""
    today = today or timezone.localdate()
    day = task_rules.due_tomorrow(today)
    sent = 0
    for task in queries.due_tomorrow_unreminded(day):
        if task.owner_id in set(queries.active_member_ids(task.team)):
            sent += notify_members(
                task.team, recipients=[task.owner_id], actor=_Nobody, link=_link(task),
                key=f"team_task_due:{task.pk}:{day.isoformat()}",
                message_of=lambda t=task: _("Team %(team)s: the task \"%(title)s\" is due "
                                            "tomorrow.") % {"team": t.team.name, "title": t.title})
        TeamTask.objects.filter(pk=task.pk).update(reminded_for=day)
    return sent


class _Nobody:
    """The actor of a scheduled reminder: no employee is left out of the recipients."""

    employee_id = None
