"""Withdrawing an invitation (issue 8): the organiser takes one back; those registered keep
their seat, the others stop seeing an invited-only event; every refusal is a 4xx and changes
nothing."""

import pytest
from django.urls import reverse

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.events import queries
from abdi.events.models import Invitation, Registration
from abdi.events.rules.invitations import invited_only_through, reaches
from abdi.events.services import events
from abdi.events.tests.conftest import actor_of
from abdi.events.tests.factories import (
    invite_employee,
    invite_unit,
    make_event,
    make_registration,
)
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db


# --- rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("target", "employee_id", "path", "expected"), [
    ((7, ""), 7, "/1/2/", True),
    ((7, ""), 8, "/1/2/", False),
    ((None, "/1/"), 8, "/1/2/", True),
    ((None, "/1/2/"), 8, "/1/2/", True),
    ((None, "/1/2/"), 8, "/1/3/", False),
    ((None, "/1/2/"), 8, "/1/22/", False),
    ((None, ""), 8, "/1/", False),
])
def test_reaches(target, employee_id, path, expected):
    assert reaches(*target, employee_id=employee_id, unit_path=path) is expected


def test_invited_only_through_keeps_those_another_invitation_reaches():
    people = [(1, "/1/2/"), (2, "/1/3/"), (3, "/9/")]
    assert invited_only_through((None, "/1/"), [(None, "/1/3/")], people) == [1]
    assert invited_only_through((None, "/1/"), [(1, "")], people) == [2]
    assert invited_only_through((3, ""), [], people) == [3]
    assert invited_only_through((None, "/5/"), [], people) == []


# --- service -----------------------------------------------------------------------------------


def _audit_count():
    return AuditEntry.objects.filter(object_type="events.invitation", action="delete").count()


@pytest.fixture
def private(world, scoped):
    """An invited-only event of Dinas Kesehatan: own and peer invited by name, own registered."""
    event = make_event(world.gov, world.other_agency, audience="invited", title="Forum Tertutup")
    own_invite = invite_employee(event, world.own)
    peer_invite = invite_employee(event, world.peer)
    make_registration(event, world.own)
    return event, own_invite, peer_invite


def test_withdrawing_keeps_the_seat_of_the_registered(world, private):
    event, own_invite, _peer = private
    done = events.withdraw_invitation(actor=actor_of(world.users.hr_admin), event=event,
                                      invitation_id=str(own_invite.pk))
    assert done.kept_registrations == 1
    assert not Invitation.objects.filter(pk=own_invite.pk).exists()
    assert Registration.objects.get(event=event, employee=world.own).status == "registered"
    assert queries.get_event_for_user(actor_of(world.users.own), event.pk) == event  # still sees
    entry = AuditEntry.objects.get(object_type="events.invitation", object_id=str(own_invite.pk))
    assert entry.action == "delete"
    assert entry.changes["employee"] == [world.own.pk, None]
    assert entry.changes["kept_registrations"] == [1, None]


def test_the_unregistered_no_longer_see_an_invited_only_event(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency, audience="invited",
                           title="Rapat Terbatas Rahasia")
        invitation = invite_employee(event, world.own)  # invited, not registered
    login(world.users.own)
    detail = reverse("events:detail", args=[event.pk])
    assert client.get(detail).status_code == 200
    assert "Rapat Terbatas Rahasia" in client.get(reverse("events:index")).content.decode()
    with within(world.gov):
        done = events.withdraw_invitation(actor=actor_of(world.users.hr_admin), event=event,
                                          invitation_id=invitation.pk)
        assert done.kept_registrations == 0
        assert queries.reach_of(event, world.own) is None
    assert client.get(detail).status_code == 404
    assert "Rapat Terbatas Rahasia" not in client.get(reverse("events:index")).content.decode()


def test_withdrawing_a_unit_counts_only_those_invited_through_it_alone(world, scoped):
    event = make_event(world.gov, world.other_agency, audience="agencies")
    agency = invite_unit(event, world.agency)
    invite_employee(event, world.peer)  # peer stays invited by name
    for person in (world.own, world.peer, world.sibling):
        make_registration(event, person)
    make_registration(event, world.supervisor, status="cancelled")
    done = events.withdraw_invitation(actor=actor_of(world.users.hr_admin), event=event,
                                      invitation_id=agency.pk)
    assert done.kept_registrations == 2  # own and sibling; peer is still invited
    assert Registration.objects.filter(event=event, status="registered").count() == 3


@pytest.mark.parametrize("status", ["done", "cancelled"])
def test_a_finished_or_cancelled_event_refuses(world, private, status):
    event, own_invite, _peer = private
    event.status = status
    event.save()
    with pytest.raises(Conflict):
        events.withdraw_invitation(actor=actor_of(world.users.hr_admin), event=event,
                                   invitation_id=own_invite.pk)
    assert Invitation.objects.filter(pk=own_invite.pk).exists()
    assert _audit_count() == 0


def test_another_organiser_is_forbidden(world, private):
    event, own_invite, _peer = private
    with pytest.raises(Forbidden):  # the Disdik admin does not organise for Dinas Kesehatan
        events.withdraw_invitation(actor=actor_of(world.users.agency_admin), event=event,
                                   invitation_id=own_invite.pk)
    assert Invitation.objects.filter(pk=own_invite.pk).exists()
    assert _audit_count() == 0


def test_a_double_withdrawal_and_a_bad_id_are_refused(world, private):
    event, own_invite, _peer = private
    hr = actor_of(world.users.hr_admin)
    events.withdraw_invitation(actor=hr, event=event, invitation_id=own_invite.pk)
    with pytest.raises(Conflict, match="withdrawn already"):
        events.withdraw_invitation(actor=hr, event=event, invitation_id=own_invite.pk)
    with pytest.raises(DomainError) as bad:
        events.withdraw_invitation(actor=hr, event=event, invitation_id="abc")
    assert bad.value.status == 400
    assert _audit_count() == 1
    assert Invitation.objects.filter(event=event).count() == 1


