import datetime
import random

import factory

from abdi.org.tests.factories import PositionFactory
from abdi.people.models import Employee

_serial = iter(range(1, 10**6))


def make_nip(birth: datetime.date, tmt: datetime.date, gender: str, serial: int | None = None,
             pppk: bool = False) -> str:
    """A NIP (or NI PPPK) that satisfies Perka BKN 22/2007's layout."""
    # Generated serials stay in 100..499; tests that spell a serial out use 1..99 or 500..999,
    # so a random employee never takes the NIP a test is about to import or create.
    serial = serial if serial is not None else next(_serial) % 400 + 100
    middle = f"{tmt.year}21" if pppk else f"{tmt:%Y%m}"
    return f"{birth:%Y%m%d}{middle}{'1' if gender == 'L' else '2'}{serial:03d}"


class EmployeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Employee

    position = factory.SubFactory(PositionFactory)
    unit = factory.LazyAttribute(lambda o: o.position.unit if o.position else None)
    instansi = factory.LazyAttribute(lambda o: o.unit.instansi)
    agency_id = factory.LazyAttribute(lambda o: o.unit.agency_id)
    name = factory.Faker("name", locale="id_ID")
    gender = factory.LazyFunction(lambda: random.choice("LP"))
    # 28 to 55 years old today: never past the earliest batas usia pensiun (58), whatever the
    # year the suite runs in (a random retiree made counts of serving staff flaky).
    birth_date = factory.LazyFunction(
        lambda: datetime.date(datetime.date.today().year - random.randint(28, 55),
                              random.randint(1, 12), random.randint(1, 28))
    )
    tmt_cpns = factory.LazyAttribute(lambda o: datetime.date(o.birth_date.year + 25, 3, 1))
    kind = "PNS"
    grade = "III/a"
    grade_ordinal = 9
    job_kind = factory.LazyAttribute(lambda o: o.position.kind if o.position else "")
    nip = factory.LazyAttribute(lambda o: make_nip(o.birth_date, o.tmt_cpns, o.gender))
    nik = factory.LazyAttribute(
        lambda o: f"3671{random.randint(10, 99)}{o.birth_date.day + (40 if o.gender == 'P' else 0):02d}"
                  f"{o.birth_date:%m%y}{next(_serial) % 9999 + 1:04d}"
    )
