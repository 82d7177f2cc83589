import factory

from abdi.frontdesk.models import Counter, Service


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    instansi = factory.LazyAttribute(lambda o: o.unit.instansi)
    name = factory.Sequence(lambda n: f"Layanan {n}")
    code = factory.Sequence(lambda n: f"LYN-{n:04d}")


class CounterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Counter
        skip_postgeneration_save = True

    instansi = factory.LazyAttribute(lambda o: o.unit.instansi)
    name = factory.Sequence(lambda n: f"Loket {n}")

    @factory.post_generation
    def services(self, create, extracted, **kwargs):
        if create and extracted:
            self.services.set(extracted)

    @factory.post_generation
    def staff(self, create, extracted, **kwargs):
        if create and extracted:
            self.staff.set(extracted)
