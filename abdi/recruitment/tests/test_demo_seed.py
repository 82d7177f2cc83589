"""The demo seed (abdi.demo.recruitment) runs on the test world."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.recruitment import seed
from abdi.recruitment import queries
from abdi.recruitment.models import Application
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_a_selection_with_applicants_in_various_states(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        statuses = set(Application.objects.values_list("status", flat=True))
        selection = Application.objects.first().selection
        enrolled = queries.verified_applications(world.gov.pk, selection.pk)
    assert counts["openings"] == 4
    assert counts["applicants"] == 10
    assert counts["applications"] == 9
    assert counts["objections"] == 3
    assert statuses == {"ms", "tms"}
    assert len(enrolled) == 5
