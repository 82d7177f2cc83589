"""The demo seed (abdi.demo.welfare) runs on the test world and leaves results private."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.welfare import seed
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_programmes(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
    assert counts["programmes"] == 3
    assert counts["participations"] > 0
    assert counts["benefits"] > 0
