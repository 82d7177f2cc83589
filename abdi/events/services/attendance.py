"""Attendance: the participant scans the organiser's rotating QR code (a signed token bound to
the event and a one-minute window), or the organiser marks attendance by hand. When the event
counts as learning, each attendance becomes a completed training record (JP by training's rule)
and un-marking it voids that credit."""

import time

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.training.services.event_credit import credit_event_attendance, void_event_credit

from .. import policy, queries
from ..models import Event, Registration
from ..rules import checkin, learning, schedule, seats, workflow
from .common import local_days, locked
from .registrations import AUDITED, _save

SALT = "abdi.events.checkin"  # a token made for another purpose never opens a check-in


def make_token(event: Event, at: float | None = None) -> str:
    window = checkin.window_of(time.time() if at is None else at)
    return signing.dumps(checkin.payload(event.pk, window), salt=SALT, compress=False)


TOKEN_MESSAGES = {
    "forged": gettext_lazy("This check-in code is not valid. Scan the code on the organiser's screen again."),
    "other_event": gettext_lazy("This check-in code belongs to another event."),
    "expired": gettext_lazy("This check-in code has expired. Scan the code on the organiser's screen "
                 "again."),
}


def read_token(event: Event, token: str, at: float | None = None) -> None:
    try:
        data = signing.loads(str(token or "")[:500], salt=SALT)
    except signing.BadSignature:
        data = None
    problem = checkin.token_problem(data, event.pk,
                                    checkin.window_of(time.time() if at is None else at))
    if problem:
        raise DomainError(str(TOKEN_MESSAGES[problem]))


def _credit(actor, registration: Registration, event: Event) -> None:
    if not event.counts_as_learning:
        return
    first, last = local_days(event)
    credit_event_attendance(
        actor=actor, employee=registration.employee, title=event.title,
        organiser=event.organiser.name, starts_on=first, ends_on=last,
        minutes=event.learning_minutes, form=learning.form_of(event.kind),
        source_key=learning.source_key(event.pk))


def recredit_attendees(actor, event: Event) -> int:
    """After the organiser changed the event's learning time, dates, title or whether it counts:
    every attendee's credit follows (made, corrected or voided). Returns how many were checked."""
    attended = list(event.registrations.filter(checked_in_at__isnull=False)
                    .select_related("employee"))
    for registration in attended:
        if event.counts_as_learning:
            _credit(actor, registration, event)
        else:
            void_event_credit(actor=actor, employee_id=registration.employee_id,
                              source_key=learning.source_key(event.pk))
    return len(attended)


def _mark(actor, registration, event, how: str, now) -> Registration:
    before = snapshot(registration, AUDITED)
    registration.checked_in_at, registration.check_in_by = now, how
    _save(actor, registration, before)
    _credit(actor, registration, event)
    return registration


@transaction.atomic
def check_in(*, actor, event: Event, token: str, now=None,
             at: float | None = None) -> tuple[Registration, bool]:
    """(registration, already): the person is checked in, or was already (nothing written)."""
    from abdi.people.models import Employee

    if not policy.can_check_in(actor, event):
        raise Forbidden(_("Only an employee checks in, with his own account."))
    read_token(event, token, at)
    now = now or timezone.now()
    if event.status not in workflow.CHECK_IN:
        raise Conflict(_("This event is not taking check-ins (it is %(status)s).")
                       % {"status": event.get_status_display().lower()})
    first, last = local_days(event)
    if not schedule.is_on(timezone.localdate(now), first, last):
        raise Conflict(_("Check-in is only possible on the day of the event."))
    event = locked(event)
    employee = Employee.objects.select_related("unit").get(pk=actor.employee_id)
    registration = (Registration.objects.select_for_update()
                    .filter(event=event, employee=employee).first())
    if registration is not None and registration.checked_in_at is not None:
        return registration, True
    if registration is not None and registration.status == seats.CANCELLED:
        raise Conflict(_("Your registration for this event is cancelled; ask the organiser."))
    taken = queries.seats_taken(event)
    if registration is not None and registration.status == seats.REGISTERED:
        registration.employee = employee
        return _mark(actor, registration, event, Registration.CheckIn.QR, now), False
    # A walk-in or someone still waiting: only while a seat is free.
    if not policy.in_audience(event, queries.reach_of(event, employee)):
        raise Forbidden(_("This event is for invited participants only."))
    if seats.place_for(taken, event.capacity) != seats.REGISTERED:
        raise Conflict(_("The event is full: walk-ins cannot be admitted."))
    if registration is None:
        registration = Registration(instansi_id=event.instansi_id, event=event, employee=employee,
                                    walk_in=True)
    registration.status = seats.REGISTERED
    registration.employee = employee
    return _mark(actor, registration, event, Registration.CheckIn.QR, now), False


@transaction.atomic
def mark_attendance(*, actor, event: Event, present_ids, now=None) -> tuple[int, int]:
    """The organiser's list: exactly the registrations ticked are present. (marked, unmarked)."""
    if not policy.can_manage(actor, event):
        raise Forbidden(_("Only the organisers of this event record attendance."))
    event = locked(event)
    if event.status not in workflow.CHECK_IN:
        raise Conflict(_("This event is not taking check-ins (it is %(status)s).")
                       % {"status": event.get_status_display().lower()})
    wanted = {queries.positive_id(value) for value in present_ids} - {None}
    now = now or timezone.now()
    marked = unmarked = 0
    for registration in (Registration.objects.select_for_update(of=("self",)).select_related("employee")
                         .filter(event=event, status=seats.REGISTERED).order_by("id")):
        if registration.pk in wanted and registration.checked_in_at is None:
            _mark(actor, registration, event, Registration.CheckIn.HAND, now)
            marked += 1
        elif registration.pk not in wanted and registration.checked_in_at is not None:
            before = snapshot(registration, AUDITED)
            registration.checked_in_at, registration.check_in_by = None, ""
            _save(actor, registration, before)
            void_event_credit(actor=actor, employee_id=registration.employee_id,
                              source_key=learning.source_key(event.pk))
            unmarked += 1
    return marked, unmarked
