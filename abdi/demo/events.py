"""Demo events for a demo government: a workshop (counts as learning, held last week, with
attendance and its JP), an inter-agency forum next week with invitations and registrations,
and a team-building outing next month with a full list and a waiting list.

Call inside the government's scope, after its employees and units exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

import datetime

from django.utils import timezone

from abdi.events.models import Event, Invitation, Registration
from abdi.events.rules import learning
from abdi.org.models import Unit
from abdi.people.models import Employee
from abdi.training.models import TrainingRecord
from abdi.training.rules.jp import jp_of_activity


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _event(instansi, organiser, *, title, kind, day, hours, capacity, status, audience="government",
           minutes=0, place="Aula Bappeda", **fields) -> Event:
    return Event.objects.create(
        instansi=instansi, organiser=organiser, title=title, kind=kind, place=place,
        starts_at=_at(day, 8), ends_at=_at(day, 8 + hours), capacity=capacity,
        registration_opens_at=_at(day - datetime.timedelta(days=21), 8),
        registration_closes_at=_at(day - datetime.timedelta(days=1), 16), status=status,
        audience=audience, counts_as_learning=minutes > 0, learning_minutes=minutes, **fields)


def seed(instansi, today: datetime.date) -> dict:
    agencies = list(Unit.objects.filter(parent__isnull=True).order_by("sort_order", "name")[:4])
    staff = list(Employee.objects.filter(status="aktif").order_by("pk")[:60])
    if not agencies or not staff:
        return {"events": 0, "registrations": 0, "attended": 0}
    host = agencies[0]
    workshop = _event(
        instansi, host, title="Lokakarya Penyusunan Indikator Kinerja", kind="workshop",
        day=today - datetime.timedelta(days=7), hours=6, capacity=40, status="done", minutes=270,
        description="Lokakarya lintas perangkat daerah tentang indikator kinerja utama.",
        minutes_text="Lokakarya dibuka oleh Sekretaris Daerah. Peserta menyusun draf IKU.",
        decisions=["Setiap perangkat daerah menyerahkan draf IKU dalam dua minggu",
                   "Pendampingan lanjutan oleh Bagian Organisasi"])
    forum = _event(
        instansi, agencies[min(1, len(agencies) - 1)],
        title="Forum Diskusi Antar-OPD: Transformasi Digital Layanan", kind="forum",
        day=today + datetime.timedelta(days=7), hours=3, capacity=60, status="open",
        audience="agencies", online_link="https://zoom.example.go.id/forum-spbe",
        description="Berbagi praktik baik SPBE antar perangkat daerah.")
    outing = _event(
        instansi, host, title="Team Building dan Olahraga Bersama", kind="social",
        day=today + datetime.timedelta(days=30), hours=8, capacity=10, status="open",
        place="Bumi Perkemahan", description="Kegiatan kebersamaan ASN.")
    for agency in agencies:
        Invitation.objects.create(instansi=instansi, event=forum, unit=agency, unit_path=agency.path)
    attended = 0
    for n, employee in enumerate(staff[:30]):
        came = n % 5 != 0
        Registration.objects.create(
            instansi=instansi, event=workshop, employee=employee, status="registered",
            checked_in_at=workshop.starts_at + datetime.timedelta(minutes=n) if came else None,
            check_in_by="qr" if came else "")
        if came:
            attended += 1
            TrainingRecord.objects.create(
                instansi=instansi, employee=employee, title=workshop.title, form="workshop",
                organiser=host.name, starts_on=today - datetime.timedelta(days=7),
                ends_on=today - datetime.timedelta(days=7), minutes=270, status="completed",
                result="Hadir", certificate_number=learning.source_key(workshop.pk),
                jp=jp_of_activity("workshop", minutes=270), year=(today - datetime.timedelta(days=7)).year)
    for employee in staff[30:45]:
        Registration.objects.create(instansi=instansi, event=forum, employee=employee,
                                    status="registered")
    for n, employee in enumerate(staff[45:58]):
        Registration.objects.create(instansi=instansi, event=outing, employee=employee,
                                    status="registered" if n < outing.capacity else "waiting")
    return {"events": 3, "registrations": Registration.objects.filter(
        event__in=[workshop, forum, outing]).count(), "attended": attended}
