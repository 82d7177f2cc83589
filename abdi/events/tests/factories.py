"""Event rows for tests, straight into the tables (the services are tested on their own)."""

import datetime

from django.utils import timezone

from abdi.events.models import Event, Invitation, Registration

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def make_event(instansi, organiser, *, title="Lokakarya Inovasi Pelayanan", kind="workshop",
               starts_at=None, hours=2, capacity=20, status="open", audience="government",
               learning_minutes=0, **fields):
    """By default the event is under way today and registration is open."""
    now = timezone.now()
    starts_at = starts_at or now - datetime.timedelta(minutes=30)
    return Event.objects.create(
        instansi=instansi, organiser=organiser, title=title, kind=kind, place="Aula Bappeda",
        starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=hours),
        registration_opens_at=fields.pop("registration_opens_at", now - datetime.timedelta(days=7)),
        registration_closes_at=fields.pop("registration_closes_at",
                                          starts_at + datetime.timedelta(hours=hours)),
        capacity=capacity, status=status, audience=audience,
        counts_as_learning=learning_minutes > 0, learning_minutes=learning_minutes, **fields)


def make_registration(event, employee, *, status="registered", checked_in=False):
    return Registration.objects.create(
        instansi_id=event.instansi_id, event=event, employee=employee, status=status,
        checked_in_at=timezone.now() if checked_in else None, check_in_by="hand" if checked_in else "")


def invite_employee(event, employee):
    return Invitation.objects.create(instansi_id=event.instansi_id, event=event, employee=employee)


def invite_unit(event, unit):
    return Invitation.objects.create(instansi_id=event.instansi_id, event=event, unit=unit,
                                     unit_path=unit.path)
