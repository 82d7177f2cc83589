"""The demo seed (abdi.demo.surveys) runs on the test world and gives units an IKM."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.surveys import seed
from abdi.surveys import queries
from abdi.surveys.rules import periods
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_counters_and_responses(world):
    today = timezone.localdate()
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, today)
    assert counts["counters"] >= 2
    assert counts["services"] >= 3
    assert counts["responses"] == 140  # two agencies in the test world; three in a demo government
    quarter = periods.period_of(today, periods.QUARTER)
    rows = queries.ikm_overview(world.gov.pk, quarter.start, quarter.end)
    assert rows
    assert all(r["ikm"] is not None and r["mutu"] in "ABCD" for r in rows)
    trend = queries.ikm_trend(world.gov.pk, [rows[0]["unit_id"]], periods=4, today=today)
    assert len(trend) == 4
    assert all(t["respondents"] > 0 for t in trend)
