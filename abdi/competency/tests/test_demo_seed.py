"""The demo seed leaves assessments, technical competencies and development plans."""

from django.utils import timezone

from abdi.competency.models import Assessment, DevelopmentItem, TechnicalCompetency
from abdi.demo.competency import seed
from abdi.tenancy.scoping import within


def test_the_demo_seed(world):
    with within(world.gov):
        result = seed(world.gov, timezone.localdate())
        assert Assessment.objects.count() == result["assessments"] > 0
        assert TechnicalCompetency.objects.count() == 3
        assert DevelopmentItem.objects.exists()
