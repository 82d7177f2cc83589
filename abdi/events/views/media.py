"""Photos (served through a permission check) and the minutes of an event."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..services import media


@member_required
@require_http_methods(["GET", "POST"])
def photos(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_event_for_user(actor, event_id)
    manages = policy.can_manage(actor, event)
    error, code = None, 200
    if request.method == "POST":
        if not manages:
            raise Http404
        try:
            media.add_photo(actor=actor, event=event, upload=request.FILES.get("image"),
                            caption=request.POST.get("caption", "")[:400])
        except DomainError as e:
            error, code = e.message, e.status
        else:
            messages.success(request, _("The photo is added."))
            return redirect("events:photos", event.pk)
    return render(request, "events/photos.html", {
        "event": event, "photos": list(queries.photos_of(event)), "manages": manages,
        "error": error}, status=code)


@member_required
@require_GET
def photo(request, event_id, photo_id):
    actor = Actor.from_request(request)
    found = queries.get_photo_for_user(actor, event_id, photo_id)
    try:
        handle = found.image.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(handle, content_type=found.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@member_required
@require_POST
def photo_delete(request, event_id, photo_id):
    actor = Actor.from_request(request)
    found = queries.get_photo_for_user(actor, event_id, photo_id)
    if not policy.can_manage(actor, found.event):
        raise Http404
    media.delete_photo(actor=actor, photo=found)
    messages.success(request, _("The photo is removed."))
    return redirect("events:photos", found.event_id)


@member_required
@require_http_methods(["GET", "POST"])
def minutes(request, event_id):
    actor = Actor.from_request(request)
    event = queries.get_event_for_user(actor, event_id)
    manages = policy.can_manage(actor, event)
    values = {"minutes_text": event.minutes_text, "decisions": "\n".join(event.decisions or [])}
    error, field, code = None, None, 200
    if request.method == "POST":
        if not manages:
            raise Http404
        values = {"minutes_text": request.POST.get("minutes_text", "")[:40000],
                  "decisions": request.POST.get("decisions", "")[:40000]}
        try:
            media.save_minutes(actor=actor, event=event, version=request.POST.get("version"),
                               **values)
        except DomainError as e:
            error, field, code = e.message, e.field, e.status
        else:
            messages.success(request, _("The minutes are saved."))
            return redirect("events:minutes", event.pk)
    return render(request, "events/minutes.html", {
        "event": event, "manages": manages, "values": values, "error": error,
        "error_field": field, "back_url": reverse("events:detail", args=[event.pk])}, status=code)
