"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from abdi.events.models import Event, Invitation, Photo, Registration

PARAMS: dict[str, str] = {"event_id": "events_event", "photo_id": "events_photo",
                          "token": "events_token"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (Event, Invitation, Registration, Photo)


class _Token:
    """The check-in link is addressed by a signed token of the event, not an id."""

    def __init__(self, event):
        from abdi.events.services.attendance import make_token

        self.pk = make_token(event)


def victims(world, marked) -> tuple[dict, set]:
    now = timezone.now()
    event = Event.objects.create(
        instansi=world.gov, organiser=world.agency, kind="forum", title="Forum Rahasia Kota A",
        description="Agenda Rahasia Kota A", place="Ruang Rahasia Kota A",
        starts_at=now - datetime.timedelta(minutes=10), ends_at=now + datetime.timedelta(hours=2),
        registration_opens_at=now - datetime.timedelta(days=3),
        registration_closes_at=now + datetime.timedelta(hours=1), capacity=10, status="open",
        minutes_text="Notulen Rahasia Kota A", decisions=["Keputusan Rahasia Kota A"])
    Invitation.objects.create(instansi=world.gov, event=event, employee=marked)
    Registration.objects.create(instansi=world.gov, event=event, employee=marked,
                                status="registered", checked_in_at=now, check_in_by="qr")
    photo = Photo(instansi=world.gov, event=event, caption="Foto Rahasia Kota A",
                  content_type="image/jpeg")
    photo.image.save("rahasia.jpg", ContentFile(b"\xff\xd8\xff\xe0 rahasia"), save=True)
    return ({"events_event": event, "events_photo": photo, "events_token": _Token(event)},
            {"Forum Rahasia Kota A", "Agenda Rahasia Kota A", "Ruang Rahasia Kota A",
             "Notulen Rahasia Kota A", "Keputusan Rahasia Kota A", "Foto Rahasia Kota A"})
