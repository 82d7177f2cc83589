"""The demo seed (abdi.demo.knowledge) runs on the test world and builds a searchable library."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.knowledge import seed
from abdi.knowledge import queries
from abdi.knowledge.models import Reuse, Solution, Topic
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_solutions_reuses_and_forums(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        assert counts["solutions"] == 2  # the test world has Dinas Kesehatan and Pendidikan only
        assert Solution.objects.filter(status="draft").count() == 1
        assert Reuse.objects.count() == counts["reuses"] == 1
        assert [s.title for s in queries.search("antrean puskesmas")] == [
            "Antrean online di puskesmas"]
        assert queries.most_reused()[0].reuse_count == 1
        assert counts["topics"] == Topic.objects.count() == 3
        assert Topic.objects.filter(answer__isnull=False).count() == 1
