"""The public survey reads its counter from the cache: every change through the services shows
at once, and unknown tokens are never kept."""

from django.core.cache import cache

from abdi.accounts.actor import Actor
from abdi.frontdesk.queries import public_counter
from abdi.frontdesk.services.desk import save_counter, save_service
from abdi.frontdesk.tests.factories import CounterFactory, ServiceFactory
from abdi.tenancy.scoping import within


def test_the_counter_is_read_once_then_from_the_cache(world, django_assert_num_queries):
    with within(world.gov):
        service = ServiceFactory(unit=world.unit, name="Legalisir ijazah")
        counter = CounterFactory(unit=world.unit, services=[service])
    with django_assert_num_queries(2):  # the counter with its government and unit, its services
        first = public_counter(counter.token)
    with django_assert_num_queries(0):
        again = public_counter(counter.token)
    assert again.pk == first.pk
    assert [s.name for s in again.active_services] == ["Legalisir ijazah"]


def test_a_change_through_the_services_shows_at_once(world):
    hr = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        service = ServiceFactory(unit=world.unit, name="Legalisir ijazah")
        counter = CounterFactory(unit=world.unit, services=[service])
        assert public_counter(counter.token).active_services == [service]
        save_service(actor=hr, unit=world.unit, name="Legalisir ijazah", code=service.code,
                     is_active=False, service=service, version=service.version)
        assert public_counter(counter.token).active_services == []
        counter.refresh_from_db()
        save_counter(actor=hr, unit=world.unit, name=counter.name, is_active=False,
                     counter=counter, version=counter.version)
    assert public_counter(counter.token) is None


def test_unknown_tokens_are_not_cached(world):
    assert public_counter("tidak-ada-loket-ini") is None
    assert not [k for k in cache._cache if "tidak-ada-loket-ini" in k]
