"""Changing governments and their working calendars: each change in one transaction, audited.

Operators have no request scope, so every tenant row here is reached through an explicit
scope on the government concerned.
"""

import secrets

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django_scopes import scope
from PIL import Image, UnidentifiedImageError

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from . import policy, queries
from .models import Holiday, Instansi

INSTANSI_FIELDS = ["slug", "name", "kind", "seat", "province", "logo", "time_zone",
                   "appraisal_period", "work_weekdays", "is_active"]
HOLIDAY_FIELDS = ["date", "name"]

LOGO_MAX_BYTES = 512 * 1024
LOGO_MAX_PIXELS = 4096 * 4096
# Pillow's format name -> the extension the stored file gets.
LOGO_FORMATS = {"PNG": "png", "JPEG": "jpg"}


class _AuditSubject:
    """A government's own changes are filed in its own audit trail."""

    def __init__(self, instansi: Instansi):
        self.pk = instansi.pk
        self.instansi_id = instansi.pk
        self._meta = instansi._meta
        self._label = str(instansi)

    def __str__(self):
        return self._label


def _full_clean(obj, *, exclude=None) -> None:
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as exc:
        errors = exc.message_dict if hasattr(exc, "error_dict") else {NON_FIELD_ERRORS: exc.messages}
        field, messages = next(iter(errors.items()))
        raise DomainError(
            messages[0], field=None if field == NON_FIELD_ERRORS else field, errors=errors
        ) from exc


def check_logo(upload) -> str:
    """The extension for an uploaded logo, or DomainError unless it is a small PNG or JPEG."""
    too_big = _("The logo may be at most %(size)s KB.") % {"size": LOGO_MAX_BYTES // 1024}
    if upload.size is None or upload.size > LOGO_MAX_BYTES:
        raise DomainError(too_big, field="logo")
    not_image = _("The logo must be a PNG or JPEG image.")
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (Image.DecompressionBombError, UnidentifiedImageError, OSError, SyntaxError,
            ValueError) as exc:
        raise DomainError(not_image, field="logo") from exc
    finally:
        upload.seek(0)
    if image_format not in LOGO_FORMATS:
        raise DomainError(not_image, field="logo")
    if width * height > LOGO_MAX_PIXELS:
        raise DomainError(_("The logo is too large; use at most 4096 by 4096 pixels."),
                          field="logo")
    return LOGO_FORMATS[image_format]


def _weekdays(value) -> str:
    """Working weekdays (Monday 0 … Sunday 6) as stored: "0,1,2,3,4"."""
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    try:
        days = sorted({int(day) for day in value})
    except (TypeError, ValueError):
        days = []
    if not days or any(day < 0 or day > 6 for day in days):
        raise DomainError(_("Choose at least one working day of the week."),
                          field="work_weekdays")
    return ",".join(str(day) for day in days)


def _apply(instansi: Instansi, fields: dict) -> None:
    for name, value in fields.items():
        if name == "logo":
            if value:
                extension = check_logo(value)
                value.name = f"{instansi.slug or 'logo'}-{secrets.token_hex(4)}.{extension}"
                instansi.logo = value
            else:
                instansi.logo = ""
        elif name == "work_weekdays":
            instansi.work_weekdays = _weekdays(value)
        elif isinstance(value, str):
            setattr(instansi, name, value.strip())
        else:
            setattr(instansi, name, value)


def _check_slug(instansi: Instansi) -> None:
    instansi.slug = (instansi.slug or "").strip().lower()
    if Instansi.objects.filter(slug=instansi.slug).exclude(pk=instansi.pk).exists():
        raise Conflict(_("A government with this code already exists."), field="slug")


def _save(instansi: Instansi) -> None:
    _full_clean(instansi, exclude=["logo"])
    try:
        with transaction.atomic():
            instansi.save()
    except IntegrityError as exc:
        raise Conflict(_("A government with this code already exists."), field="slug") from exc


@transaction.atomic
def create_instansi(*, actor, **fields) -> Instansi:
    """Register a government on the platform (operators only)."""
    if not policy.can_manage_governments(actor):
        raise Forbidden(_("Only a platform operator may add a government."))
    unknown = set(fields) - policy.OPERATOR_FIELDS
    if unknown:
        raise DomainError(_("Unknown settings: %(names)s.") % {"names": ", ".join(sorted(unknown))})
    instansi = Instansi()
    _apply(instansi, fields)
    _check_slug(instansi)
    _save(instansi)
    with scope(instansi=instansi.pk):
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=_AuditSubject(instansi),
               after=snapshot(instansi, INSTANSI_FIELDS))
    return instansi


@transaction.atomic
def update_instansi(*, actor, instansi: Instansi, expected_version: int | None = None,
                    **fields) -> Instansi:
    """Change a government's settings; an HR admin may not touch its code, kind or status."""
    allowed = policy.editable_fields(actor, instansi)
    if not allowed:
        raise Forbidden(_("You may not change this government's settings."))
    refused = set(fields) - allowed
    if refused:
        raise Forbidden(_("You may not change: %(names)s.") % {"names": ", ".join(sorted(refused))})
    locked = Instansi.objects.select_for_update().get(pk=instansi.pk)
    if expected_version is not None and locked.version != expected_version:
        raise Conflict(_("Someone else changed these settings meanwhile. Reload and try again."))
    before = snapshot(locked, INSTANSI_FIELDS)
    _apply(locked, fields)
    locked.version += 1
    if "slug" in fields:
        _check_slug(locked)
    _save(locked)
    with scope(instansi=locked.pk):
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=_AuditSubject(locked),
               before=before, after=snapshot(locked, INSTANSI_FIELDS))
    return locked


@transaction.atomic
def add_holiday(*, actor, instansi: Instansi, date, name: str) -> Holiday:
    """Add a day off to the working calendar; one per date."""
    if not policy.can_manage_calendar(actor, instansi):
        raise Forbidden(_("You may not change this government's calendar."))
    with scope(instansi=instansi.pk):
        if Holiday.objects.filter(date=date).exists():
            raise Conflict(
                _("%(date)s is already in the calendar.") % {"date": date.isoformat()},
                field="date",
            )
        holiday = Holiday(instansi=instansi, date=date, name=(name or "").strip())
        _full_clean(holiday)
        try:
            with transaction.atomic():
                holiday.save()
        except IntegrityError as exc:
            raise Conflict(
                _("%(date)s is already in the calendar.") % {"date": date.isoformat()},
                field="date",
            ) from exc
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=holiday,
               after=snapshot(holiday, HOLIDAY_FIELDS))
    queries.forget_holidays(instansi.pk)
    return holiday


@transaction.atomic
def remove_holiday(*, actor, holiday: Holiday) -> None:
    if not policy.can_manage_calendar(actor, holiday.instansi):
        raise Forbidden(_("You may not change this government's calendar."))
    with scope(instansi=holiday.instansi_id):
        before = snapshot(holiday, HOLIDAY_FIELDS)
        record(actor=actor, action=AuditEntry.Action.DELETE, obj=holiday, before=before)
        Holiday.objects.filter(pk=holiday.pk).delete()
    queries.forget_holidays(holiday.instansi_id)
