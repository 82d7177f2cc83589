"""The demo seed goes through the services and leaves one open and two decided cases."""

from django.utils import timezone

from abdi.demo.discipline import seed
from abdi.discipline.models import DisciplineCase
from abdi.tenancy.scoping import within


def test_the_demo_seed(world):
    assert seed(world.gov, timezone.localdate()) == {"discipline_cases": 3}
    with within(world.gov):
        cases = list(DisciplineCase.objects.order_by("id").values_list("status", "penalty", "imposed_as"))
    assert cases == [("examination", "", ""), ("decided", "R2", "administrator"),
                     ("decided", "S1", "ppk")]
