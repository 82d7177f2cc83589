import factory

from abdi.org.models import ActingAssignment, Position, Unit
from abdi.tenancy.tests.factories import InstansiFactory


class UnitFactory(factory.django.DjangoModelFactory):
    """A unit with path, depth and agency filled as the org service would."""

    class Meta:
        model = Unit

    instansi = factory.SubFactory(InstansiFactory)
    parent = None
    kind = factory.LazyAttribute(lambda o: Unit.Kind.BIDANG if o.parent else Unit.Kind.DINAS)
    name = factory.Sequence(lambda n: f"Unit {n}")
    code = factory.Sequence(lambda n: f"U{n:05d}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.get("parent")
        if parent is not None:
            kwargs["instansi"] = parent.instansi
        unit = super()._create(model_class, *args, **kwargs)
        unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
        unit.depth = parent.depth + 1 if parent else 0
        unit.agency_id = parent.agency_id if parent else unit.pk
        Unit.objects.with_scope(instansi=unit.instansi_id).filter(pk=unit.pk).update(
            path=unit.path, depth=unit.depth, agency_id=unit.agency_id)
        return unit


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position

    unit = factory.SubFactory(UnitFactory)
    instansi = factory.LazyAttribute(lambda o: o.unit.instansi)
    name = factory.Sequence(lambda n: f"Jabatan {n}")
    kind = "PELAKSANA"
    level = ""
    kelas_jabatan = 6
    is_head = False


class HeadPositionFactory(PositionFactory):
    kind = "ADMINISTRATOR"
    kelas_jabatan = 11
    is_head = True


class ActingAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActingAssignment

    instansi = factory.LazyAttribute(lambda o: o.position.instansi)
    kind = ActingAssignment.Kind.PLT
