"""Counters, contacts and ratings for tests, straight into the tables (services are tested alone)."""

import datetime

from django.utils import timezone

from abdi.frontdesk.models import Counter
from abdi.service_ratings.models import ServiceContact, ServiceRating
from abdi.service_ratings.services.contacts import new_token


def make_counter(unit, *staff, name="Loket 1") -> Counter:
    counter = Counter.objects.create(instansi_id=unit.instansi_id, unit=unit, name=name)
    counter.staff.add(*staff)
    return counter


def make_contact(employee, *, source=ServiceContact.Source.CASE, counter=None, used=False,
                 expires_in=datetime.timedelta(days=1), reference=None) -> ServiceContact:
    token = new_token()
    return ServiceContact.objects.create(
        instansi_id=employee.instansi_id, employee=employee, counter=counter, source=source,
        reference=reference or token, token=token, expires_at=timezone.now() + expires_in,
        used_at=timezone.now() if used else None)


def make_ratings(employee, scores, *, on: datetime.date | None = None, comment="Pelayanan cepat.",
                 hidden=False) -> list[ServiceRating]:
    day = on or timezone.localdate()
    made = []
    for score in scores:
        contact = make_contact(employee, used=True)
        made.append(ServiceRating.objects.create(
            instansi_id=employee.instansi_id, contact=contact, employee=employee, score=score,
            comment=comment, rated_on=day, hidden=hidden))
    return made
