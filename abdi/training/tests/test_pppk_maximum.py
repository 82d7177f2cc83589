"""A PPPK's development is at most 24 JP a year (PP 49/2018 Pasal 40(1), competency-and-talent.md
§5.8): completed trainings and those registered for count; a PNS has no such ceiling."""

import datetime

import pytest

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.people.models import Employee
from abdi.tenancy.scoping import within
from abdi.training.models import TrainingRecord
from abdi.training.rules.jp import PPPK_MAXIMUM_JP, exceeds_pppk_maximum
from abdi.training.services import records
from abdi.training.tests.factories import make_completed, make_event


@pytest.mark.parametrize(("so_far", "adding", "exceeds"), [
    (16, 8, False), (17, 8, True), (24, 0, False), (0, 25, True)])
def test_the_rule(so_far, adding, exceeds):
    assert PPPK_MAXIMUM_JP == 24
    assert exceeds_pppk_maximum(so_far, adding) is exceeds


def _event(world, jp):
    day = datetime.date.today() + datetime.timedelta(days=10)
    return make_event(world.gov, title=f"Pelatihan {jp} JP", stated_jp=jp, starts_on=day,
                      ends_on=day)


@pytest.mark.parametrize(("kind", "refused"), [("PPPK", True), ("PNS", False)])
def test_a_pppk_is_refused_past_24_jp_a_pns_is_not(world, kind, refused):
    with within(world.gov):
        Employee.objects.filter(pk=world.own.pk).update(kind=kind)
        event = _event(world, 9)  # 12 done + 4 registered + 9 = 25: one past the maximum
        make_completed(world.own, jp=12, year=event.ends_on.year)
        first = records.register(actor=Actor.for_user(world.users.own), event=_event(world, 4))
        assert first.status == "registered"  # 12 + 4 = 16: within the 24
        if refused:
            with pytest.raises(DomainError, match="at most 24 JP"):
                records.register(actor=Actor.for_user(world.users.own), event=event)
            assert not TrainingRecord.objects.filter(event=event).exists()  # nothing half-saved
        else:
            assert records.register(actor=Actor.for_user(world.users.own), event=event).pk
