"""Services of events: seats and the waiting list, invitations, check-in tokens, JP credit,
photos and minutes. Every refusal changes nothing."""

import datetime
import threading
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection
from django.utils import timezone

from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.events.models import Event, Photo, Registration
from abdi.events.rules import checkin
from abdi.events.services import attendance, events, media, registrations
from abdi.events.tests.conftest import actor_of
from abdi.events.tests.factories import JPEG, PNG, invite_unit, make_event, make_registration
from abdi.performance.models import Notification
from abdi.tenancy.scoping import within
from abdi.training.models import TrainingRecord

pytestmark = pytest.mark.django_db
NOW = timezone.now


def _data(world, **changes):
    start = timezone.localtime() + datetime.timedelta(days=10)
    fmt = "%Y-%m-%dT%H:%M"
    values = {"kind": "forum", "title": "Forum Diskusi Antar-OPD", "description": "Bahas SPBE",
              "organiser": world.other_agency.pk, "place": "Aula Bappeda", "online_link": "",
              "starts_at": start.strftime(fmt),
              "ends_at": (start + datetime.timedelta(hours=3)).strftime(fmt),
              "registration_opens_at": (start - datetime.timedelta(days=9)).strftime(fmt),
              "registration_closes_at": (start - datetime.timedelta(days=1)).strftime(fmt),
              "capacity": "30", "audience": "government", "learning_minutes": "0",
              "status": "open"}
    return values | changes


# --- organising ------------------------------------------------------------------------------


def test_hr_creates_an_event_for_any_agency(world, scoped):
    event = events.create_event(actor=actor_of(world.users.hr_admin),
                                data=_data(world, organiser=world.agency.pk))
    assert event.status == "open"
    assert event.organiser_id == world.agency.pk
    assert event.version == 1


def test_an_agency_admin_organises_only_for_his_agency(world, scoped):
    admin = actor_of(world.users.agency_admin)
    with pytest.raises(DomainError) as refused:
        events.create_event(actor=admin, data=_data(world))  # Dinas Kesehatan: not his
    assert refused.value.field == "organiser"
    assert events.create_event(actor=admin, data=_data(world, organiser=world.agency.pk)).pk


def test_an_employee_does_not_organise(world, scoped):
    with pytest.raises(Forbidden):
        events.create_event(actor=actor_of(world.users.own), data=_data(world))
    assert not Event.objects.exists()


@pytest.mark.parametrize(("changes", "field"), [
    ({"ends_at": "2020-01-01T08:00"}, "ends_at"),
    ({"capacity": "0"}, "capacity"),
    ({"capacity": "-3"}, "capacity"),
    ({"capacity": "lots"}, "capacity"),
    ({"starts_at": "besok pagi"}, "starts_at"),
    ({"kind": "party"}, "kind"),
    ({"title": "ab"}, "title"),
    ({"place": "", "online_link": ""}, "place"),
    ({"online_link": "javascript:alert(1)"}, "online_link"),
    ({"counts_as_learning": "1", "learning_minutes": "0"}, "learning_minutes"),
])
def test_bad_input_is_refused_with_the_field(world, scoped, changes, field):
    with pytest.raises(DomainError) as refused:
        events.create_event(actor=actor_of(world.users.hr_admin), data=_data(world, **changes))
    assert refused.value.field == field
    assert refused.value.status == 400
    assert not Event.objects.exists()


def test_capacity_cannot_drop_below_the_seats_given(world, scoped, event):
    for employee in (world.own, world.peer, world.sibling):
        make_registration(event, employee)
    data = _data(world, capacity="2")
    with pytest.raises(Conflict):
        events.update_event(actor=actor_of(world.users.hr_admin), event=event,
                            version=event.version, data=data)
    assert Event.objects.get(pk=event.pk).capacity == 20


def test_a_stale_version_is_a_conflict(world, scoped, event):
    with pytest.raises(Conflict):
        events.update_event(actor=actor_of(world.users.hr_admin), event=event, version=99,
                            data=_data(world))


def test_a_larger_room_lets_the_waiting_list_in(world, scoped, event):
    event.capacity = 1
    event.save()
    make_registration(event, world.peer)
    waiting = make_registration(event, world.own, status="waiting")
    events.update_event(actor=actor_of(world.users.hr_admin), event=event, version=event.version,
                        data=_data(world, capacity="2"))
    assert Registration.objects.get(pk=waiting.pk).status == "registered"


def test_inviting_a_unit_tells_its_employees_once(world, scoped, event):
    hr = actor_of(world.users.hr_admin)
    events.invite(actor=hr, event=event, unit_id=world.unit.pk)
    told = set(Notification.objects.filter(topic="event").values_list("recipient_id", flat=True))
    assert {world.own.pk, world.peer.pk, world.supervisor.pk} <= told
    assert world.other_unit.pk not in told
    with pytest.raises(Conflict):
        events.invite(actor=hr, event=event, unit_id=world.unit.pk)


