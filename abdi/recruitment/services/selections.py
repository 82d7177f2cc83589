"""Selections and their openings: created and published by BKPSDM."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError
from abdi.org.models import Position
from abdi.workforce.queries import approved_formation

from ..models import Opening, Selection
from ..rules import eligibility
from .common import check_version, require_manager

SELECTION_FIELDS = ("kind", "year", "name", "registration_opens", "registration_closes",
                    "reference_date", "sanggah_days", "announcement")
OPENING_FIELDS = ("position", "title", "quota", "education_levels", "majors", "min_age", "max_age",
                  "certificates", "description", "formation_ref")


def _clean_selection(values: dict) -> dict:
    clean = {k: values[k] for k in SELECTION_FIELDS if k in values}
    if clean["registration_closes"] < clean["registration_opens"]:
        raise DomainError(_("Registration cannot close before it opens."),
                          field="registration_closes")
    if not 1 <= clean["sanggah_days"] <= 30:
        raise DomainError(_("The sanggah period is 1 to 30 days."), field="sanggah_days")
    return clean


@transaction.atomic
def create_selection(*, actor, instansi_id, values: dict) -> Selection:
    require_manager(actor, instansi_id)
    clean = _clean_selection(values)
    if Selection.objects.filter(name=clean["name"]).exists():
        raise Conflict(_("A selection with this name exists."), field="name")
    selection = Selection.objects.create(instansi_id=instansi_id, **clean)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=selection,
           after=snapshot(selection, SELECTION_FIELDS))
    return selection


@transaction.atomic
def update_selection(*, actor, selection, values: dict, version) -> Selection:
    locked = Selection.objects.select_for_update().get(pk=selection.pk)
    require_manager(actor, locked.instansi_id)
    check_version(locked, version)
    clean = _clean_selection(values)
    if Selection.objects.filter(name=clean["name"]).exclude(pk=locked.pk).exists():
        raise Conflict(_("A selection with this name exists."), field="name")
    if locked.applications.exists() and clean["kind"] != locked.kind:
        raise Conflict(_("Applications exist; the kind cannot change."), field="kind")
    before = snapshot(locked, SELECTION_FIELDS)
    for name, value in clean.items():
        setattr(locked, name, value)
    locked.version += 1
    locked.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, SELECTION_FIELDS))
    return locked


@transaction.atomic
def publish_selection(*, actor, selection, version) -> Selection:
    locked = Selection.objects.select_for_update().get(pk=selection.pk)
    require_manager(actor, locked.instansi_id)
    check_version(locked, version)
    if locked.is_published:
        raise Conflict(_("The selection is already published."))
    if not locked.openings.exists():
        raise DomainError(_("Add at least one opening before publishing."))
    locked.published_at = timezone.now()
    locked.version += 1
    locked.save(update_fields=["published_at", "version"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked,
           before={"published": False}, after={"published": True})
    return locked


def _clean_opening(selection, values: dict) -> dict:
    clean = {k: values.get(k) for k in OPENING_FIELDS}
    position = clean["position"]
    if not isinstance(position, Position):
        position = Position.objects.filter(pk=position, is_active=True).first()
    if position is None:
        raise DomainError(_("Choose a position of this government."), field="position")
    clean["position"] = position
    clean["title"] = (clean.get("title") or "").strip() or position.name
    if not clean.get("quota") or clean["quota"] < 1:
        raise DomainError(_("The quota is at least 1."), field="quota")
    levels = [str(x).upper() for x in clean.get("education_levels") or ()]
    unknown = [x for x in levels if x not in eligibility.EDUCATION_LEVELS]
    if unknown:
        raise DomainError(_("Unknown education level: %(level)s") % {"level": unknown[0]},
                          field="education_levels")
    clean["education_levels"] = levels
    default_min, default_max = eligibility.AGE_LIMITS[selection.kind]
    if clean.get("min_age") is None:
        clean["min_age"] = default_min
    if clean.get("max_age") is None:
        clean["max_age"] = default_max
    if clean["min_age"] > clean["max_age"]:
        raise DomainError(_("The minimum age is above the maximum age."), field="min_age")
    for name in ("majors", "certificates", "description"):
        clean[name] = (clean.get(name) or "").strip()
    return clean


@transaction.atomic
def add_opening(*, actor, selection, values: dict) -> Opening:
    require_manager(actor, selection.instansi_id)
    clean = _clean_opening(selection, values)
    opening = Opening.objects.create(instansi_id=selection.instansi_id, selection=selection,
                                     unit_id=clean["position"].unit_id, **clean)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=opening,
           after=snapshot(opening, OPENING_FIELDS))
    return opening


@transaction.atomic
def update_opening(*, actor, opening, values: dict, version) -> Opening:
    locked = Opening.objects.select_for_update().select_related("selection").get(pk=opening.pk)
    require_manager(actor, locked.instansi_id)
    check_version(locked, version)
    clean = _clean_opening(locked.selection, values)
    if locked.applications.exists() and clean["position"].pk != locked.position_id:
        raise Conflict(_("Applications exist; the position cannot change."), field="position")
    before = snapshot(locked, OPENING_FIELDS)
    for name, value in clean.items():
        setattr(locked, name, value)
    locked.unit_id = clean["position"].unit_id
    locked.version += 1
    locked.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after=snapshot(locked, OPENING_FIELDS))
    return locked


@transaction.atomic
def add_openings_from_formation(*, actor, selection) -> list[Opening]:
    """One opening per position the approved formation proposal of the selection's year asks to
    recruit (ABK → formasi): quota = the proposed number, formation_ref = the proposal. Positions
    that already have an opening in this selection are left as they are, so it may be repeated."""
    require_manager(actor, selection.instansi_id)
    rows = [row for row in approved_formation(selection.instansi_id, selection.year)
            if (row.get("proposed") or 0) > 0]
    if not rows:
        raise DomainError(_("No approved formation proposal for %(year)s asks to recruit anyone.")
                          % {"year": selection.year})
    taken = set(selection.openings.values_list("position_id", flat=True))
    positions = Position.objects.in_bulk([row["position_id"] for row in rows])
    made = []
    for row in rows:
        position = positions.get(row["position_id"])
        if position is None or position.pk in taken or not position.is_active:
            continue
        values = {"position": position, "title": row["position_name"], "quota": row["proposed"],
                  "formation_ref": row.get("proposal_id")}
        clean = _clean_opening(selection, values)
        opening = Opening.objects.create(instansi_id=selection.instansi_id, selection=selection,
                                         unit_id=position.unit_id, **clean)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=opening,
               after=snapshot(opening, OPENING_FIELDS))
        made.append(opening)
    return made
