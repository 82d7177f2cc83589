"""What an employee sees: events open to him, his invitations and registrations, an event's
page; registering and cancelling. Thin: parse, ask policy/queries, call services."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..rules import schedule, seats
from ..services import registrations
from .common import refused

LIST_LIMIT = 50


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    mine = list(queries.registrations_of(actor.employee_id)[:LIST_LIMIT]) if actor.employee_id \
        else []
    return render(request, "events/index.html", {
        "upcoming": list(queries.upcoming_for(actor)[:LIST_LIMIT]),
        "invitations": list(queries.invitations_for(actor)[:LIST_LIMIT]),
        "mine": mine,
        "past": list(queries.past_for(actor)[:20]),
        "organised": list(queries.organised_by(actor)[:LIST_LIMIT])
        if policy.can_organise(actor) else [],
        "may_organise": policy.can_organise(actor),
        "sees_participation": policy.can_see_participation(actor)})


@member_required
@require_GET
def detail(request, event_id):
    actor = Actor.from_request(request)
    found = queries.event_for_user(actor, event_id)
    event = found.event
    window = schedule.registration_state(timezone.now(), event.registration_opens_at,
                                         event.registration_closes_at)
    live = found.mine if found.mine is not None and found.mine.status != seats.CANCELLED else None
    return render(request, "events/detail.html", {
        "event": event, "mine": live, "window": window,
        "taken": queries.seats_taken(event),
        "may_register": (live is None and window == "open" and event.status == "open"
                         and policy.can_register(actor, event, reach=found.reach)),
        "manages": policy.can_manage(actor, event),
        "photos": list(queries.photos_of(event)[:30])})


@member_required
@require_POST
def register(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_event_for_user(actor, event_id)
    try:
        registration = registrations.register(actor=actor, event=event)
    except DomainError as error:
        return refused(request, error, reverse("events:detail", args=[event.pk]))
    if registration.status == seats.WAITING:
        messages.warning(request, _("The event is full: you are on the waiting list. We will tell "
                                    "you when a seat comes free."))
    else:
        messages.success(request, _("You are registered."))
    return redirect("events:detail", event.pk)


@member_required
@require_POST
def cancel(request, event_id):
    actor = Actor.from_request(request)
    found = queries.event_for_user(actor, event_id)
    back = reverse("events:detail", args=[found.event.pk])
    if found.mine is None:
        return refused(request, DomainError(_("You are not registered for this event.")), back)
    try:
        registrations.cancel(actor=actor, registration=found.mine)
    except DomainError as error:
        return refused(request, error, back)
    messages.success(request, _("Your registration is cancelled."))
    return redirect("events:detail", found.event.pk)