def test_inviting_by_nip_and_unknown_nip(world, scoped, event):
    hr = actor_of(world.users.hr_admin)
    events.invite(actor=hr, event=event, nip=world.sibling.nip)
    assert Notification.objects.filter(recipient=world.sibling, topic="event").count() == 1
    with pytest.raises(DomainError):
        events.invite(actor=hr, event=event, nip="000")
    with pytest.raises(DomainError):
        events.invite(actor=hr, event=event, nip=world.other_gov_employee.nip)


def test_a_draft_tells_its_invited_when_it_opens(world, scoped):
    draft = make_event(world.gov, world.other_agency, status="draft")
    hr = actor_of(world.users.hr_admin)
    events.invite(actor=hr, event=draft, nip=world.own.nip)
    assert not Notification.objects.filter(recipient=world.own).exists()
    events.change_status(actor=hr, event=draft, version=draft.version, target="open")
    assert Notification.objects.filter(recipient=world.own, topic="event").count() == 1


def test_cancelling_an_event_tells_the_registered(world, scoped, event):
    make_registration(event, world.own)
    events.change_status(actor=actor_of(world.users.hr_admin), event=event, version=event.version,
                         target="cancelled")
    assert Notification.objects.filter(recipient=world.own, topic="event").exists()
    with pytest.raises(Conflict):
        events.change_status(actor=actor_of(world.users.hr_admin), event=event,
                             version=event.version + 1, target="open")


# --- registering -----------------------------------------------------------------------------


def test_register_then_twice(world, scoped, event):
    own = actor_of(world.users.own)
    assert registrations.register(actor=own, event=event).status == "registered"
    with pytest.raises(Conflict):
        registrations.register(actor=own, event=event)
    assert Registration.objects.filter(event=event).count() == 1


def test_over_capacity_goes_to_the_waiting_list(world, scoped, event):
    event.capacity = 1
    event.save()
    registrations.register(actor=actor_of(world.users.supervisor), event=event)
    waiting = registrations.register(actor=actor_of(world.users.own), event=event)
    assert waiting.status == "waiting"
    assert Registration.objects.filter(event=event, status="registered").count() == 1


def test_a_cancellation_promotes_the_first_waiting_and_tells_him(world, scoped, event):
    event.capacity = 1
    event.save()
    seat = registrations.register(actor=actor_of(world.users.supervisor), event=event)
    first = registrations.register(actor=actor_of(world.users.own), event=event)
    second = registrations.register(actor=actor_of(world.users.other_unit), event=event)
    registrations.cancel(actor=actor_of(world.users.supervisor), registration=seat)
    assert Registration.objects.get(pk=first.pk).status == "registered"
    assert Registration.objects.get(pk=second.pk).status == "waiting"
    assert Notification.objects.filter(recipient=world.own, topic="event").count() == 1
    with pytest.raises(Forbidden):
        registrations.cancel(actor=actor_of(world.users.own), registration=second)


def test_cancel_and_come_back(world, scoped, event):
    own = actor_of(world.users.own)
    registration = registrations.register(actor=own, event=event)
    registrations.cancel(actor=own, registration=registration)
    with pytest.raises(Conflict):
        registrations.cancel(actor=own, registration=registration)
    assert registrations.register(actor=own, event=event).pk == registration.pk


@pytest.mark.parametrize(("changes", "message"), [
    ({"status": "cancelled"}, "cancelled"),
    ({"status": "closed"}, "closed"),
    ({"registration_opens_at": timezone.now() + datetime.timedelta(days=1)}, "opens"),
    ({"registration_closes_at": timezone.now() - datetime.timedelta(minutes=1)}, "closed"),
])
def test_registration_refused_outside_the_window(world, scoped, changes, message):
    event = make_event(world.gov, world.other_agency, **changes)
    with pytest.raises(Conflict) as refused:
        registrations.register(actor=actor_of(world.users.own), event=event)
    assert message in str(refused.value.message)
    assert not Registration.objects.exists()


def test_not_in_the_audience_is_refused(world, scoped):
    event = make_event(world.gov, world.other_agency, audience="agencies")
    invite_unit(event, world.sibling_unit)
    with pytest.raises(Forbidden):
        registrations.register(actor=actor_of(world.users.own), event=event)
    invite_unit(event, world.agency)  # the whole Dinas Pendidikan, own's unit included
    assert registrations.register(actor=actor_of(world.users.own), event=event).pk


