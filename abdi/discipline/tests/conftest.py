import datetime

import pytest

from abdi.accounts.actor import Actor
from abdi.discipline.services import cases
from abdi.tenancy.scoping import within

INCIDENT = datetime.date(2026, 3, 2)  # a Monday
VIOLATION = "Tidak masuk kerja tanpa alasan yang sah selama tiga hari kerja."


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture
def reported(world):
    """A case of `own` reported by BKPSDM."""
    with within(world.gov):
        return cases.report_case(actor=actor_of(world.users.hr_admin), employee=world.own,
                                 violation=VIOLATION, incident_from=INCIDENT)
