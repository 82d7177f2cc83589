"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

from abdi.frontdesk.models import Counter, Service

PARAMS: dict[str, str] = {"counter_id": "frontdesk_counter", "service_id": "frontdesk_service"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (Service, Counter)


def victims(world, marked) -> tuple[dict, set]:
    service = Service.objects.create(instansi=world.gov, unit=marked.unit,
                                     name="Layanan Rahasia Kota A", code="RAHASIA-A")
    counter = Counter.objects.create(instansi=world.gov, unit=marked.unit, name="Loket Rahasia Kota A")
    counter.services.set([service])
    counter.staff.set([marked])
    return ({"frontdesk_counter": counter, "frontdesk_service": service},
            {"Layanan Rahasia Kota A", "Loket Rahasia Kota A"})