def test_an_invitation_of_another_event_is_not_withdrawn_through_this_one(world, private):
    event, _own, _peer = private
    other = make_event(world.gov, world.other_agency, title="Acara Lain")
    foreign = invite_employee(other, world.sibling)
    with pytest.raises(Conflict):
        events.withdraw_invitation(actor=actor_of(world.users.hr_admin), event=event,
                                   invitation_id=foreign.pk)
    assert Invitation.objects.filter(pk=foreign.pk).exists()


def test_after_withdrawing_one_may_invite_again(world, private):
    event, own_invite, _peer = private
    hr = actor_of(world.users.hr_admin)
    events.withdraw_invitation(actor=hr, event=event, invitation_id=own_invite.pk)
    again = events.invite(actor=hr, event=event, nip=world.own.nip)
    assert again.pk != own_invite.pk


# --- pages -------------------------------------------------------------------------------------


def _url(event):
    return reverse("events:withdraw_invitation", args=[event.pk])


@pytest.fixture
def invited_event(world):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency, audience="invited", title="Forum Kecil")
        invitation = invite_employee(event, world.own)
        make_registration(event, world.own)
        return event, invitation


def test_the_invitations_page_offers_withdraw_and_the_message_says_seats_stay(
        world, client, login, invited_event):
    event, invitation = invited_event
    login(world.users.hr_admin)
    page = client.get(reverse("events:invitations", args=[event.pk])).content.decode()
    assert f'data-testid="withdraw-{invitation.pk}"' in page
    response = client.post(_url(event), {"invitation": invitation.pk}, follow=True)
    assert response.redirect_chain[-1] == (reverse("events:invitations", args=[event.pk]), 302)
    body = response.content.decode()
    assert "keep their registration" in body
    assert f'data-testid="withdraw-{invitation.pk}"' not in body
    with within(world.gov):
        assert not Invitation.objects.filter(pk=invitation.pk).exists()
        assert Registration.objects.filter(event=event, employee=world.own,
                                           status="registered").exists()


def test_stale_withdrawal_is_409_with_a_message(world, client, login, invited_event):
    event, invitation = invited_event
    login(world.users.hr_admin)
    client.post(_url(event), {"invitation": invitation.pk})
    response = client.post(_url(event), {"invitation": invitation.pk})
    assert response.status_code == 409
    assert "withdrawn already" in response.content.decode()


def test_bad_id_is_400(world, client, login, invited_event):
    event, invitation = invited_event
    login(world.users.hr_admin)
    assert client.post(_url(event), {"invitation": "x' OR 1=1"}).status_code == 400
    assert client.post(_url(event), {}).status_code == 400
    with within(world.gov):
        assert Invitation.objects.filter(pk=invitation.pk).exists()


def test_finished_event_is_409_and_the_page_hides_the_buttons(world, client, login,
                                                              invited_event):
    event, invitation = invited_event
    with within(world.gov):
        event.status = "done"
        event.save()
    login(world.users.hr_admin)
    page = client.get(reverse("events:invitations", args=[event.pk])).content.decode()
    assert "data-testid=\"withdraw-" not in page
    response = client.post(_url(event), {"invitation": invitation.pk})
    assert response.status_code == 409
    with within(world.gov):
        assert Invitation.objects.filter(pk=invitation.pk).exists()


def test_another_organisers_event_is_403(world, client, login, scoped):
    event = make_event(world.gov, world.other_agency)  # open to the whole government
    invitation = invite_unit(event, world.sibling_unit)
    client.raise_request_exception = False
    login(world.users.agency_admin)
    response = client.post(_url(event), {"invitation": invitation.pk})
    assert response.status_code == 403
    assert Invitation.objects.filter(pk=invitation.pk).exists()


PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "other_gov", "operator", "anonymous"]
ORGANISERS = {"supervisor", "agency_head", "agency_admin", "hr_admin"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_withdraws(world, client, login, persona):
    """A Dinas Pendidikan event open to all: its organisers withdraw; others who see it 403;
    other governments and the operator 404; anonymous logs in. Denied calls change nothing."""
    with within(world.gov):
        event = make_event(world.gov, world.agency)
        invitation = invite_unit(event, world.other_agency)
    user = getattr(world.users, persona, None)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    response = client.post(_url(event), {"invitation": invitation.pk})
    if persona == "anonymous":
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    elif persona in ("other_gov", "operator"):
        assert response.status_code == 404
    else:
        assert response.status_code == (302 if persona in ORGANISERS else 403)
    with within(world.gov):
        assert Invitation.objects.filter(pk=invitation.pk).exists() == (persona not in ORGANISERS)
        assert _audit_count() == (1 if persona in ORGANISERS else 0)


def test_a_named_employee_not_registered_is_told_the_registered_is_not(world, private):
    from abdi.performance.models import Notification

    event, own_invite, peer_invite = private
    hr = actor_of(world.users.hr_admin)
    events.withdraw_invitation(actor=hr, event=event, invitation_id=peer_invite.pk)
    events.withdraw_invitation(actor=hr, event=event, invitation_id=own_invite.pk)
    told = list(Notification.objects.filter(message__contains="was withdrawn")
                .values_list("recipient_id", "message"))
    assert len(told) == 1
    assert "Forum Tertutup" in told[0][1]
    assert told[0][0] == world.peer.pk  # own registered: his seat stays, nothing to explain
