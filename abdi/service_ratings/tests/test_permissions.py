"""Who sees an employee's citizen ratings, who hides a comment, who issues a visit code:
persona x action x target, straight on the policy (views repeat the key cells over HTTP)."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.org.models import ActingAssignment
from abdi.service_ratings import policy
from abdi.tenancy.scoping import within

from .factories import make_ratings

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "operator", "other_gov", "anonymous"]
SEES_OWN = {"own", "supervisor", "hr_admin"}
MODERATES = {"hr_admin"}


def _actor(world, persona):
    if persona == "anonymous":
        return Actor.anonymous()
    return Actor.for_user(getattr(world.users, persona))


@pytest.mark.parametrize("persona", PERSONAS)
def test_view_ratings_of_the_employee(world, persona):
    with within(world.gov):
        assert policy.can_view_ratings_of(_actor(world, persona), world.own) is (persona in SEES_OWN)


@pytest.mark.parametrize("persona", PERSONAS)
def test_view_ratings_of_the_supervisor_is_not_for_subordinates(world, persona):
    # The supervisor's own atasan is the agency head; his staff never see his ratings.
    expected = persona in {"supervisor", "agency_head", "hr_admin"}
    with within(world.gov):
        assert policy.can_view_ratings_of(_actor(world, persona), world.supervisor) is expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_hide_a_comment(world, persona):
    with within(world.gov):
        rating = make_ratings(world.own, [2])[0]
        assert policy.can_moderate(_actor(world, persona), rating) is (persona in MODERATES)


def test_other_government_hr_admin_sees_nothing(world):
    from abdi.accounts.models import Role
    from abdi.accounts.tests.factories import RoleGrantFactory

    with scopes_disabled():
        RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    actor = Actor.for_user(world.users.other_gov)
    with within(world.gov):
        rating = make_ratings(world.own, [2])[0]
        assert not policy.can_view_ratings_of(actor, world.own)
        assert not policy.can_moderate(actor, rating)


def test_a_plt_is_the_atasan_of_the_day_and_the_holder_is_not(world):
    today = timezone.localdate()
    with scopes_disabled():
        ActingAssignment.objects.create(instansi=world.gov, kind="plt", position=world.supervisor.position,
                                        employee=world.sibling, start=today - datetime.timedelta(days=1),
                                        end=today + datetime.timedelta(days=30))
        from abdi.accounts.tests.factories import UserFactory

        plt_user = UserFactory(username=world.sibling.nip, instansi=world.gov, employee=world.sibling)
    with within(world.gov):
        assert policy.can_view_ratings_of(Actor.for_user(plt_user), world.own)
        assert not policy.can_view_ratings_of(Actor.for_user(world.users.supervisor), world.own)


@pytest.mark.parametrize(("persona", "expected"), [("own", True), ("supervisor", False),
                                                   ("hr_admin", False), ("other_gov", False),
                                                   ("anonymous", False)])
def test_issue_a_visit_code_only_at_own_counter(world, counter, persona, expected):
    with within(world.gov):
        staff = set(counter.staff.values_list("pk", flat=True))
        assert policy.can_issue_code(_actor(world, persona), counter, staff) is expected


def test_bkpsdm_staff_never_moderate_their_own_ratings(world):
    with within(world.gov):
        rating = make_ratings(world.hr_admin_employee, [1])[0]
        assert not policy.can_moderate(Actor.for_user(world.users.hr_admin), rating)
        assert policy.can_view_ratings_of(Actor.for_user(world.users.hr_admin), world.hr_admin_employee)
