"""The demo seed (abdi.demo.events) runs on the test world."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.events import seed
from abdi.events.models import Event, Registration
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_events(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        assert counts["events"] == 3
        assert set(Event.objects.values_list("kind", flat=True)) == {"workshop", "forum", "social"}
        assert counts["attended"] > 0
        assert Registration.objects.filter(checked_in_at__isnull=False).count() == counts["attended"]
