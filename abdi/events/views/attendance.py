"""Registrations and attendance: the organiser's list (with hand marking and CSV), the rotating
QR screen, and the link a participant opens after scanning it."""

import csv

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..rules import checkin
from ..services import attendance
from .common import refused


@member_required
@require_GET
def registrations(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_managed_event(actor, event_id)
    rows = list(queries.registrations_for_organiser(event))
    return render(request, "events/registrations.html", {
        "event": event, "rows": rows, "may_export": policy.can_export(actor, event),
        "attended": sum(1 for r in rows if r.checked_in_at)})


@member_required
@require_POST
def mark(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_managed_event(actor, event_id)
    try:
        marked, unmarked = attendance.mark_attendance(
            actor=actor, event=event, present_ids=request.POST.getlist("present")[:5000])
    except DomainError as error:
        return refused(request, error, reverse("events:registrations", args=[event.pk]))
    messages.success(request, _("Attendance saved: %(marked)d marked present, %(unmarked)d "
                                "unmarked.") % {"marked": marked, "unmarked": unmarked})
    return redirect("events:registrations", event.pk)


def _cell(value) -> str:
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text  # no formulas in a sheet


@member_required
@require_GET
def export(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_managed_event(actor, event_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="acara-{event.pk}-peserta.csv"'
    writer = csv.writer(response)
    writer.writerow([_("NIP"), _("Name"), _("Unit"), _("Status"), _("Walk-in"), _("Checked in at")])
    for r in queries.registrations_for_organiser(event):
        when = timezone.localtime(r.checked_in_at).strftime("%Y-%m-%d %H:%M") \
            if r.checked_in_at else ""
        writer.writerow([_cell(r.employee.nip), _cell(r.employee.name), _cell(r.employee.unit.name),
                         r.get_status_display(), _("yes") if r.walk_in else "", when])
    return response


@member_required
@require_GET
def screen(request, event_id):
    """The organiser's phone or projector: a QR code that changes every minute."""
    import segno

    actor = Actor.from_request(request)
    event = queries.get_managed_event(actor, event_id)
    url = request.build_absolute_uri(
        reverse("events:check_in", args=[event.pk, attendance.make_token(event)]))
    return render(request, "events/screen.html", {
        "event": event, "url": url, "refresh": checkin.WINDOW_SECONDS // 2,
        "qr_svg": segno.make(url, error="m").svg_data_uri(scale=6, border=2),
        "taken": queries.seats_taken(event)})


@member_required
@require_GET
def check_in(request, event_id, token):
    """Opened from the scanned QR code. A GET that writes: the fresh signed token, shown only on
    the organiser's screen, is the proof of presence a cross-site form could never have."""
    actor = Actor.from_request(request)
    event = queries.get_event_for_user(actor, event_id)
    try:
        registration, already = attendance.check_in(actor=actor, event=event, token=token)
    except DomainError as error:
        return refused(request, error, reverse("events:detail", args=[event.pk]),
                       title=_("Check-in refused"))
    return render(request, "events/checked_in.html", {
        "event": event, "registration": registration, "already": already,
        "at": timezone.localtime(registration.checked_in_at)})
