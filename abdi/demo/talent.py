"""Demo talent management for a demo government: last year's 9-box placements for every active
employee (the final predikat where one exists, otherwise a plausible one; potential scores
drawn deterministically), one key post with its succession plan, a few study requests and
leadership trainings.

Call inside the government's scope, after its employees exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from abdi.core import bulk
from abdi.org.models import Position
from abdi.people.models import Employee
from abdi.talent.models import (
    LeadershipTraining,
    StudyRequest,
    SuccessionCandidate,
    SuccessionPlan,
    TalentPlacement,
    TalentSettings,
)
from abdi.talent.rules import place
from abdi.talent.services.ninebox import LEFT_OUT_STATUSES, final_predikat
from abdi.talent.services.succession import _ranked

PREDIKAT_WEIGHTS = (("SB", 15), ("B", 65), ("BP", 12), ("K", 6), ("SK", 2))
STUDIES = (("tugas", "Universitas Gadjah Mada", "Magister Administrasi Publik", "S2", "apbd",
            "submitted"),
           ("izin", "Universitas Terbuka", "Ilmu Administrasi Negara", "S1", "self", "endorsed"),
           ("tugas", "Institut Teknologi Bandung", "Magister Perencanaan Wilayah", "S2",
            "scholarship", "approved"))


def _placements(instansi, year: int, rng) -> list[TalentPlacement]:
    known = final_predikat(year)
    assessed = _assessed(instansi)
    names = [p for p, _w in PREDIKAT_WEIGHTS]
    weights = [w for _p, w in PREDIKAT_WEIGHTS]
    now, rows = timezone.now(), []
    inputs = {"middle": "60", "high": "80", "mode": "predikat", "settings_version": 1,
              "source": "demo"}
    for employee_id, agency_id in (Employee.objects.exclude(status__in=LEFT_OUT_STATUSES)
                                   .order_by("pk").values_list("pk", "agency_id")):
        predikat = known.get(employee_id) or rng.choices(names, weights)[0]
        drawn = min(99.0, max(35.0, rng.gauss(70, 11)))
        potential = Decimal(str(round(assessed.get(employee_id, drawn), 2)))
        box, pot, kin = place(potential, predikat)
        rows.append(TalentPlacement(instansi=instansi, employee_id=employee_id, agency_id=agency_id,
                                    year=year, box=box, potential=potential,
                                    potential_level=pot.value, kinerja_level=kin.value,
                                    predikat=predikat, inputs=inputs, computed_at=now))
    TalentPlacement.objects.filter(year=year).delete()
    return bulk.insert(TalentPlacement, rows)


def _assessed(instansi) -> dict[int, float]:
    """The competency demo's potential scores where it assessed someone (seeded just before)."""
    try:
        from abdi.competency.queries import potential_scores
    except ImportError:
        return {}
    return {k: v for k, v in potential_scores(instansi.pk).items() if 0 <= v <= 100}


def _trainings(instansi, rng) -> int:
    made = 0
    for kind, job_kind in (("PKP", "PENGAWAS"), ("PKA", "ADMINISTRATOR"), ("PKN", "JPT")):
        for employee in Employee.objects.filter(job_kind=job_kind).order_by("pk")[:3]:
            LeadershipTraining.objects.get_or_create(
                employee=employee, kind=kind,
                defaults={"instansi": instansi, "year": 2015 + rng.randrange(8),
                          "certificate_number": f"{kind}/{rng.randrange(1000, 9999)}/LAN",
                          "verified": True})
            made += 1
    return made


def _plan(instansi, year: int, today: date) -> int:
    position = (Position.objects.filter(kind="ADMINISTRATOR", is_head=True).order_by("pk").first()
                or Position.objects.filter(kind="PENGAWAS", is_head=True).order_by("pk").first())
    if position is None or SuccessionPlan.objects.filter(position=position).exists():
        return 0
    plan = SuccessionPlan.objects.create(instansi=instansi, position=position, year=year,
                                         note="Jabatan kritikal: pensiun pejabat dalam 12 bulan.")
    ranked = _ranked(position, year, today)[:8]
    SuccessionCandidate.objects.bulk_create(
        SuccessionCandidate(instansi=instansi, plan=plan, employee_id=r.candidate.employee_id,
                            rank=r.rank, evidence=list(r.evidence), ready=r.ready) for r in ranked)
    return len(ranked)


def _studies(instansi, today: date) -> int:
    people = list(Employee.objects.filter(job_kind__in=["PELAKSANA", "FUNGSIONAL"])
                  .exclude(status__in=LEFT_OUT_STATUSES).order_by("pk")[:len(STUDIES)])
    for employee, (kind, inst, prog, level, funding, status) in zip(people, STUDIES, strict=False):
        start = date(today.year + 1, 9, 1) if status != "approved" else date(today.year, 2, 1)
        StudyRequest.objects.create(instansi=instansi, employee=employee,
                                    agency_id=employee.agency_id, kind=kind, institution=inst,
                                    programme=prog, level=level, start=start,
                                    end=start + timedelta(days=365 * 2), funding=funding,
                                    status=status,
                                    decided_at=timezone.now() if status == "approved" else None)
    return len(people)


def seed(instansi, today: date) -> dict:
    rng = random.Random(f"talent-{instansi.slug}")  # noqa: S311 - demo data, not a secret
    year = today.year - 1
    TalentSettings.objects.get_or_create(instansi=instansi)
    placements = _placements(instansi, year, rng)
    trainings = _trainings(instansi, rng)
    candidates = _plan(instansi, year, today)
    studies = _studies(instansi, today)
    return {"talent_placements": len(placements), "succession_candidates": candidates,
            "study_requests": studies, "leadership_trainings": trainings}
