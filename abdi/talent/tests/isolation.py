"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime
from decimal import Decimal

from django.utils import timezone

from abdi.talent.models import (
    LeadershipTraining,
    StudyRequest,
    SuccessionCandidate,
    SuccessionPlan,
    TalentPlacement,
    TalentSettings,
)

PARAMS: dict[str, str] = {"succession_id": "talent_succession", "study_id": "talent_study"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()  # URL names anyone may open without logging in
OPERATOR_PAGES: set[str] = set()  # URL names a platform operator may open (public pages too)
SNAPSHOT_MODELS: tuple = (TalentSettings, TalentPlacement, SuccessionPlan, SuccessionCandidate,
                          StudyRequest, LeadershipTraining)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    gov = world.gov
    placement = TalentPlacement.objects.create(
        instansi=gov, employee=marked, agency_id=marked.agency_id, year=2025, box=9,
        potential=Decimal("88.00"), potential_level="tinggi", kinerja_level="atas", predikat="SB",
        inputs={}, computed_at=timezone.now())
    plan = SuccessionPlan.objects.create(instansi=gov, position=world.supervisor.position, year=2025,
                                         note="Catatan Suksesi Rahasia Kota A")
    SuccessionCandidate.objects.create(instansi=gov, plan=plan, employee=marked, rank=1,
                                       evidence=["box 9"], reason="Alasan Urutan Rahasia Kota A")
    study = StudyRequest.objects.create(
        instansi=gov, employee=marked, agency_id=marked.agency_id, kind="tugas",
        institution="Universitas Rahasia Kota A", programme="Magister", level="S2",
        start=datetime.date(2026, 9, 1), end=datetime.date(2028, 8, 31), funding="apbd")
    LeadershipTraining.objects.create(instansi=gov, employee=marked, kind="PKP", year=2022,
                                      certificate_number="SERTIFIKAT-RAHASIA-KOTA-A")
    return ({"talent_placement": placement, "talent_succession": plan, "talent_study": study},
            {"Universitas Rahasia Kota A", "Alasan Urutan Rahasia Kota A",
             "SERTIFIKAT-RAHASIA-KOTA-A"})
