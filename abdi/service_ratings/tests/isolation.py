"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime
from types import SimpleNamespace

from django.utils import timezone

from abdi.frontdesk.models import Counter
from abdi.service_ratings.models import RatingSettings, ServiceContact, ServiceRating

PARAMS: dict[str, str] = {"counter_token": "service_counter", "rating_token": "service_contact",
                          "rating_id": "service_rating"}
PK_OF: dict[str, str] = {}
# The counter's QR page and the one-time link are opened by citizens without an account.
PUBLIC: set[str] = {"service_ratings:counter", "service_ratings:rate", "service_ratings:enter_code",
                    "service_ratings:done"}
OPERATOR_PAGES: set[str] = set(PUBLIC)
SNAPSHOT_MODELS: tuple = (ServiceContact, ServiceRating, RatingSettings)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    counter = Counter.objects.create(instansi=world.gov, unit=marked.unit, name="Loket Rahasia Kota A")
    counter.staff.add(marked)
    RatingSettings.objects.create(instansi=world.gov, min_count=1)
    open_contact = ServiceContact.objects.create(
        instansi=world.gov, employee=marked, source="case", reference="complaint:rahasia",
        token="tokenrahasiakotaa0001", expires_at=timezone.now() + datetime.timedelta(days=3))
    used = ServiceContact.objects.create(
        instansi=world.gov, employee=marked, counter=counter, source="code", reference="RHSKTA01",
        token="RHSKTA01", expires_at=timezone.now() + datetime.timedelta(hours=1),
        used_at=timezone.now())
    rating = ServiceRating.objects.create(instansi=world.gov, contact=used, employee=marked, score=2,
                                          comment="Komentar Rahasia Kota A",
                                          rated_on=timezone.localdate())
    objects = {"service_counter": SimpleNamespace(pk=counter.token),
               "service_contact": SimpleNamespace(pk=open_contact.token),
               "service_rating": rating}
    return objects, {"Loket Rahasia Kota A", "Komentar Rahasia Kota A"}
