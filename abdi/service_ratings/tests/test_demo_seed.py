"""The demo seed (abdi.demo.service_ratings) runs on the test world, with or without counters."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.service_ratings import seed
from abdi.frontdesk.models import Counter
from abdi.service_ratings.models import ServiceRating
from abdi.tenancy.scoping import within

from .factories import make_counter


def test_the_demo_seed_makes_counters_when_none_exist(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        assert Counter.objects.count() == counts["counters"] >= 1
        assert ServiceRating.objects.count() == counts["ratings"] > 0
        assert counts["open_links"] == 2


def test_the_demo_seed_uses_existing_counters(world):
    with transaction.atomic(), within(world.gov):
        make_counter(world.unit, world.own, world.peer, name="Loket Survei")
        counts = seed(world.gov, timezone.localdate())
        assert Counter.objects.count() == 1
        assert counts["officers"] == 2
        assert set(ServiceRating.objects.values_list("employee_id", flat=True)) == {world.own.pk,
                                                                                  world.peer.pk}


def test_the_demo_persona_is_an_officer_past_the_minimum(world):
    with transaction.atomic(), within(world.gov):
        seed(world.gov, timezone.localdate())
        assert Counter.objects.filter(staff=world.own).exists()
        assert ServiceRating.objects.filter(employee=world.own).count() >= 6
