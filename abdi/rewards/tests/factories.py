"""Reward data for tests: kinds (the national defaults), annual predikat, awards, nominations."""

import datetime

from abdi.performance.models import Appraisal, Skp
from abdi.rewards.models import Award, AwardKind, Nomination
from abdi.rewards.services.settings import ensure_defaults


def default_kinds(instansi) -> dict[str, AwardKind]:
    ensure_defaults(instansi.pk)
    return {k.code: k for k in AwardKind.objects.filter(instansi=instansi)}


def annual_predikat(employee, year: int, predikat: str, *, status="final") -> Appraisal:
    skp = Skp.objects.create(instansi=employee.instansi, employee=employee, year=year, kind="NON_JPT",
                             unit=employee.unit, status="approved")
    return Appraisal.objects.create(
        instansi=employee.instansi, skp=skp, employee=employee, unit=employee.unit, year=year,
        period_kind="annual", period_number=1, start=datetime.date(year, 1, 1),
        end=datetime.date(year, 12, 31), status=status, predikat=predikat)


def award(employee, kind, year, **fields) -> Award:
    return Award.objects.create(instansi=employee.instansi, employee=employee, kind=kind,
                                slks_class=kind.slks_class, year=year, **fields)


def nomination(employee, kind, year, *, by, **fields) -> Nomination:
    return Nomination.objects.create(instansi=employee.instansi, employee=employee, kind=kind, year=year,
                                     reason=fields.pop("reason", "Kinerja luar biasa sepanjang tahun ini."),
                                     nominated_by=by, nominated_by_label=by.display_name, **fields)
