import datetime

import factory

from abdi.welfare.models import Participation, Programme, ProgrammeSession


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    kind = "health_check"
    name = factory.Sequence(lambda n: f"Medical check-up {n}")
    year = 2026
    status = "open"


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeSession

    programme = factory.SubFactory(ProgrammeFactory)
    instansi = factory.LazyAttribute(lambda o: o.programme.instansi)
    date = datetime.date(2026, 12, 15)
    place = "Puskesmas Kota"
    capacity = 10


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    session = factory.SubFactory(SessionFactory)
    programme = factory.LazyAttribute(lambda o: o.session.programme)
    instansi = factory.LazyAttribute(lambda o: o.programme.instansi)
    status = "registered"
