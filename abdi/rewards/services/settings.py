"""The government's reward settings and kinds of award. National defaults are data copied into
each government on first use; BKPSDM changes thresholds and adds the government's own awards."""

import re

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.allowance.rules.rewards import (
    AWARD_PREDIKAT_MINIMUM,
    AWARD_PREDIKAT_YEARS,
    AwardForm,
    CltnRule,
)
from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..models import AwardKind, RewardSettings
from ..rules import PREDIKAT_CODES
from . import inputs

# §7.1 and §7.2 (PP 11/2017 Pasal 232-235): code, name, form, SLKS class, predikat, years, public.
DEFAULT_KINDS = (
    ("slks-x", "Satyalancana Karya Satya X", AwardForm.TANDA_KEHORMATAN, "X", "", 1, False),
    ("slks-xx", "Satyalancana Karya Satya XX", AwardForm.TANDA_KEHORMATAN, "XX", "", 1, False),
    ("slks-xxx", "Satyalancana Karya Satya XXX", AwardForm.TANDA_KEHORMATAN, "XXX", "", 1,
     False),
    ("kenaikan-pangkat-istimewa", "Kenaikan pangkat istimewa",
     AwardForm.KENAIKAN_PANGKAT_ISTIMEWA, "", AWARD_PREDIKAT_MINIMUM, AWARD_PREDIKAT_YEARS, True),
    ("prioritas-pengembangan", "Prioritas pengembangan kompetensi",
     AwardForm.PRIORITAS_PENGEMBANGAN_KOMPETENSI, "", AWARD_PREDIKAT_MINIMUM, AWARD_PREDIKAT_YEARS, True),
    ("acara-resmi", "Kesempatan menghadiri acara resmi/kenegaraan", AwardForm.ACARA_RESMI,
     "", AWARD_PREDIKAT_MINIMUM, AWARD_PREDIKAT_YEARS, True),
    ("pegawai-terbaik", "Pegawai Terbaik", "local", "", AWARD_PREDIKAT_MINIMUM,
     AWARD_PREDIKAT_YEARS, True),
)
_CODE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMS = {value for value, _label in AwardKind._meta.get_field("form").choices}


def ensure_defaults(instansi_id: int) -> None:
    """Copy the national kinds into a government that has none (idempotent, safe twice at once)."""
    if AwardKind.objects.filter(instansi_id=instansi_id).exists():
        return
    AwardKind.objects.bulk_create([
        AwardKind(instansi_id=instansi_id, code=code, name=name, form=form, slks_class=slks,
                  predikat_minimum=predikat, predikat_years=years, best_performer=public,
                  sort_order=order)
        for order, (code, name, form, slks, predikat, years, public) in enumerate(DEFAULT_KINDS, 1)
    ], ignore_conflicts=True)


@transaction.atomic
def update_settings(*, actor, instansi_id, public_page_enabled, cltn_rule, require_previous_class,
                    version) -> RewardSettings:
    if not policy.can_manage(actor, instansi_id):
        raise Forbidden(_("Only BKPSDM changes the reward settings."))
    if str(cltn_rule or "") not in {r.value for r in CltnRule}:
        raise DomainError(_("Choose how CLTN counts for the SLKS."), field="cltn_rule")
    read_version = inputs.version(version)
    RewardSettings.objects.bulk_create([RewardSettings(instansi_id=instansi_id)], ignore_conflicts=True)
    current = RewardSettings.objects.select_for_update().get(instansi_id=instansi_id)
    if current.version != read_version:
        raise Conflict(_("Someone changed the settings meanwhile. Reload the page."))
    fields = ("public_page_enabled", "cltn_rule", "require_previous_class")
    before = {f: getattr(current, f) for f in fields}
    current.public_page_enabled = inputs.flag(public_page_enabled)
    current.cltn_rule = str(cltn_rule)
    current.require_previous_class = inputs.flag(require_previous_class)
    current.version += 1
    current.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=current, before=before,
           after={f: getattr(current, f) for f in fields})
    return current


def _kind_values(values: dict) -> dict:
    name = inputs.text(values.get("name"), "name", minimum=3, maximum=120)
    predikat = str(values.get("predikat_minimum") or "")
    if predikat and predikat not in PREDIKAT_CODES:
        raise DomainError(_("Choose one of the predikat offered."), field="predikat_minimum")
    years = str(values.get("predikat_years") or "1").strip()
    if not (years.isascii() and years.isdigit()) or not 1 <= int(years) <= 5:
        raise DomainError(_("Enter 1 to 5 years of predikat."), field="predikat_years")
    return {"name": name, "predikat_minimum": predikat, "predikat_years": int(years),
            "best_performer": inputs.flag(values.get("best_performer")),
            "is_active": inputs.flag(values.get("is_active"))}


@transaction.atomic
def add_kind(*, actor, instansi_id, values: dict) -> AwardKind:
    """The government's own award (ASN Teladan, Pegawai Terbaik, ...)."""
    if not policy.can_manage(actor, instansi_id):
        raise Forbidden(_("Only BKPSDM adds kinds of award."))
    code = str(values.get("code") or "").strip().lower()
    if not _CODE.match(code) or len(code) > 40:
        raise DomainError(_("Write the code in lower-case letters, digits and hyphens."), field="code")
    clean = _kind_values({**values, "is_active": "on"})
    try:
        with transaction.atomic():
            kind = AwardKind.objects.create(instansi_id=instansi_id, code=code, form="local", **clean)
    except IntegrityError:
        raise Conflict(_("A kind of award with this code exists already."), field="code") from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=kind, after={"code": code, **clean})
    return kind


@transaction.atomic
def update_kind(*, actor, kind, values: dict) -> AwardKind:
    """Thresholds of a kind (predikat and years), its name, the public page, active or not."""
    if not policy.can_manage(actor, kind.instansi_id):
        raise Forbidden(_("Only BKPSDM changes kinds of award."))
    read_version = inputs.version(values.get("version"))
    clean = _kind_values(values)
    locked = AwardKind.objects.select_for_update().get(pk=kind.pk)
    if locked.version != read_version:
        raise Conflict(_("Someone changed this kind of award meanwhile. Reload the page."))
    before = {f: getattr(locked, f) for f in clean}
    for field, value in clean.items():
        setattr(locked, field, value)
    locked.version += 1
    locked.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before, after=clean)
    return locked


def settings_for(instansi_id: int) -> RewardSettings:
    return queries.settings_of(instansi_id)
