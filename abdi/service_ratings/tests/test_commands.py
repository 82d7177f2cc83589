"""The cron command and the task offer ratings to the appraisals of every government."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.performance.models import Appraisal
from abdi.service_ratings.tasks import sync_citizen_feedback

from .factories import make_ratings
from .test_services import _appraisal


@pytest.fixture
def rated(world):
    with scopes_disabled():
        appraisal = _appraisal(world.own)
        make_ratings(world.own, [5, 5, 5, 5, 4])
    return appraisal


def test_the_command_syncs_every_government(world, rated):
    out = StringIO()
    call_command("sync_citizen_feedback", stdout=out)
    assert f"{world.gov.pk}: 1" in out.getvalue()
    with scopes_disabled():
        assert Appraisal.objects.get(pk=rated.pk).citizen_feedback["average"] == 4.8
    call_command("sync_citizen_feedback", "--instansi", "kota-a", "--year",
                 str(timezone.localdate().year), stdout=out)
    with pytest.raises(CommandError):
        call_command("sync_citizen_feedback", "--instansi", "tidak-ada")


def test_the_task_syncs_one_government(world, rated):
    assert sync_citizen_feedback.call(world.gov.pk) == 1
    assert sync_citizen_feedback.call(world.gov.pk) == 0  # idempotent