@pytest.mark.django_db(transaction=True)
def test_the_last_seat_under_concurrency(world):
    """Four people take two seats at once: the event row is locked, never over-booked."""
    with within(world.gov):
        event = make_event(world.gov, world.other_agency, capacity=2)
    people = [world.users.own, world.users.supervisor, world.users.other_unit,
              world.users.agency_head]
    outcomes, gate = [], threading.Barrier(len(people))

    def take(user):
        try:
            gate.wait(timeout=20)
            for _attempt in range(300):
                try:
                    with within(world.gov):
                        registration = registrations.register(actor=actor_of(user), event=event)
                except OperationalError:  # SQLite's test database: the writer is busy, try again
                    time.sleep(0.02)
                    continue
                outcomes.append(registration.status)
                break
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(user,)) for user in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["registered", "registered", "waiting", "waiting"]
    with within(world.gov):
        assert Registration.objects.filter(event=event, status="registered").count() == 2


# --- check-in --------------------------------------------------------------------------------


def _token(event, minutes_ago=0):
    return attendance.make_token(event, at=time.time() - 60 * minutes_ago)


def test_check_in_once_then_already(world, scoped, event):
    registration = make_registration(event, world.own)
    own = actor_of(world.users.own)
    done, already = attendance.check_in(actor=own, event=event, token=_token(event))
    assert not already
    assert done.pk == registration.pk
    assert done.check_in_by == "qr"
    first_time = Registration.objects.get(pk=registration.pk).checked_in_at
    _again, already = attendance.check_in(actor=own, event=event, token=_token(event))
    assert already
    assert Registration.objects.get(pk=registration.pk).checked_in_at == first_time


@pytest.mark.parametrize("token", ["", "abc", "eyJlIjoxfQ:forged:sig", "x" * 2000])
def test_a_forged_token_is_refused(world, scoped, event, token):
    make_registration(event, world.own)
    with pytest.raises(DomainError) as refused:
        attendance.check_in(actor=actor_of(world.users.own), event=event, token=token)
    assert refused.value.status == 400
    assert not Registration.objects.filter(checked_in_at__isnull=False).exists()


def test_a_token_signed_for_another_purpose_is_refused(world, scoped, event):
    from django.core import signing

    token = signing.dumps(checkin.payload(event.pk, checkin.window_of(time.time())), salt="other")
    with pytest.raises(DomainError):
        attendance.check_in(actor=actor_of(world.users.own), event=event, token=token)


def test_a_token_of_another_event_or_expired_is_refused(world, scoped, event):
    other = make_event(world.gov, world.other_agency, title="Acara Lain")
    make_registration(event, world.own)
    own = actor_of(world.users.own)
    with pytest.raises(DomainError, match="another event"):
        attendance.check_in(actor=own, event=event, token=_token(other))
    with pytest.raises(DomainError, match="expired"):
        attendance.check_in(actor=own, event=event, token=_token(event, minutes_ago=5))
    assert not Registration.objects.filter(checked_in_at__isnull=False).exists()


def test_check_in_only_on_the_day(world, scoped):
    event = make_event(world.gov, world.other_agency,
                       starts_at=timezone.now() + datetime.timedelta(days=3))
    make_registration(event, world.own)
    with pytest.raises(Conflict, match="day of the event"):
        attendance.check_in(actor=actor_of(world.users.own), event=event, token=_token(event))


def test_a_cancelled_registration_does_not_check_in(world, scoped, event):
    make_registration(event, world.own, status="cancelled")
    with pytest.raises(Conflict, match="cancelled"):
        attendance.check_in(actor=actor_of(world.users.own), event=event, token=_token(event))
    assert Registration.objects.get(employee=world.own).checked_in_at is None


def test_walk_ins_while_seats_last(world, scoped, event):
    event.capacity = 1
    event.save()
    done, _ = attendance.check_in(actor=actor_of(world.users.own), event=event, token=_token(event))
    assert done.walk_in
    assert done.status == "registered"
    with pytest.raises(Conflict, match="full"):
        attendance.check_in(actor=actor_of(world.users.supervisor), event=event,
                            token=_token(event))
    assert Registration.objects.filter(event=event).count() == 1


# --- learning hours --------------------------------------------------------------------------


def _jp(employee):
    return sum(TrainingRecord.objects.filter(employee=employee, status="completed")
               .values_list("jp", flat=True))


