import datetime

import pytest

from abdi.accounts.actor import Actor
from abdi.competency.rules.kamus import STANDARD_CODES
from abdi.competency.services import assessments
from abdi.tenancy.scoping import within

ASSESSED = datetime.date(2026, 2, 10)
# The T-KOM-3 pattern against the default standard of a pelaksana (1 each) would be no gap, so
# tests set levels that leave gaps against the profile the employee's jabatan has.


def actor_of(user):
    return Actor.for_user(user)


def assess(world, employee, levels, **kw):
    with within(world.gov):
        return assessments.record_assessment(
            actor=actor_of(world.users.hr_admin), employee=employee,
            date=kw.pop("date", ASSESSED), assessor=kw.pop("assessor", "Drs. Asesor Satu"),
            institution=kw.pop("institution", "UPT Penilaian Kompetensi"), levels=levels, **kw)


@pytest.fixture
def assessed(world):
    """`own` (pelaksana, standard 1) assessed with a standard of 3 set on their jabatan."""
    from abdi.competency.services.assessments import set_position_standard

    with within(world.gov):
        set_position_standard(actor=actor_of(world.users.hr_admin), position=world.own.position,
                              levels=dict.fromkeys(STANDARD_CODES, 3))
    return assess(world, world.own, dict(zip(
        ("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1"),
        (3, 2, 3, 3, 2, 3, 2, 3, 3), strict=True)), potential_score="72.5")
