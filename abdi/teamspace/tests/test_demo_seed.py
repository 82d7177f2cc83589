"""The demo seed (abdi.demo.teamspace) fills the work space of every active team, once."""

from django.utils import timezone

from abdi.demo.teamspace import seed
from abdi.teamspace.models import DocumentVersion, TeamTask
from abdi.tenancy.scoping import within


def test_the_demo_seed_fills_the_work_space(world, team):
    with within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        assert counts == {"tasks": 4, "threads": 1, "documents": 1, "meetings": 1}
        assert TeamTask.objects.filter(meeting__isnull=False).count() == 1
        assert DocumentVersion.objects.count() == 2
        assert seed(world.gov, timezone.localdate())["tasks"] == 0  # twice: nothing more
