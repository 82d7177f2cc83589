"""Who may do what with cross-agency teams: the one place it is decided.

- See a team: its members (also invited, declined and ended ones), the current atasan of any
  member, the creator, HR (BKPSDM) and leaders of the government, and the agency admin of the
  coordinating perangkat daerah. Never another government.
- The workspace (tasks, threads, documents, meeting notes): active and past members and the
  current atasan of an active member only ("team documents visible to members and their atasan").
- Create: HR admin, agency admin, or a pejabat who heads a unit.
- Edit the team, invite, set weights, update the realisation, give feedback: the lead.
- Appoint a new lead: HR or the creator.
"""



from .models import Membership, Team
from .rules.membership import MemberStatus


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.instansi_id == instansi_id)


def _memberships_of(actor, team):
    if not actor.employee_id:
        return Membership.objects.none()
    return Membership.objects.filter(team_id=team.pk, employee_id=actor.employee_id)


def _status_of(actor, team) -> tuple[str | None, bool]:
    """(status, has been active) of the actor's membership in the team, cached on the actor."""
    cache = actor.__dict__.setdefault("_team_membership", {})
    if team.pk not in cache:
        row = _memberships_of(actor, team).values_list("status", "joined_at").first()
        cache[team.pk] = (row[0], row[1] is not None) if row else (None, False)
    return cache[team.pk]


def forget(actor) -> None:
    """Drop what the actor's checks remembered (after a write changed memberships)."""
    actor.__dict__.pop("_team_membership", None)
    actor.__dict__.pop("_team_atasan", None)


def is_atasan_of_member(actor, team, *, active_only: bool = False) -> bool:
    """The actor is the atasan who was asked to agree to a member's place (of an active one with
    active_only). The sweep asks the new atasan when a member moves, so this stays current; it is
    one indexed query, where working out today's subordinates of a head took several."""
    if not actor.employee_id:
        return False
    cache = actor.__dict__.setdefault("_team_atasan", {})
    if (team.pk, active_only) not in cache:
        rows = Membership.objects.filter(team_id=team.pk, atasan_id=actor.employee_id)
        if active_only:
            rows = rows.filter(status=MemberStatus.ACTIVE)
        cache[(team.pk, active_only)] = rows.exists()
    return cache[(team.pk, active_only)]


def learn_from_rows(actor, team, rows) -> None:
    """Remember the actor's answers for this team from every one of its memberships, already
    loaded for the page (with status, joined_at and atasan_id), so the checks need no query."""
    if not actor.employee_id:
        return
    mine = next((r for r in rows if r.employee_id == actor.employee_id), None)
    actor.__dict__.setdefault("_team_membership", {})[team.pk] = (
        (mine.status, mine.joined_at is not None) if mine else (None, False))
    atasan_of = [r for r in rows if r.atasan_id == actor.employee_id]
    actor.__dict__.setdefault("_team_atasan", {}).update({
        (team.pk, False): bool(atasan_of),
        (team.pk, True): any(r.status == MemberStatus.ACTIVE for r in atasan_of)})


def is_member(actor, team) -> bool:
    """Any membership row, also invited, declined or ended."""
    return _in_government(actor, team.instansi_id) and _status_of(actor, team)[0] is not None


def is_active_member(actor, team) -> bool:
    return _in_government(actor, team.instansi_id) and \
        _status_of(actor, team)[0] == MemberStatus.ACTIVE


def is_past_or_active_member(actor, team) -> bool:
    return _in_government(actor, team.instansi_id) and _status_of(actor, team)[1]


def is_lead(actor, team) -> bool:
    return (_in_government(actor, team.instansi_id) and actor.employee_id is not None
            and team.lead_id == actor.employee_id)


def is_creator(actor, team) -> bool:
    if not _in_government(actor, team.instansi_id):
        return False
    return ((actor.employee_id is not None and team.created_by_id == actor.employee_id)
            or (team.created_by_user_id is not None and team.created_by_user_id == actor.user.pk))


def sees_all_teams(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.sees_whole_government)


def oversees(actor, team) -> bool:
    """HR, leaders, and the agency admin of the coordinating perangkat daerah."""
    if not _in_government(actor, team.instansi_id):
        return False
    return actor.sees_whole_government or (
        actor.is_agency_admin and team.coordinating_agency_id in actor.agency_ids)


def can_see_team(actor, team) -> bool:
    if not _in_government(actor, team.instansi_id):
        return False
    return (oversees(actor, team) or is_lead(actor, team) or is_creator(actor, team)
            or is_member(actor, team) or is_atasan_of_member(actor, team))


def can_see_workspace(actor, team) -> bool:
    if not _in_government(actor, team.instansi_id):
        return False
    return (is_lead(actor, team) or is_past_or_active_member(actor, team)
            or is_atasan_of_member(actor, team, active_only=True))


def can_post(actor, team) -> bool:
    return is_active_member(actor, team) and team.is_open()


def can_create(actor) -> bool:
    if not (actor.is_authenticated and actor.instansi_id):
        return False
    return actor.is_hr_admin or actor.is_agency_admin or (
        actor.employee_id is not None and actor.is_supervisor)


def can_manage(actor, team) -> bool:
    """Edit the team, invite, set weights, update the realisation, write feedback."""
    return is_lead(actor, team) and team.status == Team.Status.ACTIVE


def can_edit(actor, team) -> bool:
    return can_manage(actor, team)


def can_invite(actor, team) -> bool:
    return can_manage(actor, team)


def can_set_weights(actor, team) -> bool:
    return can_manage(actor, team)


def can_update_realisation(actor, team) -> bool:
    return can_manage(actor, team)


def can_give_feedback(actor, team) -> bool:
    return can_manage(actor, team)


def can_appoint_lead(actor, team) -> bool:
    if not _in_government(actor, team.instansi_id) or team.status != Team.Status.ACTIVE:
        return False
    return actor.is_hr_admin or is_creator(actor, team)


def can_answer_invitation(actor, membership) -> bool:
    return (_in_government(actor, membership.instansi_id)
            and actor.owns(membership.employee_id))


def can_answer_as_atasan(actor, membership) -> bool:
    return (_in_government(actor, membership.instansi_id) and actor.employee_id is not None
            and membership.atasan_id == actor.employee_id
            and not actor.owns(membership.employee_id))


def can_see_overview(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.sees_whole_government or actor.is_agency_admin))
