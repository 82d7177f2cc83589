"""Registering and cancelling: seats up to the capacity, then a waiting list; a cancellation
lets the first waiting person in and tells him. The event row is locked while seats are counted,
so two people can never take the last seat at once."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, Forbidden

from .. import policy, queries
from ..models import Event, Registration
from ..rules import schedule, seats, workflow
from .common import locked
from .notices import tell

AUDITED = ["status", "walk_in", "checked_in_at", "check_in_by"]


def _check_open(event: Event, now) -> None:
    if event.status == workflow.CANCELLED:
        raise Conflict(_("This event is cancelled: registration is not possible."))
    if event.status != workflow.OPEN:
        raise Conflict(_("Registration for this event is closed."))
    state = schedule.registration_state(now, event.registration_opens_at,
                                        event.registration_closes_at)
    if state == "early":
        raise Conflict(_("Registration opens on %(when)s.")
                       % {"when": timezone.localtime(event.registration_opens_at)
                          .strftime("%d-%m-%Y %H:%M")})
    if state == "late":
        raise Conflict(_("Registration closed on %(when)s.")
                       % {"when": timezone.localtime(event.registration_closes_at)
                          .strftime("%d-%m-%Y %H:%M")})


def _save(actor, registration, before, action=AuditEntry.Action.UPDATE):
    registration.version += 1
    registration.save()
    audit(actor=actor, action=action, obj=registration, before=before,
          after=snapshot(registration, AUDITED), employee_id=registration.employee_id)
    return registration


@transaction.atomic
def register(*, actor, event: Event, now=None) -> Registration:
    """A seat, or a place on the waiting list when the event is full."""
    from abdi.people.models import Employee

    now = now or timezone.now()
    employee = Employee.objects.select_related("unit").filter(pk=actor.employee_id).first()
    if employee is None or not policy.can_register(actor, event,
                                                    reach=queries.reach_of(event, employee)):
        raise Forbidden(_("This event is for invited participants only."))
    event = locked(event)  # one seat at a time
    _check_open(event, now)
    place = seats.place_for(queries.seats_taken(event), event.capacity)
    registration = Registration.objects.filter(event=event, employee=employee).first()
    if registration is not None and registration.status != seats.CANCELLED:
        raise Conflict(_("You are registered for this event already."))
    if registration is not None:  # came back after cancelling: the same row, at the end
        before = snapshot(registration, AUDITED)
        registration.status, registration.created_at = place, now
        return _save(actor, registration, before)
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                instansi_id=event.instansi_id, event=event, employee=employee, status=place)
    except IntegrityError:  # the same registration sent twice at once
        raise Conflict(_("You are registered for this event already.")) from None
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=registration,
          after=snapshot(registration, AUDITED), employee_id=employee.pk)
    return registration


def promote_waiting(*, actor, event: Event) -> list[Registration]:
    """Seats freed (a cancellation, a larger capacity): the first waiting people move up and
    are told. Call with the event row locked."""
    free = event.capacity - queries.seats_taken(event)
    moved = []
    for pk in seats.promotions(free, queries.waiting_ids(event)):
        registration = Registration.objects.get(pk=pk)
        before = snapshot(registration, AUDITED)
        registration.status = seats.REGISTERED
        moved.append(_save(actor, registration, before))
        tell(registration.employee_id, event,
             _("A seat came free: you are now registered for “%(title)s”.") % {"title": event.title},
             key=f"event-seat-{event.pk}")
    return moved


@transaction.atomic
def cancel(*, actor, registration: Registration) -> Registration:
    if not policy.can_cancel(actor, registration):
        raise Forbidden(_("Only the participant cancels his registration."))
    event = locked(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == seats.CANCELLED:
        raise Conflict(_("This registration is cancelled already."))
    if registration.checked_in_at is not None:
        raise Conflict(_("You have checked in already: ask the organiser to correct it."))
    if event.status in (workflow.DONE, workflow.CANCELLED):
        raise Conflict(_("This event is over or cancelled; nothing to cancel."))
    held_a_seat = registration.status == seats.REGISTERED
    before = snapshot(registration, AUDITED)
    registration.status = seats.CANCELLED
    _save(actor, registration, before)
    if held_a_seat:
        promote_waiting(actor=actor, event=event)
    return registration
