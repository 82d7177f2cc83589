"""Demo citizens' ratings of the officers at a demo government's counters: a few months of
counter visits (most officers past the minimum of 5, one below it to show "not enough ratings
yet"), a visit code still open and a case link, then the appraisals are offered the numbers.

Tolerant of the order of seeds: uses the counters the surveys seed made, or makes two itself.
Call inside the government's scope: `seed(instansi, today)` (it adds to what is there; run once).
"""

import random
from datetime import date, timedelta

from django.utils import timezone

from abdi.accounts.models import RoleGrant, User
from abdi.frontdesk.models import Counter
from abdi.people.models import Employee
from abdi.service_ratings.models import ServiceContact, ServiceRating
from abdi.service_ratings.services.appraisal_sync import sync_appraisal_feedback
from abdi.service_ratings.services.contacts import issue_case_contact, new_token

COMMENTS = (
    "Petugas ramah dan menjelaskan persyaratan dengan jelas.",
    "Cepat, tidak perlu menunggu lama.",
    "Solutif, berkas saya langsung dibantu lengkapi.",
    "",
    "Antrean agak lama, tetapi petugasnya sabar.",
    "",
    "Terima kasih, pelayanannya sangat membantu.",
    "Mohon informasi persyaratan ditempel di depan loket.",
)
SCORES = (5, 5, 4, 4, 4, 3, 5, 2)


def _counters(instansi) -> list[Counter]:
    counters = list(Counter.objects.filter(is_active=True).prefetch_related("staff").order_by("pk")[:3])
    if counters:
        return counters
    made = []
    units = (Employee.objects.filter(status="aktif", unit__parent__isnull=False)
             .values_list("unit_id", flat=True).order_by("unit_id").distinct()[:2])
    for number, unit_id in enumerate(units, start=1):
        counter = Counter.objects.create(instansi=instansi, unit_id=unit_id, name=f"Loket {number}")
        staff = Employee.objects.filter(unit_id=unit_id, status="aktif").order_by("pk")[:3]
        counter.staff.add(*staff)
        made.append(counter)
    return made


def _with_persona(instansi, counters: list[Counter]) -> tuple[list[Counter], int | None]:
    """Make the demo "pegawai" (the first account with no role that leads nothing) an officer at a
    counter of their unit, so that logging in as them shows ratings, and as their atasan too."""
    granted = RoleGrant.objects.values_list("user_id", flat=True)
    user = (User.objects.filter(instansi=instansi, employee__isnull=False, employee__status="aktif")
            .exclude(employee__position__is_head=True).exclude(pk__in=granted)
            .select_related("employee").order_by("pk").first())
    if user is None:
        return counters, None
    if any(user.employee_id in {p.pk for p in c.staff.all()} for c in counters):
        return counters, user.employee_id
    counter = next((c for c in counters if c.unit_id == user.employee.unit_id), None)
    if counter is None:
        counter = Counter.objects.create(instansi=instansi, unit_id=user.employee.unit_id,
                                         name="Loket Informasi")
        counters = [*counters, counter]
    counter.staff.add(user.employee)
    return counters, user.employee_id


def seed(instansi, today: date) -> dict:
    rng = random.Random(instansi.pk)  # noqa: S311 - demo data, the same every time for a government
    now = timezone.now()
    counters, persona_id = _with_persona(instansi, _counters(instansi))
    officers = []
    for counter in counters:
        staff = list(counter.staff.filter(status="aktif").order_by("pk")[:3])
        if persona_id and persona_id not in {p.pk for p in staff}:
            staff += list(counter.staff.filter(pk=persona_id))
        if not staff:
            staff = list(Employee.objects.filter(unit_id=counter.unit_id, status="aktif")
                         .order_by("pk")[:3])
            counter.staff.add(*staff)
        officers += [(counter, person) for person in staff]
    # One officer (never the demo persona) stays below the minimum: "not enough ratings yet".
    few = next((p.pk for _c, p in reversed(officers) if p.pk != persona_id), None)
    contacts, ratings = [], []
    for counter, person in officers:
        how_many = 3 if person.pk == few else rng.randint(6, 12)
        for n in range(how_many):
            day = today - timedelta(days=rng.randint(0, 120))
            contacts.append(ServiceContact(
                instansi=instansi, employee=person, counter=counter,
                source=ServiceContact.Source.COUNTER_VISIT,
                reference=f"demo:{counter.pk}:{person.pk}:{n}", token=new_token(),
                expires_at=now, used_at=now))
            ratings.append((person, day, n))
    ServiceContact.objects.bulk_create(contacts)
    ServiceRating.objects.bulk_create(
        ServiceRating(instansi=instansi, contact=contact, employee=person, rated_on=day,
                      score=SCORES[(n + person.pk) % len(SCORES)],
                      comment=COMMENTS[(n * 3 + person.pk) % len(COMMENTS)])
        for contact, (person, day, n) in zip(contacts, ratings, strict=True))
    links = 0
    if officers:
        counter, person = officers[0]
        ServiceContact.objects.create(
            instansi=instansi, employee=person, counter=counter,
            source=ServiceContact.Source.VISIT_CODE, reference="DEMO2345", token=f"DM{instansi.pk:06d}",
            expires_at=now + timedelta(hours=12))
        issue_case_contact(instansi=instansi, employee_id=person.pk, reference="demo:case:1")
        links = 2
    synced = sum(sync_appraisal_feedback(instansi_id=instansi.pk, year=year)
                 for year in {today.year, (today - timedelta(days=120)).year})
    return {"counters": len(counters), "officers": len(officers), "ratings": len(ratings),
            "open_links": links, "appraisals": synced}
