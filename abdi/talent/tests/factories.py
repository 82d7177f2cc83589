"""Test helpers: final annual appraisals (the predikat) and placements."""

import datetime

from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.performance.models import Appraisal, Skp
from abdi.talent.models import TalentPlacement
from abdi.talent.rules import place

YEAR = 2025


def final_predikat(employee, predikat: str, year: int = YEAR) -> Appraisal:
    """A final annual appraisal with `predikat` (performance.md §6)."""
    with scopes_disabled():
        skp = Skp.objects.create(instansi_id=employee.instansi_id, employee=employee, year=year,
                                 kind="NON_JPT", unit_id=employee.unit_id, status="approved",
                                 approved_at=timezone.now())
        return Appraisal.objects.create(
            instansi_id=employee.instansi_id, skp=skp, employee=employee, unit_id=employee.unit_id,
            year=year, period_kind="annual", period_number=1, start=datetime.date(year, 1, 1),
            end=datetime.date(year, 12, 31), status="final", predikat=predikat,
            finalised_at=timezone.now())


def placement(employee, potential, predikat: str, year: int = YEAR) -> TalentPlacement:
    box, pot, kin = place(potential, predikat)
    with scopes_disabled():
        return TalentPlacement.objects.create(
            instansi_id=employee.instansi_id, employee=employee, agency_id=employee.agency_id,
            year=year, box=box, potential=potential, potential_level=pot, kinerja_level=kin,
            predikat=predikat, inputs={}, computed_at=timezone.now())
