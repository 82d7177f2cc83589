"""Organising an event: create, edit (capacity never below the seats given), move its status,
and invite agencies, units or named employees (each invited employee is told)."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound

from .. import policy, queries
from ..models import Event, Invitation, Registration
from ..rules import schedule, seats, workflow
from ..rules.invitations import invited_only_through
from ..rules.seats import capacity_problem
from .attendance import recredit_attendees
from .common import (
    EVENT_AUDITED,
    SCHEDULE_MESSAGES,
    clean_datetime,
    clean_int,
    locked,
    long_text,
    save_event,
    text,
)
from .notices import tell_many
from .registrations import promote_waiting

MAX_NOTIFIED_PER_INVITATION = 1000  # a whole big agency is told through its list, not by mail


def _choice(value, choices, field) -> str:
    value = str(value or "")
    if value not in dict(choices):
        raise DomainError(_("Choose a value from the list."), field=field)
    return value


def _fill(event: Event, data: dict) -> None:
    event.kind = _choice(data.get("kind"), Event.Kind.choices, "kind")
    event.title = text(data.get("title"), "title", low=5, high=200)
    event.description = long_text(data.get("description"), "description")
    event.place = " ".join(str(data.get("place") or "").split())[:200]
    link = str(data.get("online_link") or "").strip()
    if (link and not link.startswith(("https://", "http://"))) or len(link) > 300:
        raise DomainError(_("The online link must be a web address starting with https://."),
                          field="online_link")
    event.online_link = link
    if not event.place and not event.online_link:
        raise DomainError(_("Give the place or the online link."), field="place")
    event.starts_at = clean_datetime(data.get("starts_at"), "starts_at")
    event.ends_at = clean_datetime(data.get("ends_at"), "ends_at")
    event.registration_opens_at = clean_datetime(data.get("registration_opens_at"),
                                                 "registration_opens_at")
    event.registration_closes_at = clean_datetime(data.get("registration_closes_at"),
                                                  "registration_closes_at")
    event.capacity = clean_int(data.get("capacity"), "capacity", low=1, high=schedule.MAX_CAPACITY)
    event.audience = _choice(data.get("audience"), Event.Audience.choices, "audience")
    event.counts_as_learning = str(data.get("counts_as_learning") or "") in {"1", "on", "true", "yes"}
    minutes = str(data.get("learning_minutes") or "").strip() or "0"
    event.learning_minutes = clean_int(minutes, "learning_minutes", high=100_000)
    for reason in schedule.check_event(
            starts_at=event.starts_at, ends_at=event.ends_at,
            opens_at=event.registration_opens_at, closes_at=event.registration_closes_at,
            capacity=event.capacity, counts_as_learning=event.counts_as_learning,
            learning_minutes=event.learning_minutes):
        message, field = SCHEDULE_MESSAGES[reason]
        raise DomainError(message, field=field)


def _organiser(actor, value):
    agency = queries.agencies_for(actor).filter(pk=queries.positive_id(value) or 0).first()
    if agency is None:
        raise DomainError(_("Choose a perangkat daerah you organise for."), field="organiser")
    return agency


@transaction.atomic
def create_event(*, actor, data: dict) -> Event:
    if not policy.can_organise(actor):
        raise Forbidden(_("Only BKPSDM, agency admins and heads of units organise events."))
    event = Event(instansi_id=actor.instansi_id, created_by=actor.user)
    event.organiser = _organiser(actor, data.get("organiser"))
    _fill(event, data)
    event.status = workflow.OPEN if str(data.get("status")) == workflow.OPEN else workflow.DRAFT
    event.save()
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=event,
          after=snapshot(event, EVENT_AUDITED), agency_id=event.organiser_id)
    return event


@transaction.atomic
def update_event(*, actor, event: Event, version, data: dict) -> Event:
    if not policy.can_manage(actor, event):
        raise Forbidden(_("Only the organisers of this event change it."))
    event = locked(event, version)
    if event.status in (workflow.DONE, workflow.CANCELLED):
        raise Conflict(_("A finished or cancelled event cannot be changed."))
    before = snapshot(event, EVENT_AUDITED)
    learning_before = _learning_facts(event)
    event.organiser = _organiser(actor, data.get("organiser"))
    _fill(event, data)
    taken = queries.seats_taken(event)
    if capacity_problem(event.capacity, taken):
        raise Conflict(_("%(n)d people already hold a seat: the capacity cannot be lower.")
                       % {"n": taken}, field="capacity")
    save_event(actor, event, before)
    promote_waiting(actor=actor, event=event)  # a larger room lets the waiting list in
    if _learning_facts(event) != learning_before:
        recredit_attendees(actor, event)
    return event


def _learning_facts(event: Event) -> tuple:
    """What an attendee's JP credit is made of."""
    return (event.counts_as_learning, event.learning_minutes, event.title, event.kind,
            event.starts_at, event.ends_at, event.organiser_id)


