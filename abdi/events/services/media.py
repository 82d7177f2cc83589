"""After the event: photos (JPEG/PNG, sniffed, 8 MB each, 30 per event) and the minutes
(notulen: a text and a list of decisions), by the organisers."""

import uuid

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy
from ..models import Event, Photo
from ..rules import photos, workflow
from .common import EVENT_AUDITED, locked, long_text, save_event

PHOTO_MESSAGES = {
    "too_many": gettext_lazy("An event keeps at most 30 photos."),
    "empty": gettext_lazy("The photo file is empty."),
    "too_large": gettext_lazy("The photo is larger than 8 MB."),
    "wrong_type": gettext_lazy("The photo must be a JPEG or PNG image."),
}
MAX_DECISIONS = 50


@transaction.atomic
def add_photo(*, actor, event: Event, upload, caption: str = "") -> Photo:
    if not policy.can_manage(actor, event):
        raise Forbidden(_("Only the organisers of this event add photos."))
    if upload is None:
        raise DomainError(_("Choose a photo to upload."), field="image")
    event = locked(event)  # the count of 30 holds under two uploads at once
    if event.status in (workflow.DRAFT, workflow.CANCELLED):
        raise Conflict(_("Photos are added once the event is under way."))
    size = getattr(upload, "size", 0) or 0
    head = b""
    if 0 < size <= photos.MAX_PHOTO_BYTES:
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
    problem = photos.photo_problem(head, size, Photo.objects.filter(event=event).count())
    if problem:
        raise DomainError(str(PHOTO_MESSAGES[problem]), field="image")
    extension, content_type = photos.sniff(head)
    photo = Photo(instansi_id=event.instansi_id, event=event, content_type=content_type,
                  caption=" ".join(str(caption or "").split())[:200], uploaded_by=actor.user)
    photo.image.save(f"{event.pk}-{uuid.uuid4().hex[:16]}.{extension}", upload, save=False)
    photo.save()
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=photo,
          after={"event": event.pk, "caption": photo.caption}, agency_id=event.organiser_id)
    return photo


@transaction.atomic
def delete_photo(*, actor, photo: Photo) -> None:
    if not policy.can_manage(actor, photo.event):
        raise Forbidden(_("Only the organisers of this event remove photos."))
    audit(actor=actor, action=AuditEntry.Action.DELETE, obj=photo,
          before={"event": photo.event_id, "caption": photo.caption},
          agency_id=photo.event.organiser_id)
    name = photo.image.name
    photo.delete()
    storage = Photo._meta.get_field("image").storage
    transaction.on_commit(lambda: storage.delete(name))


def _decisions(value) -> list[str]:
    lines = [" ".join(line.split()) for line in str(value or "").splitlines()]
    lines = [line.removeprefix("- ").strip() for line in lines if line]
    if len(lines) > MAX_DECISIONS or any(len(line) > 500 for line in lines):
        raise DomainError(_("Write at most 50 decisions of at most 500 characters each."),
                          field="decisions")
    return lines


@transaction.atomic
def save_minutes(*, actor, event: Event, version, minutes_text: str, decisions: str) -> Event:
    if not policy.can_manage(actor, event):
        raise Forbidden(_("Only the organisers of this event write its minutes."))
    event = locked(event, version)
    if event.status in (workflow.DRAFT, workflow.CANCELLED):
        raise Conflict(_("Minutes are written for an event that took place."))
    before = snapshot(event, EVENT_AUDITED)
    event.minutes_text = long_text(minutes_text, "minutes_text", high=20000)
    event.decisions = _decisions(decisions)
    return save_event(actor, event, before)
