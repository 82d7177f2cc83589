"""The demo seed (abdi.demo.training) runs on the test world: some employees above 20 JP, some below."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.training import seed
from abdi.tenancy.scoping import within
from abdi.training.models import TrainingRecord


def test_the_demo_seed_builds_trainings(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        assert counts["events"] == 8
        assert counts["institutions"] == 4
        assert counts["records"] > 0
        assert TrainingRecord.objects.filter(status="completed").exists()
        assert TrainingRecord.objects.filter(status="reported").count() == 1