@transaction.atomic
def change_status(*, actor, event: Event, version, target: str) -> Event:
    if not policy.can_manage(actor, event):
        raise Forbidden(_("Only the organisers of this event change it."))
    event = locked(event, version)
    if not workflow.may_move(event.status, target):
        raise Conflict(_("An event that is %(status)s cannot be moved this way.")
                       % {"status": event.get_status_display().lower()})
    before = snapshot(event, EVENT_AUDITED)
    was_draft = event.status == workflow.DRAFT
    event.status = target
    save_event(actor, event, before)
    if was_draft and target == workflow.OPEN:  # invitations made while drafting go out now
        _tell_invited(event, list(event.invitations.all()))
    if target == workflow.CANCELLED:
        people = list(event.registrations.exclude(status="cancelled")
                      .values_list("employee_id", flat=True))
        tell_many(people, event, _("The event “%(title)s” is cancelled.") % {"title": event.title},
                  key=f"event-cancelled-{event.pk}")
    return event


@transaction.atomic
def invite(*, actor, event: Event, unit_id=None, nip: str = "") -> Invitation:
    """Invite a unit (an agency is a unit: its whole subtree) or one employee by NIP."""
    if not policy.can_manage(actor, event):
        raise Forbidden(_("Only the organisers of this event invite."))
    event = locked(event)
    if event.status in (workflow.DONE, workflow.CANCELLED):
        raise Conflict(_("A finished or cancelled event takes no more invitations."))
    invitation = Invitation(instansi_id=event.instansi_id, event=event, invited_by=actor.user)
    if str(nip or "").strip():
        employee = queries.employee_by_nip(nip)
        if employee is None:
            raise NotFound(_("No employee of this government has that NIP."), field="nip")
        invitation.employee = employee
    else:
        unit = queries.invitable_units().filter(pk=queries.positive_id(unit_id) or 0).first()
        if unit is None:
            raise DomainError(_("Choose a unit or give an employee's NIP."), field="unit")
        invitation.unit, invitation.unit_path = unit, unit.path
    try:
        with transaction.atomic():
            invitation.save()
    except IntegrityError:
        raise Conflict(_("They are invited already.")) from None
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=invitation,
          after={"event": event.pk, "unit": invitation.unit_id, "employee": invitation.employee_id},
          agency_id=event.organiser_id)
    if event.status != workflow.DRAFT:
        _tell_invited(event, [invitation])
    return invitation


def _tell_invited(event, invitations) -> None:
    """Each invited employee is told once (a unit: its serving employees, up to a bound)."""
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    recipients: list[int] = []
    for invitation in invitations:
        if invitation.employee_id:
            recipients.append(invitation.employee_id)
        else:
            recipients += list(Employee.objects.filter(unit__path__startswith=invitation.unit_path,
                                                       status__in=EmployeeStatus.serving())
                               .order_by("pk").values_list("pk", flat=True)
                               [:MAX_NOTIFIED_PER_INVITATION])
    tell_many(dict.fromkeys(recipients), event,
              _("You are invited to “%(title)s”.") % {"title": event.title},
              key=f"event-invited-{event.pk}")


@dataclass(frozen=True)
class Withdrawn:
    """What withdrawing left in place: the registered people it alone had invited keep
    their registration (seat or waiting place); nobody is unregistered."""

    invitation_id: int
    kept_registrations: int


@transaction.atomic
def withdraw_invitation(*, actor, event: Event, invitation_id) -> Withdrawn:
    """Take an invitation back (the row goes; the audit entry keeps what it was). Those it
    reached who are not registered stop seeing an event open to the invited only."""
    if not policy.can_manage(actor, event):
        raise Forbidden(_("Only the organisers of this event withdraw its invitations."))
    pk = queries.positive_id(invitation_id)
    if pk is None:
        raise DomainError(_("Choose an invitation from the list."), field="invitation")
    event = locked(event)  # one change of the list at a time: a double withdrawal waits here
    if event.status in (workflow.DONE, workflow.CANCELLED):
        raise Conflict(_("The invitations of a finished or cancelled event cannot be withdrawn."))
    invitation = Invitation.objects.filter(event=event, pk=pk).first()
    if invitation is None:
        raise Conflict(_("This invitation is no longer on the list: it was withdrawn already. "
                         "Reload the page."))
    remaining = [(i.employee_id, i.unit_path)
                 for i in Invitation.objects.filter(event=event).exclude(pk=pk)]
    people = list(Registration.objects.filter(event=event).exclude(status=seats.CANCELLED)
                  .values_list("employee_id", "employee__unit__path"))
    kept = invited_only_through((invitation.employee_id, invitation.unit_path), remaining, people)
    audit(actor=actor, action=AuditEntry.Action.DELETE, obj=invitation,
          before={"event": event.pk, "unit": invitation.unit_id, "unit_path": invitation.unit_path,
                  "employee": invitation.employee_id,
                  "invited_by": invitation.invited_by_id,
                  "kept_registrations": len(kept)},
          agency_id=event.organiser_id)
    invitation.delete()
    registered = {employee_id for employee_id, _path in people}
    if invitation.employee_id and invitation.employee_id not in registered:
        # A named employee who had not registered is told, so the invitation he saw is explained.
        tell_many([invitation.employee_id], event,
                  _("The invitation to the event “%(title)s” was withdrawn.") % {"title": event.title},
                  key=f"event-invitation-withdrawn-{pk}")
    return Withdrawn(invitation_id=pk, kept_registrations=len(kept))
