"""The demo seed goes through the services: three ABKs (approved, submitted, draft) and an
approved formation proposal that recruitment can read."""

from django.utils import timezone

from abdi.demo.workforce import seed
from abdi.tenancy.scoping import within
from abdi.workforce import queries
from abdi.workforce.models import Abk

from .factories import AdminPositionFactory, holder


def test_the_demo_seed(world):
    for unit in (world.agency, world.unit, world.sibling_unit):
        holder(AdminPositionFactory(unit=unit, name="Pengadministrasi Umum"))
    today = timezone.localdate()
    with within(world.gov):
        result = seed(world.gov, today)
        statuses = sorted(Abk.objects.values_list("status", flat=True))
    assert result == {"workforce_abks": 3, "workforce_proposals": 1}
    assert statuses == ["approved", "draft", "submitted"]
    formation = queries.approved_formation(world.gov.pk, today.year)
    assert formation
    assert all(row["needed"] >= 1 for row in formation if row["proposed"])
