"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from abdi.competency.models import (
    AgencyPlan,
    Assessment,
    AssessmentScore,
    DevelopmentItem,
    TechnicalCompetency,
)

PARAMS: dict[str, str] = {"employee_id": "employee", "unit_id": "unit",
                          "position_id": "position", "plan_id": "competency_plan"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (Assessment, AssessmentScore, TechnicalCompetency, DevelopmentItem,
                          AgencyPlan)


def victims(world, marked) -> tuple[dict, set]:
    assessment = Assessment.objects.create(
        instansi=world.gov, employee=marked, date=datetime.date(2026, 2, 1),
        assessor="Asesor Rahasia Kota A", jpm=77)
    AssessmentScore.objects.create(instansi=world.gov, assessment=assessment, employee=marked,
                                   code="M1", level=2, required=3)
    TechnicalCompetency.objects.create(instansi=world.gov, code="TKRAHASIA",
                                       name="Kompetensi Rahasia Kota A")
    DevelopmentItem.objects.create(
        instansi=world.gov, employee=marked, agency_id=marked.agency_id, year=2026,
        source="request", kind="klasikal", title="Kursus Rahasia Kota A", jp=10, cost=1)
    plan = AgencyPlan.objects.create(instansi=world.gov, agency_id=marked.agency_id, year=2026)
    return ({"competency_plan": plan},
            {"Asesor Rahasia Kota A", "Kompetensi Rahasia Kota A", "Kursus Rahasia Kota A"})