def test_attendance_credits_jp_once_and_unmarking_voids_it(world, scoped):
    event = make_event(world.gov, world.other_agency, learning_minutes=135)  # 3 JP
    registration = make_registration(event, world.own)
    own = actor_of(world.users.own)
    attendance.check_in(actor=own, event=event, token=_token(event))
    attendance.check_in(actor=own, event=event, token=_token(event))
    assert _jp(world.own) == 3
    record = TrainingRecord.objects.get(employee=world.own)
    assert record.certificate_number == f"ACARA-{event.pk}"
    assert record.form == "workshop"
    hr = actor_of(world.users.hr_admin)
    assert attendance.mark_attendance(actor=hr, event=event, present_ids=[]) == (0, 1)
    assert _jp(world.own) == 0
    assert attendance.mark_attendance(actor=hr, event=event,
                                      present_ids=[str(registration.pk), "junk"]) == (1, 0)
    assert _jp(world.own) == 3
    assert TrainingRecord.objects.filter(employee=world.own).count() == 1


def test_attendees_credit_follows_a_later_change_of_the_event(world, scoped):
    event = make_event(world.gov, world.other_agency, learning_minutes=135)  # 3 JP
    make_registration(event, world.own)
    attendance.check_in(actor=actor_of(world.users.own), event=event, token=_token(event))
    assert _jp(world.own) == 3
    hr = actor_of(world.users.hr_admin)
    event = events.update_event(actor=hr, event=event, version=event.version, data=_data(
        world, counts_as_learning="1", learning_minutes="270"))  # the whole day: 6 JP
    assert _jp(world.own) == 6
    assert TrainingRecord.objects.get(employee=world.own).title == "Forum Diskusi Antar-OPD"
    events.update_event(actor=hr, event=event, version=event.version,
                        data=_data(world, learning_minutes="0"))  # no longer counts
    assert _jp(world.own) == 0
    assert TrainingRecord.objects.filter(employee=world.own).count() == 1


def test_credit_service_is_idempotent(world, scoped):
    from abdi.training.services.event_credit import credit_event_attendance

    day = timezone.localdate()
    values = {"actor": actor_of(world.users.hr_admin), "employee": world.own, "title": "Forum",
                  "organiser": "Dinkes", "starts_on": day, "ends_on": day, "minutes": 90, "form": "seminar",
                  "source_key": "ACARA-77"}
    first = credit_event_attendance(**values)
    assert credit_event_attendance(**values).pk == first.pk
    assert first.jp == 2


def test_only_organisers_mark_attendance(world, scoped, event):
    registration = make_registration(event, world.own)
    with pytest.raises(Forbidden):
        attendance.mark_attendance(actor=actor_of(world.users.own), event=event,
                                   present_ids=[registration.pk])
    assert Registration.objects.get(pk=registration.pk).checked_in_at is None


# --- photos and minutes ----------------------------------------------------------------------


def _upload(content, name="foto.jpg"):
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


def test_photos_are_sniffed_and_limited(world, scoped, event, settings):
    hr = actor_of(world.users.hr_admin)
    assert media.add_photo(actor=hr, event=event, upload=_upload(JPEG)).content_type == "image/jpeg"
    assert media.add_photo(actor=hr, event=event, upload=_upload(PNG, "a.png")).content_type \
        == "image/png"
    with pytest.raises(DomainError, match="JPEG or PNG"):
        media.add_photo(actor=hr, event=event, upload=_upload(b"<svg onload=alert(1)>", "x.jpg"))
    big = _upload(JPEG)
    big.size = 8 * 1024 * 1024 + 1
    with pytest.raises(DomainError, match="8 MB"):
        media.add_photo(actor=hr, event=event, upload=big)
    with pytest.raises(Forbidden):
        media.add_photo(actor=actor_of(world.users.own), event=event, upload=_upload(JPEG))
    assert Photo.objects.count() == 2


def test_at_most_thirty_photos(world, scoped, event):
    for n in range(30):
        Photo.objects.create(instansi=world.gov, event=event, image=f"events/photos/{n}.jpg",
                             content_type="image/jpeg")
    with pytest.raises(DomainError, match="30"):
        media.add_photo(actor=actor_of(world.users.hr_admin), event=event, upload=_upload(JPEG))


def test_minutes_and_decisions(world, scoped, event):
    hr = actor_of(world.users.hr_admin)
    saved = media.save_minutes(actor=hr, event=event, version=event.version,
                               minutes_text="Rapat dibuka pukul 09.00.",
                               decisions="- Bentuk tim SPBE\n\n- Rapat lanjutan Juni\n")
    assert saved.decisions == ["Bentuk tim SPBE", "Rapat lanjutan Juni"]
    with pytest.raises(Conflict):
        media.save_minutes(actor=hr, event=event, version=event.version, minutes_text="x",
                           decisions="")
    with pytest.raises(DomainError):
        media.save_minutes(actor=hr, event=saved, version=saved.version, minutes_text="x",
                           decisions="\n".join(["keputusan"] * 51))
