"""The organiser's forms: create and edit an event, move its status, invite and withdraw
invitations."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import Event
from ..services import events as event_services
from .common import refused

FIELDS = ("kind", "title", "description", "organiser", "place", "online_link", "starts_at",
          "ends_at", "capacity", "registration_opens_at", "registration_closes_at", "audience",
          "counts_as_learning", "learning_minutes", "status")
TIME_FIELDS = ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at")


def _form(request, actor, event, values, *, error=None, field=None, status=200):
    return render(request, "events/form.html", {
        "event": event, "values": values, "error": error, "error_field": field,
        "kinds": Event.Kind.choices, "audiences": Event.Audience.choices,
        "agencies": list(queries.agencies_for(actor))}, status=status)


def _posted(request) -> dict:
    return {name: request.POST.get(name, "")[:20000] for name in FIELDS}


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    actor = Actor.from_request(request)
    if not policy.can_organise(actor):
        raise Http404
    if request.method == "POST":
        values = _posted(request)
        try:
            event = event_services.create_event(actor=actor, data=values)
        except DomainError as error:
            return _form(request, actor, None, values, error=error.message, field=error.field,
                         status=error.status)
        messages.success(request, _("The event is saved."))
        return redirect("events:detail", event.pk)
    return _form(request, actor, None, {"audience": "government", "capacity": 50,
                                        "kind": "workshop", "status": "draft"})


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_managed_event(actor, event_id)
    if request.method == "POST":
        values = _posted(request)
        try:
            event_services.update_event(actor=actor, event=event,
                                        version=request.POST.get("version"), data=values)
        except DomainError as error:
            return _form(request, actor, event, values, error=error.message, field=error.field,
                         status=error.status)
        messages.success(request, _("The event is saved."))
        return redirect("events:detail", event.pk)
    values = {name: getattr(event, name, "") for name in FIELDS}
    values["organiser"] = event.organiser_id
    for name in TIME_FIELDS:
        values[name] = timezone.localtime(getattr(event, name)).strftime("%Y-%m-%dT%H:%M")
    return _form(request, actor, event, values)


@member_required
@require_POST
def status(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_managed_event(actor, event_id)
    try:
        event_services.change_status(actor=actor, event=event, version=request.POST.get("version"),
                                     target=str(request.POST.get("status", ""))[:20])
    except DomainError as error:
        return refused(request, error, reverse("events:detail", args=[event.pk]))
    messages.success(request, _("The event's status is changed."))
    return redirect("events:detail", event.pk)


@member_required
@require_http_methods(["GET", "POST"])
def invitations(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_managed_event(actor, event_id)
    error, field, code = None, None, 200
    if request.method == "POST":
        try:
            event_services.invite(actor=actor, event=event, unit_id=request.POST.get("unit"),
                                  nip=request.POST.get("nip", "")[:40])
        except DomainError as e:
            error, field, code = e.message, e.field, e.status
        else:
            messages.success(request, _("The invitation is sent."))
            return redirect("events:invitations", event.pk)
    return render(request, "events/invitations.html", {
        "event": event, "invitations": list(queries.invitations_of(event)),
        "units": list(queries.invitable_units().only("pk", "name", "depth")),
        "withdrawable": event.status not in (Event.Status.DONE, Event.Status.CANCELLED),
        "error": error, "error_field": field}, status=code)


@member_required
@require_POST
def withdraw_invitation(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_event_for_user(actor, event_id)  # 404 unless this person may see it
    back = reverse("events:invitations", args=[event.pk])
    try:
        done = event_services.withdraw_invitation(
            actor=actor, event=event, invitation_id=request.POST.get("invitation", "")[:20])
    except DomainError as error:
        return refused(request, error, back, title=_("Withdraw an invitation"))
    if done.kept_registrations:
        messages.success(request, ngettext(
            "The invitation is withdrawn. %(n)d registered person was invited only through it: "
            "they keep their registration (nobody is unregistered).",
            "The invitation is withdrawn. %(n)d registered people were invited only through it: "
            "they keep their registration (nobody is unregistered).",
            done.kept_registrations) % {"n": done.kept_registrations})
    else:
        messages.success(request, _("The invitation is withdrawn. Those already registered keep "
                                    "their registration (nobody is unregistered)."))
    return redirect(back)
