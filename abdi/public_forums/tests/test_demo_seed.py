"""The demo seed (abdi.demo.public_forums) runs on the test world."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.public_forums import seed
from abdi.public_forums import queries
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_forums_with_commitments_in_every_state(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
    assert counts == {"forums": 3, "commitments": 6, "registrations": 11}
    summary = queries.commitment_summary(world.gov.pk)
    assert summary["done"] == 2
    assert summary["dropped"] == 1
    assert summary["planned"] == 1
    assert summary["in_progress"] == 2
    assert summary["overdue"] == 1
