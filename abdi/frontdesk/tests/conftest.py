import pytest

from abdi.frontdesk.tests.factories import CounterFactory, ServiceFactory
from abdi.tenancy.scoping import within


@pytest.fixture
def desk(world):
    """A service and a counter of Bidang Pembinaan SD (agency Dinas Pendidikan), served by `own`."""
    with within(world.gov):
        service = ServiceFactory(unit=world.unit, name="Legalisir ijazah SD", code="LEG-SD")
        counter = CounterFactory(unit=world.unit, name="Loket Legalisir", services=[service],
                                 staff=[world.own])
    return counter
