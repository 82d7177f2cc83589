"""Recording audit entries; always called inside the transaction that made the change."""

import datetime
import decimal

from django.db import models
from django.db.models.fields.files import FieldFile

from abdi.core import insert_one

from .models import AuditEntry


def _plain(value):
    if isinstance(value, datetime.date | datetime.datetime | datetime.time | decimal.Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, FieldFile):  # hasattr(url) raises ValueError on an empty file
        return value.name or ""
    return value


def snapshot(obj, fields) -> dict:
    """The current values of the named fields, as JSON-safe data (foreign keys as ids)."""
    data = {}
    for name in fields:
        field = obj._meta.get_field(name)
        attname = field.attname if isinstance(field, models.ForeignKey) else name
        data[name] = _plain(getattr(obj, attname))
    return data


def diff(before: dict, after: dict) -> dict:
    keys = set(before) | set(after)
    return {k: [before.get(k), after.get(k)] for k in sorted(keys) if before.get(k) != after.get(k)}


def record(*, actor, action, obj, before=None, after=None, employee_id=None, unit_id=None,
           agency_id=None) -> AuditEntry | None:
    """Write one entry; an update that changed nothing writes none."""
    entry = build_entry(actor=actor, action=action, obj=obj, before=before, after=after,
                        employee_id=employee_id, unit_id=unit_id, agency_id=agency_id)
    if entry is not None:
        insert_one.insert(entry)  # written with nearly every change: SQL built once
    return entry


def build_entry(*, actor, action, obj, before=None, after=None, employee_id=None, unit_id=None,
                agency_id=None) -> AuditEntry | None:
    """The unsaved entry `record` would write (imports insert thousands with bulk_create)."""
    if action not in AuditEntry.Action.values:  # the column holds these words only
        raise ValueError(f"Unknown audit action {action!r}: use AuditEntry.Action")
    changes = diff(before or {}, after or {})
    if action == AuditEntry.Action.UPDATE and not changes:
        return None
    return AuditEntry(
        instansi_id=obj.instansi_id,
        actor=actor.user if actor and actor.user else None,
        actor_label=(actor.label if actor else "system") or "system",
        ip=actor.ip if actor else "",
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        employee_id=employee_id,
        unit_id=unit_id,
        agency_id=agency_id,
        changes=changes,
    )
