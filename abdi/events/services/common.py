"""Parsing and checking values every event write shares; each refusal says what to fix."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError

from ..models import Event

SCHEDULE_MESSAGES = {
    "end_before_start": (gettext_lazy("An event cannot end before it starts."), "ends_at"),
    "window_reversed": (gettext_lazy("Registration must close after it opens."),
                        "registration_closes_at"),
    "window_after_event": (gettext_lazy("Registration must close before the event ends."),
                           "registration_closes_at"),
    "capacity_out_of_range": (gettext_lazy("The capacity must be between 1 and 5000."), "capacity"),
    "no_learning_minutes": (gettext_lazy("Enter the learning minutes of an event that counts as "
                                         "learning."), "learning_minutes"),
    "learning_exceeds_days": (gettext_lazy("The learning minutes do not fit in the event's days "
                                           "(at most 12 hours a day)."), "learning_minutes"),
}
EVENT_AUDITED = ["kind", "title", "description", "organiser", "place", "online_link", "starts_at",
                 "ends_at", "capacity", "registration_opens_at", "registration_closes_at",
                 "audience", "status", "counts_as_learning", "learning_minutes", "minutes_text",
                 "decisions"]


def text(value, field, *, low=1, high=200) -> str:
    cleaned = " ".join(str(value or "").split())
    if not low <= len(cleaned) <= high:
        raise DomainError(_("Write %(low)d to %(high)d characters here.") % {"low": low, "high": high},
                          field=field)
    return cleaned


def long_text(value, field, *, high=5000) -> str:
    cleaned = str(value or "").replace("\r\n", "\n").strip()
    if len(cleaned) > high:
        raise DomainError(_("This text is longer than %(high)d characters.") % {"high": high},
                          field=field)
    return cleaned


def clean_int(value, field, *, low=0, high=10**6) -> int:
    raw = str(value if value is not None else "").strip()
    if not raw.isdigit() or len(raw) > 9 or not low <= int(raw) <= high:
        raise DomainError(_("Enter a whole number from %(low)d to %(high)d.")
                          % {"low": low, "high": high}, field=field)
    return int(raw)


def clean_datetime(value, field) -> datetime.datetime:
    """A date and time typed in the government's zone ("YYYY-MM-DDTHH:MM"), made aware."""
    if isinstance(value, datetime.datetime):
        moment = value
    else:
        try:
            moment = datetime.datetime.fromisoformat(str(value or "").strip())
        except ValueError:
            raise DomainError(_("Enter the date and time as YYYY-MM-DD HH:MM."),
                              field=field) from None
    if not 2000 <= moment.year <= 2200:
        raise DomainError(_("This date is out of range."), field=field)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment.replace(second=0, microsecond=0))
    return moment


def locked(event: Event, version=None) -> Event:
    """The event row locked for this transaction (one seat at a time); with a version, the
    version the person read must still be current."""
    current = Event.objects.select_for_update(of=("self",)).select_related("organiser") \
        .get(pk=event.pk)
    if version is not None and str(current.version) != str(version):
        raise Conflict(_("Someone else changed this event in the meantime; reload it and redo "
                         "your change."))
    return current


def save_event(actor, event, before, action=AuditEntry.Action.UPDATE) -> Event:
    event.version += 1
    event.save()
    audit(actor=actor, action=action, obj=event, before=before,
          after=snapshot(event, EVENT_AUDITED), agency_id=event.organiser_id)
    return event


def local_days(event) -> tuple[datetime.date, datetime.date]:
    return timezone.localdate(event.starts_at), timezone.localdate(event.ends_at)
