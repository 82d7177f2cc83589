"""The demo seed leaves a bank of 30 questions, one session of five candidates, one finished."""

from django.utils import timezone

from abdi.cat.models import LogEntry, Result
from abdi.cat.services.chainlog import verify_attempt
from abdi.demo.cat import seed
from abdi.tenancy.scoping import within


def test_the_demo_seed(world):
    with within(world.gov):
        assert seed(world.gov, timezone.localdate()) == {
            "cat_questions": 30, "cat_candidates": 5, "cat_finished": 1}
        result = Result.objects.get()
        assert result.total > 0
        assert verify_attempt(result.attempt).ok
        assert LogEntry.objects.count() > 15
