"""HR's catalogue: institutions and training events. Each write is one transaction with its audit
entry; an edit names the version it read (stale → 409)."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy
from ..models import Institution, TrainingEvent
from ..rules.jp import Form
from .common import clean_codes, clean_int, schedule, text

EVENT_FIELDS = ["title", "form", "institution", "description", "starts_on", "ends_on", "minutes",
                "stated_jp", "quota", "cost", "place", "competency_codes", "status"]


def _require_hr(actor):
    if not policy.can_manage_catalogue(actor):
        raise Forbidden(_("Only BKPSDM manages the training catalogue."))


@transaction.atomic
def create_institution(*, actor, name: str, kind: str, city: str = "") -> Institution:
    _require_hr(actor)
    name = text(name, "name", low=3, high=160)
    if kind not in Institution.Kind.values:
        raise DomainError(_("Choose a kind from the list."), field="kind")
    if Institution.objects.filter(name__iexact=name).exists():
        raise Conflict(_("This institution exists already."))
    institution = Institution.objects.create(instansi_id=actor.instansi_id, name=name, kind=kind,
                                             city=" ".join(str(city or "").split())[:80])
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=institution,
           after=snapshot(institution, ["name", "kind", "city"]))
    return institution


def _values(data: dict) -> dict:
    form = str(data.get("form") or "")
    if form not in Form.__members__.values():
        raise DomainError(_("Choose a form from the list."), field="form")
    institution = data.get("institution")
    if not isinstance(institution, Institution):
        institution = Institution.objects.filter(pk=clean_int(institution, "institution")).first()
        if institution is None:
            raise DomainError(_("Choose the organiser from the list."), field="institution")
    starts_on, ends_on, minutes, stated_jp = schedule(
        data.get("starts_on"), data.get("ends_on"), data.get("minutes"), data.get("stated_jp"))
    quota = clean_int(data.get("quota"), "quota")
    if not quota or quota > 10000:
        raise DomainError(_("The quota is a number from 1 to 10000."), field="quota")
    cost = clean_int(data.get("cost") or 0, "cost")
    return {"title": text(data.get("title"), "title", low=5, high=200), "form": form,
            "institution": institution, "starts_on": starts_on, "ends_on": ends_on,
            "minutes": minutes, "stated_jp": stated_jp, "quota": quota, "cost": cost,
            "description": str(data.get("description") or "").strip()[:4000],
            "place": " ".join(str(data.get("place") or "").split())[:160],
            "competency_codes": clean_codes(data.get("competency_codes"))}


@transaction.atomic
def create_event(*, actor, data: dict) -> TrainingEvent:
    _require_hr(actor)
    event = TrainingEvent.objects.create(instansi_id=actor.instansi_id, **_values(data))
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=event,
           after=snapshot(event, EVENT_FIELDS))
    return event


@transaction.atomic
def update_event(*, actor, event: TrainingEvent, version, data: dict) -> TrainingEvent:
    _require_hr(actor)
    current = TrainingEvent.objects.select_for_update().get(pk=event.pk)
    if str(current.version) != str(version):
        raise Conflict(_("Someone else changed this training in the meantime; reload it and "
                         "redo your change."))
    before = snapshot(current, EVENT_FIELDS)
    for name, value in _values(data).items():
        setattr(current, name, value)
    status = str(data.get("status") or current.status)
    if status not in TrainingEvent.Status.values:
        raise DomainError(_("Choose a status from the list."), field="status")
    current.status = status
    current.version += 1
    current.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=current, before=before,
           after=snapshot(current, EVENT_FIELDS))
    return current


@transaction.atomic
def update_training_policy(*, actor, minimum_jp, reminder_month, reminder_day):
    """The government's minimum JP a year and the day reminders start (BKPSDM)."""
    from ..models import TrainingPolicy

    _require_hr(actor)
    minimum = clean_int(minimum_jp, "minimum_jp")
    if not 1 <= minimum <= 200:
        raise DomainError(_("The minimum is a number of JP from 1 to 200."), field="minimum_jp")
    month, day = clean_int(reminder_month, "reminder_month"), clean_int(reminder_day, "reminder_day")
    try:
        datetime.date(2025, month, day)  # a non-leap year: 29 February would skip some years
    except ValueError:
        raise DomainError(_("This reminder day does not exist."), field="reminder_day") from None
    setting, _created = TrainingPolicy.objects.select_for_update().get_or_create(
        instansi_id=actor.instansi_id)
    before = snapshot(setting, ["minimum_jp", "reminder_month", "reminder_day"])
    setting.minimum_jp, setting.reminder_month, setting.reminder_day = minimum, month, day
    setting.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=setting, before=before,
           after=snapshot(setting, ["minimum_jp", "reminder_month", "reminder_day"]))
    return setting
