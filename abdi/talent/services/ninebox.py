"""Computing the 9-box of a whole government for a year, and its settings.

Set-based: one query for the final annual predikat, one for the employees, one call for the
potential scores, the boxes from the pure rules, then the year's placements replaced by one
DELETE and one COPY (abdi/core/bulk.py). 100,000 employees in a few seconds on PostgreSQL.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core import bulk
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.models import Employee
from abdi.performance.models import Appraisal

from .. import policy
from ..models import TalentPlacement, TalentSettings
from ..queries import settings_of, thresholds_of
from ..rules import place
from ..rules.ninebox import KinerjaMode, Thresholds

LEFT_OUT_STATUSES = ("pensiun", "berhenti", "meninggal", "pindah")


@dataclass
class NineboxSummary:
    placed: int = 0
    without_predikat: int = 0
    without_potential: int = 0

    def as_dict(self) -> dict:
        return {"placed": self.placed, "without_predikat": self.without_predikat,
                "without_potential": self.without_potential}


def final_predikat(year: int) -> dict[int, str]:
    """The final annual predikat (PermenPANRB 6/2022) per employee; the latest finalised wins
    when someone had two SKPs in the year (moved post)."""
    rows = (Appraisal.objects.filter(year=year, period_kind="annual", status="final")
            .exclude(predikat="").order_by("finalised_at", "id")
            .values_list("employee_id", "predikat"))
    return dict(rows.iterator(chunk_size=10000))


def _potentials(instansi_id: int) -> dict[int, float]:
    # Imported here: the competency app is built in parallel and is optional for this one.
    from abdi.competency.queries import potential_scores

    return potential_scores(instansi_id)


def compute_ninebox(*, actor, instansi_id: int, year: int,
                    potentials: dict[int, float] | None = None) -> NineboxSummary:
    """BKPSDM recomputes every box of the year (the scope must be entered). `potentials`
    overrides the competency app's scores (benchmark, imports)."""
    if not policy.can_compute(actor) or actor.instansi_id != instansi_id:
        raise Forbidden(_("Only the BKPSDM admin computes the nine-box."))
    if not 2000 <= int(year) <= 2100:
        raise DomainError(_("Unknown year."))
    settings = settings_of(instansi_id)
    thresholds = thresholds_of(settings)
    if potentials is None:
        potentials = _potentials(instansi_id)
    predikat = final_predikat(year)
    inputs = {"middle": str(thresholds.middle), "high": str(thresholds.high),
              "mode": thresholds.mode.value, "settings_version": settings.version}
    now, summary, rows = timezone.now(), NineboxSummary(), []
    employees = (Employee.objects.exclude(status__in=LEFT_OUT_STATUSES)
                 .values_list("id", "agency_id"))
    for employee_id, agency_id in employees.iterator(chunk_size=10000):
        pred, score = predikat.get(employee_id), potentials.get(employee_id)
        if not pred:
            summary.without_predikat += 1
            continue
        if score is None:
            summary.without_potential += 1
            continue
        score = Decimal(str(score)).quantize(Decimal("0.01"))
        box, pot, kin = place(score, pred, thresholds)
        rows.append(TalentPlacement(
            instansi_id=instansi_id, employee_id=employee_id, agency_id=agency_id, year=year,
            box=box, potential=score, potential_level=pot.value, kinerja_level=kin.value,
            predikat=pred, inputs=inputs, computed_at=now))
    with transaction.atomic():
        TalentPlacement.objects.filter(year=year).delete()
        bulk.insert(TalentPlacement, rows)
        summary.placed = len(rows)
        stored = settings if settings.pk else TalentSettings.objects.create(instansi_id=instansi_id)
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=stored, before={},
               after={"ninebox_computed": year, **summary.as_dict()})
    return summary


def _decimal(raw, label) -> Decimal:
    try:
        value = Decimal(str(raw).strip())
    except (InvalidOperation, ValueError):
        raise DomainError(_("%(field)s must be a number.") % {"field": label}) from None
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise DomainError(_("%(field)s must be between 0 and 100.") % {"field": label})
    return value.quantize(Decimal("0.01"))


def update_settings(*, actor, instansi_id: int, version, potential_middle, potential_high,
                    kinerja_mode: str, assessment_validity_years) -> TalentSettings:
    if not policy.can_configure(actor) or actor.instansi_id != instansi_id:
        raise Forbidden(_("Only the BKPSDM admin sets the nine-box cut-offs."))
    middle = _decimal(potential_middle, _("Middle cut-off"))
    high = _decimal(potential_high, _("High cut-off"))
    if kinerja_mode not in {m.value for m in KinerjaMode}:
        raise DomainError(_("Unknown performance mode."))
    try:
        validity = int(assessment_validity_years)
    except (TypeError, ValueError):
        raise DomainError(_("The validity must be a whole number of years.")) from None
    if not 1 <= validity <= 10:
        raise DomainError(_("The validity must be between 1 and 10 years."))
    try:
        Thresholds(middle, high, KinerjaMode(kinerja_mode))
    except ValueError:
        raise DomainError(_("The middle cut-off must be below the high cut-off.")) from None
    with transaction.atomic():
        s, _created = TalentSettings.objects.select_for_update().get_or_create(
            instansi_id=instansi_id)
        if str(version) != str(s.version):
            raise Conflict(_("Someone changed the settings in the meantime. Reload and try again."))
        before = {"middle": str(s.potential_middle), "high": str(s.potential_high),
                  "mode": s.kinerja_mode, "validity": s.assessment_validity_years}
        s.potential_middle, s.potential_high = middle, high
        s.kinerja_mode, s.assessment_validity_years = kinerja_mode, validity
        s.version += 1
        s.save()
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=s, before=before,
               after={"middle": str(middle), "high": str(high), "mode": kinerja_mode,
                      "validity": validity})
    return s
