"""Announcing a forum: create, edit, publish, cancel, and publishing its minutes afterwards."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import DomainError, Forbidden
from abdi.org.models import Unit

from .. import policy, rules
from ..models import Forum
from ._common import check_version, link, text

FORUM_FIELDS = ("unit", "title", "topic", "description", "starts_at", "place", "online_link",
                "capacity", "registration_closes_at")
AUDITED = (*FORUM_FIELDS, "agency", "status", "cancel_reason")
MAX_CAPACITY = 100_000

MOVE_TEXT = {
    rules.MoveRefusal.NOT_ALLOWED: gettext_lazy("This forum cannot be moved to that status."),
    rules.MoveRefusal.ALREADY_STARTED: gettext_lazy("The forum has already started; it can no "
                                                    "longer be cancelled."),
    rules.MoveRefusal.NOT_YET_HELD: gettext_lazy("The minutes can be published only after the "
                                                 "forum has started."),
}


def _moment(value, field) -> datetime:
    if not isinstance(value, datetime):
        raise DomainError(_("Enter a date and time."), field=field)
    return value if timezone.is_aware(value) else timezone.make_aware(value)


def clean_forum(actor, instansi_id, values: dict) -> dict:
    """The forum's fields, checked; raises DomainError naming the field."""
    unit_id = values.get("unit")
    unit = Unit.objects.filter(instansi_id=instansi_id, pk=getattr(unit_id, "pk", unit_id),
                               is_active=True).first() if unit_id else None
    if unit is None:
        raise DomainError(_("Choose the organising unit from the list."), field="unit")
    agency_id = unit.agency_id or unit.pk
    if not policy.may_organise_for(actor, agency_id):
        raise Forbidden(_("You may organise forums of your own perangkat daerah only."),
                        field="unit")
    try:
        capacity = int(values.get("capacity"))
    except (TypeError, ValueError):
        raise DomainError(_("Enter the capacity as a whole number."), field="capacity") from None
    if not 1 <= capacity <= MAX_CAPACITY:
        raise DomainError(_("Enter a capacity from 1 to 100000."), field="capacity")
    clean = {
        "unit": unit, "agency_id": agency_id, "capacity": capacity,
        "title": text(values.get("title"), "title", _("title"), maximum=200),
        "topic": text(values.get("topic"), "topic", _("service or topic"), maximum=200),
        "description": text(values.get("description"), "description", _("description"),
                            maximum=4000, required=False, multiline=True),
        "place": text(values.get("place"), "place", _("place"), maximum=200, required=False),
        "online_link": link(values.get("online_link"), "online_link"),
        "starts_at": _moment(values.get("starts_at"), "starts_at"),
        "registration_closes_at": _moment(values.get("registration_closes_at"),
                                          "registration_closes_at"),
    }
    if not clean["place"] and not clean["online_link"]:
        raise DomainError(_("Enter the place or the online link."), field="place")
    problem = rules.schedule_problem(starts_at=clean["starts_at"], capacity=capacity,
                                     closes_at=clean["registration_closes_at"])
    if problem:
        raise DomainError(_("Registration must close no later than the start of the forum."),
                          field="registration_closes_at")
    return clean


@transaction.atomic
def create_forum(*, actor, instansi_id, values: dict) -> Forum:
    if not policy.can_create_forum(actor, instansi_id):
        raise Forbidden(_("Only BKPSDM or an agency admin organises public consultation forums."))
    clean = clean_forum(actor, instansi_id, values)
    forum = Forum.objects.create(instansi_id=instansi_id, created_by=actor.user, **clean)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=forum,
           after=snapshot(forum, AUDITED), agency_id=forum.agency_id)
    return forum


def _locked(actor, forum) -> Forum:
    locked = Forum.objects.select_for_update().get(pk=forum.pk)
    if not policy.can_manage_forum(actor, locked):
        raise Forbidden(_("You may not change this forum."))
    return locked


def _save(actor, forum, before, fields):
    forum.version += 1
    forum.save(update_fields=[*fields, "version", "updated_at"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=forum, before=before,
           after=snapshot(forum, AUDITED), agency_id=forum.agency_id)
    return forum


@transaction.atomic
def update_forum(*, actor, forum: Forum, values: dict, version) -> Forum:
    locked = _locked(actor, forum)
    check_version(locked.version, version)
    if locked.status not in rules.EDITABLE_STATUSES:
        raise DomainError(_("A cancelled or concluded forum can no longer be edited."))
    clean = clean_forum(actor, locked.instansi_id, values)
    if clean["capacity"] < locked.registrations.count():
        raise DomainError(_("More citizens have already registered than this capacity."),
                          field="capacity")
    before = snapshot(locked, AUDITED)
    for name, value in clean.items():
        setattr(locked, name, value)
    return _save(actor, locked, before, list(clean))


def _move(locked, target):
    refusal = rules.forum_move_refusal(locked.status, target, now=timezone.now(),
                                       starts_at=locked.starts_at)
    if refusal:
        raise DomainError(str(MOVE_TEXT[refusal]))
    locked.status = target


@transaction.atomic
def publish_forum(*, actor, forum: Forum, version) -> Forum:
    """Announce it: the public page shows it and citizens may register until the deadline."""
    locked = _locked(actor, forum)
    check_version(locked.version, version)
    if locked.registration_closes_at <= timezone.now():
        raise DomainError(_("The registration deadline has passed; move it before announcing."))
    before = snapshot(locked, AUDITED)
    _move(locked, Forum.Status.PUBLISHED)
    return _save(actor, locked, before, ["status"])


@transaction.atomic
def cancel_forum(*, actor, forum: Forum, reason: str, version) -> Forum:
    locked = _locked(actor, forum)
    check_version(locked.version, version)
    reason = text(reason, "reason", _("reason"), maximum=500)
    before = snapshot(locked, AUDITED)
    _move(locked, Forum.Status.CANCELLED)
    locked.cancel_reason = reason
    return _save(actor, locked, before, ["status", "cancel_reason"])


def check_minutes_file(upload) -> None:
    """The minutes attachment is a PDF of at most 10 MB, known by its content."""
    if upload.size > rules.MAX_MINUTES_BYTES:
        raise DomainError(_("The minutes file is too large; the limit is 10 MB."),
                          field="minutes_file")
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if not rules.is_pdf(head):
        raise DomainError(_("The minutes file must be a PDF."), field="minutes_file")


@transaction.atomic
def publish_minutes(*, actor, forum: Forum, minutes: str, upload=None, version) -> Forum:
    """Publish (or correct) the notulen after the forum started; the forum becomes concluded."""
    locked = _locked(actor, forum)
    check_version(locked.version, version)
    minutes = text(minutes, "minutes", _("minutes"), maximum=20_000, multiline=True)
    if upload:
        check_minutes_file(upload)
    before = snapshot(locked, (*AUDITED, "minutes", "minutes_file"))
    if locked.status != Forum.Status.CONCLUDED:
        _move(locked, Forum.Status.CONCLUDED)
        locked.minutes_published_at = timezone.now()
    locked.minutes = minutes
    if upload:
        upload.name = f"notulen-{locked.pk}.pdf"
        locked.minutes_file.save(upload.name, upload, save=False)
    locked.version += 1
    locked.save(update_fields=["status", "minutes", "minutes_file", "minutes_published_at",
                               "version", "updated_at"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, (*AUDITED, "minutes", "minutes_file")),
           agency_id=locked.agency_id)
    return locked
