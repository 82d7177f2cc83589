"""The demo seed (abdi.demo.teams) runs on the test world: two teams whose result reaches SKPs."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.teams import seed
from abdi.performance.models import SkpResult
from abdi.teams.models import Membership, Team
from abdi.tenancy.scoping import within

from .conftest import make_skp


def test_the_demo_seed_builds_two_teams_mirrored_into_skps(world):
    with transaction.atomic(), within(world.gov):
        make_skp(world.users.other_unit, world.other_unit)
        counts = seed(world.gov, timezone.localdate())
        again = seed(world.gov, timezone.localdate())  # a second run adds nothing
        teams = list(Team.objects.order_by("name"))
        weights = [sum(Membership.objects.filter(team=t, status="active")
                       .values_list("weight", flat=True)) for t in teams]
        mirrored = SkpResult.objects.filter(origin__startswith="team:").count()
    assert counts["teams"] == 2
    assert again["teams"] == 0
    assert {t.coordinating_agency.name for t in teams} <= {"Dinas Kesehatan", "Dinas Pendidikan"}
    assert all(w == 100 for w in weights)
    assert mirrored >= 1
