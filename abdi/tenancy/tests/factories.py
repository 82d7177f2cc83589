import factory

from abdi.tenancy.models import Instansi


class InstansiFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Instansi
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"pemda-{n}")
    name = factory.Sequence(lambda n: f"Pemerintah Kota Contoh {n}")
    kind = Instansi.Kind.KOTA
    seat = "Contoh"
    time_zone = Instansi.TimeZone.WIB
