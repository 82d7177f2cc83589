"""The lead ends a membership or withdraws an invitation; a new head of a member's unit takes
over the agreement of his predecessor (the daily sweep)."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.tests.factories import EmployeeFactory
from abdi.teams import policy
from abdi.teams.models import Membership
from abdi.teams.services import membership as services
from abdi.teams.services import sweep, work
from abdi.tenancy.scoping import within

from .factories import actor_of, invite, membership_of

pytestmark = pytest.mark.django_db


def _end(user, row, reason="Tugas selesai", version=None):
    return services.end_membership(actor=actor_of(user), membership=row, reason=reason,
                                   expected_version=version)


def test_the_lead_ends_an_active_membership_and_the_skp_value_stays(world, crew):
    with within(world.gov):
        team = crew.team
        work.set_weights(actor=actor_of(world.users.own), team=team, weights={
            membership_of(team, world.own).pk: "60", membership_of(team, world.other_unit).pk: "40"})
        row = membership_of(team, world.other_unit)
        ended = _end(world.users.own, row, version=row.version)
        assert ended.status == "ended"
        assert ended.weight == Decimal("40")
        assert ended.end_reason.startswith("ended by the lead: Tugas selesai")
        assert not policy.can_post(actor_of(world.users.other_unit), team)
        assert policy.can_see_workspace(actor_of(world.users.other_unit), team)  # a past member
        with pytest.raises(Conflict):
            _end(world.users.own, Membership.objects.get(pk=row.pk))


def test_withdrawing_an_invitation_then_inviting_again(world, crew):
    with within(world.gov):
        row = invite(world.users.own, crew.team, world.peer)
        withdrawn = _end(world.users.own, row, reason="Salah orang")
        assert withdrawn.end_reason.startswith("invitation withdrawn: ")
        again = invite(world.users.own, crew.team, world.peer)
        assert again.pk == row.pk
        assert again.status == "pending"


@pytest.mark.parametrize("case", ["not the lead", "the lead himself", "no reason", "stale page"])
def test_refused_endings_change_nothing(world, crew, case):
    with within(world.gov):
        row = membership_of(crew.team, world.other_unit)
        user, reason, version, error = world.users.own, "Alasan", row.version, None
        if case == "not the lead":
            user, error = world.users.other_unit, Forbidden
        elif case == "the lead himself":
            row, error = membership_of(crew.team, world.own), Conflict
            version = row.version
        elif case == "no reason":
            reason, error = "   ", DomainError
        else:
            version, error = row.version - 1, Conflict
        with pytest.raises(error):
            _end(user, row, reason=reason, version=version)
        assert Membership.objects.get(pk=row.pk).status == "active"


def test_the_end_form_over_http(world, crew, login, client):
    with scopes_disabled():
        row = membership_of(crew.team, world.other_unit)
        lead_row = membership_of(crew.team, world.own)
    url = reverse("teams:end_membership", args=[crew.team.pk, row.pk])
    login(world.users.own)
    page = client.get(reverse("teams:detail", args=[crew.team.pk])).content
    assert page.count(b'data-testid="end-member"') == 1  # the member, not the lead
    assert client.post(url, {"reason": "", "version": row.version}).status_code == 400
    assert client.post(url, {"reason": "Selesai", "version": row.version - 1}).status_code == 409
    assert client.post(url, {"reason": "Selesai", "version": row.version}).status_code == 302
    with scopes_disabled():
        assert Membership.objects.get(pk=row.pk).status == "ended"
    login(world.users.other_gov)
    assert client.post(url, {"reason": "x", "version": 1}).status_code == 404
    login(world.users.other_unit)
    other = reverse("teams:end_membership", args=[crew.team.pk, lead_row.pk])
    assert client.post(other, {"reason": "x"}).status_code == 403


def _new_head_of_dinkes(world, crew):
    with scopes_disabled():
        old = crew.dinkes_head.employee
        position = old.position
        old.position = None
        old.save()
        return EmployeeFactory(instansi=world.gov, unit=world.other_agency, position=position,
                               name="Kepala Dinkes Baru")


def test_a_new_head_takes_over_the_agreement(world, crew):
    new_head = _new_head_of_dinkes(world, crew)
    with within(world.gov):
        assert sweep.refresh_atasan() == 1
        row = membership_of(crew.team, world.other_unit)
        assert row.atasan_id == new_head.pk
        assert row.atasan_answer == "yes"
        assert row.status == "active"
        assert sweep.refresh_atasan() == 0  # nothing left to hand over
        assert not policy.can_see_workspace(actor_of(crew.dinkes_head.user), crew.team)
