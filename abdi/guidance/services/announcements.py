"""Publishing announcements and confirming that one has read them."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError, Forbidden, NotFound
from abdi.org.models import Unit
from abdi.people.models import Employee

from .. import policy
from ..models import Announcement, AnnouncementReceipt, AnnouncementTarget
from .common import block, check_version, line, moment

FIELDS = ("title", "body", "audience", "importance", "publish_from", "publish_until")
MAX_TARGETS = 200


def _audit_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value  # the audit log is JSON


def _snapshot(announcement, targets=()) -> dict:
    values = {name: _audit_value(getattr(announcement, name)) for name in FIELDS}
    values["targets"] = sorted(str(unit.pk) for unit in targets)
    return values


def _unit_ids(raw) -> list[int]:
    values = raw if isinstance(raw, list | tuple) else str(raw or "").replace(",", " ").split()
    ids = []
    for value in values:
        text = str(value).strip()
        if not text.isdigit() or len(text) > 12:
            raise DomainError(_("Choose the units from the list."), field="targets")
        ids.append(int(text))
    return list(dict.fromkeys(ids))


def _targets(actor, audience, raw_ids) -> list:
    """The chosen units, all of this government (others are unknown), allowed to the actor."""
    if audience == Announcement.Audience.GOVERNMENT:
        if not policy.may_address_whole_government(actor):
            raise Forbidden(_("Only the HR office addresses the whole government."))
        return []
    ids = _unit_ids(raw_ids)
    if not ids:
        raise DomainError(_("Choose at least one unit or agency."), field="targets")
    if len(ids) > MAX_TARGETS:
        raise DomainError(_("Choose at most %(n)d units.") % {"n": MAX_TARGETS}, field="targets")
    units = list(Unit.objects.filter(pk__in=ids, is_active=True))
    if len(units) != len(ids):  # another government's unit is simply not found here
        raise DomainError(_("A chosen unit does not exist."), field="targets")
    for unit in units:
        if audience == Announcement.Audience.AGENCIES and not unit.is_agency:
            raise DomainError(_("%(name)s is not an agency.") % {"name": unit.name},
                              field="targets")
        if not policy.may_address_agency(actor, unit.agency_id or unit.pk):
            raise Forbidden(_("You may only address your own agency."))
    return units


def _clean(actor, data) -> tuple[dict, list]:
    audience = str(data.get("audience") or "")
    if audience not in Announcement.Audience.values:
        raise DomainError(_("Choose who the announcement is for."), field="audience")
    importance = str(data.get("importance") or Announcement.Importance.NORMAL)
    if importance not in Announcement.Importance.values:
        raise DomainError(_("Choose the importance from the list."), field="importance")
    starts = moment(data.get("publish_from"), "publish_from", required=False) or timezone.now()
    ends = moment(data.get("publish_until"), "publish_until", required=False)
    if ends is not None and ends <= starts:
        raise DomainError(_("An announcement must end after it starts."), field="publish_until")
    values = {
        "title": line(data.get("title"), "title", low=3, high=160),
        "body": block(data.get("body"), "body", low=3, high=10000),
        "audience": audience, "importance": importance,
        "publish_from": starts, "publish_until": ends,
    }
    return values, _targets(actor, audience, data.get("targets"))


def _owner_agency_id(actor, targets):
    if actor.is_hr_admin:
        return None
    return targets[0].agency_id or targets[0].pk


def _save_targets(announcement, targets):
    AnnouncementTarget.objects.filter(announcement=announcement).delete()
    AnnouncementTarget.objects.bulk_create([
        AnnouncementTarget(instansi_id=announcement.instansi_id, announcement=announcement,
                           unit=unit, path=unit.path) for unit in targets])


def publish_announcement(*, actor, data) -> Announcement:
    if not policy.can_publish_announcements(actor):
        raise Forbidden(_("Only the HR office and agency admins publish announcements."))
    values, targets = _clean(actor, data)
    with transaction.atomic():
        announcement = Announcement.objects.create(
            instansi_id=actor.instansi_id, created_by=actor.user, created_by_label=actor.label,
            owner_agency_id=_owner_agency_id(actor, targets), **values)
        _save_targets(announcement, targets)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=announcement,
               after=_snapshot(announcement, targets))
    return announcement


def update_announcement(*, actor, announcement, version, data) -> Announcement:
    if not policy.can_manage_announcement(actor, announcement):
        raise Forbidden(_("You may not change this announcement."))
    values, targets = _clean(actor, data)
    with transaction.atomic():
        announcement = Announcement.objects.select_for_update().get(pk=announcement.pk)
        check_version(announcement, version)
        old_targets = [t.unit for t in announcement.targets.select_related("unit")]
        before = _snapshot(announcement, old_targets)
        for name, value in values.items():
            setattr(announcement, name, value)
        announcement.version += 1
        announcement.save()
        _save_targets(announcement, targets)
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=announcement, before=before,
               after=_snapshot(announcement, targets))
    return announcement


def end_announcement(*, actor, announcement, version) -> Announcement:
    """Stop showing it now (the receipts stay)."""
    if not policy.can_manage_announcement(actor, announcement):
        raise Forbidden(_("You may not change this announcement."))
    with transaction.atomic():
        announcement = Announcement.objects.select_for_update().get(pk=announcement.pk)
        check_version(announcement, version)
        before = {"publish_until": _audit_value(announcement.publish_until)}
        now = timezone.now()
        announcement.publish_until = max(now, announcement.publish_from)
        announcement.version += 1
        announcement.save(update_fields=["publish_until", "version"])
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=announcement, before=before,
               after={"publish_until": _audit_value(announcement.publish_until)})
    return announcement


def confirm_read(*, actor, announcement) -> AnnouncementReceipt:
    """"I have read it": idempotent, a second click keeps the first receipt."""
    if not policy.can_read_announcements(actor) or announcement.instansi_id != actor.instansi_id:
        raise NotFound(_("This announcement does not exist."))
    existing = AnnouncementReceipt.objects.filter(announcement=announcement,
                                                  user_id=actor.user.pk).first()
    if existing is not None:
        return existing
    agency_id = None
    if actor.employee_id:
        agency_id = Employee.objects.filter(pk=actor.employee_id).values_list(
            "agency_id", flat=True).first()
    try:
        with transaction.atomic():
            return AnnouncementReceipt.objects.create(
                instansi_id=actor.instansi_id, announcement=announcement, user_id=actor.user.pk,
                employee_id=actor.employee_id, agency_id=agency_id)
    except IntegrityError:  # the same click twice at once
        return AnnouncementReceipt.objects.get(announcement=announcement, user_id=actor.user.pk)
