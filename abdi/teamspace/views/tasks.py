"""The team's task list (filters mine / open / overdue), one task with its history, and the
writes: create, change status / owner / due date."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import queries
from ..models import TeamTask
from ..rules.tasks import FILTERS
from ..services import tasks as services
from .common import page, refused, workspace

TASK_FIELDS = ("title", "description", "owner", "due_on")


def _list(request, actor, team, *, status=200, **extra):
    show = request.GET.get("show", "all")
    show = show if show in FILTERS else "all"
    return page(request, "teamspace/tasks.html", team=team, section="tasks", status=status,
                tasks=queries.tasks_of(team, show=show, employee_id=actor.employee_id),
                show=show, members=queries.active_members(team), **extra)


@member_required
@require_GET
def task_list(request, team_id):
    actor, team = workspace(request, team_id)
    return _list(request, actor, team, values={})


@member_required
@require_POST
def task_create(request, team_id):
    actor, team = workspace(request, team_id)
    values = {name: request.POST.get(name, "") for name in TASK_FIELDS}
    try:
        task = services.create_task(actor=actor, team=team, data=values)
    except DomainError as error:
        return _list(request, actor, team, status=error.status, values=values, **refused(error))
    messages.success(request, _("The task is added; its owner is told."))
    return redirect("teamspace:task", team.pk, task.pk)


def _detail(request, team, task, *, status=200, **extra):
    return page(request, "teamspace/task.html", team=team, section="tasks", status=status,
                task=task, changes=queries.changes_of(task), members=queries.active_members(team),
                statuses=TeamTask.Status.choices, **extra)


@member_required
@require_GET
def task_detail(request, team_id, task_id):
    _actor, team = workspace(request, team_id)
    return _detail(request, team, queries.get_task(team, task_id))


@member_required
@require_POST
def task_update(request, team_id, task_id):
    actor, team = workspace(request, team_id)
    task = queries.get_task(team, task_id)
    try:
        services.update_task(actor=actor, team=team, task=task,
                             version=request.POST.get("version"),
                             data={name: request.POST.get(name, "")
                                   for name in ("status", "owner", "due_on")})
    except DomainError as error:
        return _detail(request, team, task, status=error.status, **refused(error))
    messages.success(request, _("The task is updated."))
    return redirect("teamspace:task", team.pk, task.pk)
