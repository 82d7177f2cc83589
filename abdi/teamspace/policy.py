"""Who may do what in a team's work space: the one place it is decided.

Membership belongs to abdi.teams: its members and their atasan see the work space; a member who
left still reads it; only those abdi.teams lets post (active members of a running team) write.
A team works together, so any member who may post moves, reassigns and closes any of its tasks;
every change is kept with its author (TaskChange), which is what keeps that honest.
"""

from abdi.teams import policy as teams_policy


def can_see(actor, team) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id == team.instansi_id
                and teams_policy.can_see_workspace(actor, team))


def can_post(actor, team) -> bool:
    return can_see(actor, team) and bool(actor.employee_id) and teams_policy.can_post(actor, team)


def can_change_task(actor, team, task) -> bool:
    return task.team_id == team.pk and can_post(actor, team)


def can_reply(actor, team, thread) -> bool:
    return thread.team_id == team.pk and can_post(actor, team)


def can_add_version(actor, team, document) -> bool:
    return document.team_id == team.pk and can_post(actor, team)
