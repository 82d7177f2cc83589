"""The benchmark-scale generator of performance data (COPY, PostgreSQL only)."""

import pytest
from django.db import connection
from django_scopes import scopes_disabled

from abdi.demo.performance_bulk import generate
from abdi.performance.models import Activity, Skp, SkpIndicator


def test_every_serving_employee_gets_an_approved_plan_and_entries_day_by_day(world):
    if connection.vendor != "postgresql":
        with pytest.raises(SystemExit):
            generate(world.gov, activities=10, log=lambda _m: None)
        return
    counts = generate(world.gov, activities=40, log=lambda _m: None)
    with scopes_disabled():
        plans = Skp.objects.filter(instansi=world.gov)
        assert counts["skps"] == plans.count() > 0
        assert set(plans.values_list("status", flat=True)) == {"approved"}
        assert SkpIndicator.objects.filter(result__skp__in=plans).count() == 2 * plans.count()
        days = list(Activity.objects.filter(instansi=world.gov).order_by("id").values_list("date", flat=True))
    assert len(days) == 40
    assert days == sorted(days)  # stored in the order entries arrive
