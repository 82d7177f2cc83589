"""Who may do what with a team: persona x action, decided by abdi.teams.policy.

The team is led by own (Dinas Pendidikan) with other_unit (Dinas Kesehatan) active; a second
team invites other_unit (pending) for the accept / agree columns.
"""

from decimal import Decimal

import pytest
from django.http import Http404

from abdi.accounts.actor import Actor
from abdi.accounts.tests.factories import UserFactory
from abdi.core.errors import DomainError
from abdi.teams import policy, queries
from abdi.teams.models import TeamIndicator
from abdi.teams.services import work
from abdi.tenancy.scoping import within

from .factories import actor_of, invite, make_team, membership_of

pytestmark = pytest.mark.django_db

ACTIONS = ("see", "workspace", "edit", "invite", "accept", "agree", "realise", "feedback")
EXPECTED = {
    # persona:          see workspace edit invite accept agree realise feedback
    "member":          (1, 1, 0, 0, 1, 0, 0, 0),
    "lead":            (1, 1, 1, 1, 0, 0, 1, 1),
    "member_atasan":   (1, 1, 0, 0, 0, 1, 0, 0),
    "lead_atasan":     (1, 1, 0, 0, 0, 0, 0, 0),
    "other_atasan":    (0, 0, 0, 0, 0, 0, 0, 0),
    "hr":              (1, 0, 0, 0, 0, 0, 0, 0),
    "leader":          (1, 0, 0, 0, 0, 0, 0, 0),
    "other_unit":      (0, 0, 0, 0, 0, 0, 0, 0),
    "other_gov":       (0, 0, 0, 0, 0, 0, 0, 0),
    "anonymous":       (0, 0, 0, 0, 0, 0, 0, 0),
}


def _persona(world, crew, name) -> Actor:
    if name == "anonymous":
        return Actor.anonymous()
    if name == "other_unit":
        return actor_of(UserFactory(username=world.sibling.nip, instansi=world.gov,
                                    employee=world.sibling, display_name=world.sibling.name))
    users = {"member": world.users.other_unit, "lead": world.users.own,
             "member_atasan": crew.dinkes_head.user, "lead_atasan": world.users.supervisor,
             "other_atasan": world.users.agency_head, "hr": world.users.hr_admin,
             "leader": world.users.leader, "other_gov": world.users.other_gov}
    return actor_of(users[name])


def _sees(actor, team) -> bool:
    try:
        queries.get_team_for_user(actor, team.pk)
    except Http404:
        return False
    return True


@pytest.mark.parametrize("persona", list(EXPECTED))
def test_permission_matrix(world, crew, persona):
    with within(world.gov):
        second = make_team(world.users.supervisor, world.agency, world.own, name="Tim Kedua")
        pending = invite(world.users.own, second, world.other_unit)
        actor = _persona(world, crew, persona)
        team = crew.team
        got = (_sees(actor, team), policy.can_see_workspace(actor, team), policy.can_edit(actor, team),
               policy.can_invite(actor, team), policy.can_answer_invitation(actor, pending),
               policy.can_answer_as_atasan(actor, pending),
               policy.can_update_realisation(actor, team), policy.can_give_feedback(actor, team))
    assert dict(zip(ACTIONS, got, strict=True)) == dict(
        zip(ACTIONS, map(bool, EXPECTED[persona]), strict=True))


@pytest.mark.parametrize("persona", [p for p in EXPECTED if p != "lead"])
def test_refused_writes_change_nothing(world, crew, persona):
    with within(world.gov):
        actor = _persona(world, crew, persona)
        indicator = TeamIndicator.objects.get(pk=crew.indicator.pk)
        with pytest.raises(DomainError):
            work.update_realisation(actor=actor, indicator=indicator, value="9",
                                    evidence="Bukti palsu")
        with pytest.raises(DomainError):
            work.set_weights(actor=actor, team=crew.team, weights={
                membership_of(crew.team, world.own).pk: "50",
                membership_of(crew.team, world.other_unit).pk: "50"})
        indicator.refresh_from_db()
        weights = {membership_of(crew.team, world.own).weight,
                   membership_of(crew.team, world.other_unit).weight}
    assert indicator.realised == Decimal("0")
    assert weights == {Decimal("0")}


def test_the_team_is_never_seen_from_another_government(world, crew):
    stranger = actor_of(world.users.other_gov)
    with within(world.other_gov), pytest.raises(Http404):
        queries.get_team_for_user(stranger, crew.team.pk)


def test_past_members_keep_the_workspace_but_may_not_post(world, crew):
    from abdi.people.choices import EmployeeStatus
    from abdi.teams.services import sweep

    with within(world.gov):
        world.other_unit.status = EmployeeStatus.PENSIUN
        world.other_unit.save()
        sweep.sweep_team(crew.team)
        actor = actor_of(world.users.other_unit)
        assert policy.can_see_workspace(actor, crew.team)
        assert not policy.can_post(actor, crew.team)
        assert policy.can_post(actor_of(world.users.own), crew.team)


@pytest.mark.parametrize("persona", [p for p in EXPECTED if p not in ("anonymous", "other_gov")])
def test_the_page_rows_answer_like_the_queries(world, crew, persona):
    """The team page learns the actor's checks from the memberships it loaded: same answers."""
    with within(world.gov):
        by_query = _persona(world, crew, persona)
        by_rows = actor_of(by_query.user)
        policy.learn_from_rows(by_rows, crew.team, queries.memberships_for_page(crew.team))
        checks = (policy.can_see_team, policy.can_see_workspace, policy.is_member,
                  policy.is_past_or_active_member, policy.can_post)
        assert [c(by_rows, crew.team) for c in checks] == [c(by_query, crew.team) for c in checks]
