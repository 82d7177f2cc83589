"""The catalogue: what an employee may join (recommended first), an event's page, and BKPSDM's
forms for institutions and events. Thin: parse, ask policy/queries, call services."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import FORM_CHOICES, Institution, TrainingEvent
from ..services import events as event_services
from ..services import records as record_services

EVENT_FIELDS = ("title", "form", "institution", "description", "starts_on", "ends_on", "minutes",
                "stated_jp", "quota", "cost", "place", "competency_codes", "status")


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    year = timezone.localdate().year
    standing = queries.standing_of(actor.employee_id, year) if actor.employee_id else None
    return render(request, "training/index.html", {
        "recommended": queries.recommended_events(actor.instansi_id, actor.employee_id),
        "events": list(queries.open_events()[:50]),
        "mine": list(queries.records_of(actor.employee_id)[:50]) if actor.employee_id else [],
        "standing": standing, "year": year,
        "manages": policy.can_manage_catalogue(actor),
        "approvals": queries.pending_approvals(actor).count() if actor.is_supervisor else 0,
        "may_report": policy.can_report_external(actor)})


@member_required
@require_GET
def event_detail(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_event(event_id)
    manages = policy.can_manage_catalogue(actor)
    names = queries.competency_names(actor.instansi_id)
    return render(request, "training/event.html", {
        "event": event, "manages": manages,
        "codes": [(code, names.get(code, "")) for code in queries.event_codes(event)],
        "seats": queries.seats_taken(event),
        "mine": queries.live_record(event, actor.employee_id) if actor.employee_id else None,
        "may_register": policy.can_register(actor, event),
        "participants": list(queries.participants(event)) if manages else [],
        "evaluation": queries.evaluation_summary(event) if manages else None})


@member_required
@require_POST
def register(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_event(event_id)
    try:
        record = record_services.register(actor=actor, event=event)
    except DomainError as error:
        return render(request, "training/refused.html", {
            "error": error.message, "back_url": reverse("training:event", args=[event.pk])},
            status=error.status)
    messages.success(request, _("You are registered; your atasan decides next."))
    return redirect("training:record", record.pk)


def _hr(request):
    actor = Actor.from_request(request)
    if not policy.can_manage_catalogue(actor):
        raise Http404
    return actor


@member_required
@require_GET
def manage(request):
    _hr(request)
    return render(request, "training/manage.html", {
        "events": list(queries.events_for_hr().order_by("-starts_on", "-id")[:200]),
        "reports": list(queries.reports_to_verify()[:200])})


def _event_form(request, event, values, *, error=None, field=None, status=200):
    return render(request, "training/event_form.html", {
        "event": event, "values": values, "error": error, "error_field": field,
        "forms": FORM_CHOICES, "institutions": list(queries.institutions()),
        "statuses": TrainingEvent.Status.choices}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def event_create(request):
    actor = _hr(request)
    if request.method == "POST":
        values = {name: request.POST.get(name, "") for name in EVENT_FIELDS}
        try:
            event = event_services.create_event(actor=actor, data=values)
        except DomainError as error:
            return _event_form(request, None, values, error=error.message, field=error.field,
                               status=error.status)
        messages.success(request, _("The training is in the catalogue."))
        return redirect("training:event", event.pk)
    return _event_form(request, None, {"status": "open"})


@member_required
@require_http_methods(["GET", "POST"])
def event_edit(request, event_id):
    actor = _hr(request)
    event = queries.get_event(event_id)
    if request.method == "POST":
        values = {name: request.POST.get(name, "") for name in EVENT_FIELDS}
        try:
            event_services.update_event(actor=actor, event=event,
                                        version=request.POST.get("version"), data=values)
        except DomainError as error:
            return _event_form(request, event, values, error=error.message, field=error.field,
                               status=error.status)
        messages.success(request, _("The training is saved."))
        return redirect("training:event", event.pk)
    values = {name: getattr(event, name) for name in EVENT_FIELDS}
    values["institution"] = event.institution_id
    values["competency_codes"] = ", ".join(queries.event_codes(event))
    values["stated_jp"] = "" if event.stated_jp is None else event.stated_jp
    values["starts_on"], values["ends_on"] = event.starts_on.isoformat(), event.ends_on.isoformat()
    return _event_form(request, event, values)


@member_required
@require_http_methods(["GET", "POST"])
def institutions(request):
    actor = _hr(request)
    error, field, status, values = None, None, 200, {}
    if request.method == "POST":
        values = {name: request.POST.get(name, "") for name in ("name", "kind", "city")}
        try:
            event_services.create_institution(actor=actor, **values)
        except DomainError as e:
            error, field, status = e.message, e.field, e.status
        else:
            messages.success(request, _("The institution is added."))
            return redirect("training:institutions")
    return render(request, "training/institutions.html", {
        "institutions": list(queries.institutions()), "kinds": Institution.Kind.choices,
        "values": values, "error": error, "error_field": field}, status=status)
