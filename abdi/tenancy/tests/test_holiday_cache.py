"""The days off read by public clocks come from the cache and follow every calendar change."""

import datetime

from abdi.accounts.actor import Actor
from abdi.tenancy.queries import holiday_dates
from abdi.tenancy.services import add_holiday, remove_holiday


def test_adding_and_removing_a_holiday_shows_at_once(world, django_assert_num_queries):
    hr = Actor.for_user(world.users.hr_admin)
    day = datetime.date(2025, 9, 5)  # public-service.md §2.6: the fixture's holiday
    assert holiday_dates(world.gov.pk) == frozenset()
    with django_assert_num_queries(0):
        holiday_dates(world.gov.pk)
    holiday = add_holiday(actor=hr, instansi=world.gov, date=day, name="Maulid Nabi")
    assert holiday_dates(world.gov.pk) == frozenset({day})
    assert holiday_dates(world.other_gov.pk) == frozenset()  # never another government's
    remove_holiday(actor=hr, holiday=holiday)
    assert holiday_dates(world.gov.pk) == frozenset()
