"""The demo seed places every active employee, prepares one plan, files study requests."""

from django.utils import timezone

from abdi.demo.talent import seed
from abdi.talent.models import StudyRequest, SuccessionPlan, TalentPlacement
from abdi.tenancy.scoping import within


def test_the_demo_seed(world):
    with within(world.gov):
        result = seed(world.gov, timezone.localdate())
        assert result["talent_placements"] == TalentPlacement.objects.count() > 5
        assert {p.box for p in TalentPlacement.objects.all()} <= set(range(1, 10))
        assert StudyRequest.objects.count() == result["study_requests"] >= 1
        assert SuccessionPlan.objects.count() == 1
        again = seed(world.gov, timezone.localdate())  # idempotent enough to run twice
        assert again["talent_placements"] == result["talent_placements"]
