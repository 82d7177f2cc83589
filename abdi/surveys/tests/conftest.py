import datetime

import pytest

from abdi.frontdesk.tests.factories import CounterFactory, ServiceFactory
from abdi.surveys.tests.factories import make_response
from abdi.surveys.tests.test_rules import WORKED
from abdi.tenancy.scoping import within

DAY = datetime.date(2026, 5, 4)  # Triwulan II 2026


@pytest.fixture
def desk(world):
    """A service and a counter of the unit Bidang Pembinaan SD, served by `own`."""
    with within(world.gov):
        service = ServiceFactory(unit=world.unit, name="Legalisir ijazah SD")
        counter = CounterFactory(unit=world.unit, name="Loket 1", services=[service], staff=[world.own])
    return counter


@pytest.fixture
def worked(world, desk):
    """The ten questionnaires of the worked example (§1.7) at the unit's counter."""
    with within(world.gov):
        service = desk.services.first()
        return [make_response(world.unit, DAY, row, counter=desk, service=service) for row in WORKED]
