"""Pages of events: what each list shows, bad input answered with 4xx, constant queries."""

import datetime
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from abdi.events.models import Event, Photo, Registration
from abdi.events.queries import participation_by_agency
from abdi.events.services.attendance import make_token
from abdi.events.tests.factories import (
    JPEG,
    invite_employee,
    invite_unit,
    make_event,
    make_registration,
)
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db


def test_index_shows_invitations_registrations_and_upcoming(world, client, login):
    with within(world.gov):
        invited = make_event(world.gov, world.other_agency, title="Forum Undangan",
                             audience="invited")
        invite_employee(invited, world.own)
        by_unit = make_event(world.gov, world.other_agency, title="Forum Unit", audience="agencies")
        invite_unit(by_unit, world.agency)
        hidden = make_event(world.gov, world.other_agency, title="Forum Tertutup",
                            audience="invited")
        joined = make_event(world.gov, world.agency, title="Olahraga Bersama", kind="social")
        make_registration(joined, world.own, status="waiting")
    login(world.users.own)
    body = client.get(reverse("events:index")).content.decode()
    assert "Forum Undangan" in body
    assert "Forum Unit" in body
    assert "Olahraga Bersama" in body
    assert "Forum Tertutup" not in body
    assert 'data-testid="my-invitations"' in body
    assert 'data-testid="my-registrations"' in body
    assert hidden.pk  # made, and not shown


def _fill_index(world, n):
    with within(world.gov):
        for i in range(n):
            event = make_event(world.gov, world.other_agency, title=f"Acara {i}",
                               audience="agencies")
            invite_unit(event, world.agency)
            make_registration(event, world.own)


@pytest.mark.parametrize("url_name", ["events:index"])
def test_index_queries_do_not_grow(world, client, login, django_assert_max_num_queries, url_name):
    login(world.users.own)
    _fill_index(world, 1)
    client.get(reverse(url_name))
    with django_assert_max_num_queries(30) as small:
        client.get(reverse(url_name))
    _fill_index(world, 6)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse(url_name))


def test_registrations_and_participation_queries_do_not_grow(world, client, login,
                                                             django_assert_max_num_queries):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
        make_registration(event, world.own)
    login(world.users.hr_admin)
    url = reverse("events:registrations", args=[event.pk])
    client.get(url)
    with django_assert_max_num_queries(30) as small:
        client.get(url)
    with django_assert_max_num_queries(30) as small_report:
        client.get(reverse("events:participation"))
    with within(world.gov):
        for employee in (world.peer, world.sibling, world.other_unit, world.supervisor):
            make_registration(event, employee, checked_in=True)
        other = make_event(world.gov, world.agency)
        invite_unit(other, world.unit)
        make_registration(other, world.peer, checked_in=True)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)
    with django_assert_max_num_queries(len(small_report.captured_queries)):
        client.get(reverse("events:participation"))


def test_participation_by_agency_counts(world):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
        invite_unit(event, world.agency)
        invite_employee(event, world.other_unit)
        make_registration(event, world.own, checked_in=True)
        make_registration(event, world.peer)
        make_registration(event, world.sibling, status="waiting")
        make_event(world.gov, world.other_agency, status="cancelled")
    today = timezone.localdate()
    rows = {row.agency_id: row for row in participation_by_agency(
        world.gov.pk, today - datetime.timedelta(days=1), today + datetime.timedelta(days=1))}
    disdik, dinkes = rows[world.agency.pk], rows[world.other_agency.pk]
    assert (disdik.organised, disdik.invitations, disdik.registrations, disdik.attended,
            disdik.rate) == (0, 1, 2, 1, 50)
    assert (dinkes.organised, dinkes.invitations, dinkes.registrations) == (1, 1, 0)
    empty = participation_by_agency(world.gov.pk, today - datetime.timedelta(days=30),
                                    today - datetime.timedelta(days=20))
    assert all(row.organised == 0 and row.registrations == 0 for row in empty)


def test_full_event_puts_the_second_on_the_waiting_list(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency, capacity=1)
        make_registration(event, world.peer)
    login(world.users.own)
    response = client.post(reverse("events:register", args=[event.pk]), follow=True)
    assert 'data-testid="my-registration"' in response.content.decode()
    with within(world.gov):
        assert Registration.objects.get(employee=world.own).status == "waiting"
    again = client.post(reverse("events:register", args=[event.pk]))
    assert again.status_code == 409


def test_register_for_a_cancelled_event_is_409(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency, status="cancelled")
    login(world.users.own)
    response = client.post(reverse("events:register", args=[event.pk]))
    assert response.status_code == 409
    assert 'data-testid="error"' in response.content.decode()


def test_create_form_refuses_end_before_start(world, client, login):
    login(world.users.hr_admin)
    response = client.post(reverse("events:create"), {
        "kind": "workshop", "title": "Lokakarya SAKIP", "organiser": world.agency.pk,
        "place": "Aula", "starts_at": "2030-05-02T09:00", "ends_at": "2030-05-01T09:00",
        "registration_opens_at": "2030-04-01T09:00", "registration_closes_at": "2030-04-30T09:00",
        "capacity": "10", "audience": "government"})
    assert response.status_code == 400
    with within(world.gov):
        assert not Event.objects.exists()


def test_create_form_saves_and_edit_refuses_stale_version(world, client, login):
    login(world.users.hr_admin)
    data = {"kind": "workshop", "title": "Lokakarya SAKIP", "organiser": world.agency.pk,
            "place": "Aula", "starts_at": "2030-05-02T09:00", "ends_at": "2030-05-02T15:00",
            "registration_opens_at": "2030-04-01T09:00",
            "registration_closes_at": "2030-04-30T09:00", "capacity": "10",
            "audience": "government", "status": "open"}
    assert client.get(reverse("events:create")).status_code == 200
    assert client.post(reverse("events:create"), data).status_code == 302
    with within(world.gov):
        event = Event.objects.get()
    assert client.get(reverse("events:edit", args=[event.pk])).status_code == 200
    stale = client.post(reverse("events:edit", args=[event.pk]), data | {"version": "0"})
    assert stale.status_code == 409


def test_check_in_link_and_second_scan(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
        make_registration(event, world.own)
        token = make_token(event)
    login(world.users.own)
    first = client.get(reverse("events:check_in", args=[event.pk, token]))
    assert first.status_code == 200
    assert 'data-testid="welcome"' in first.content.decode()
    second = client.get(reverse("events:check_in", args=[event.pk, token]))
    assert second.status_code == 200
    assert 'data-testid="already"' in second.content.decode()


def test_check_in_link_refusals_are_4xx(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
        make_registration(event, world.own)
        old = make_token(event, at=time.time() - 600)
    login(world.users.own)
    for token in ("forged", old, "a" * 400):
        response = client.get(reverse("events:check_in", args=[event.pk, token]))
        assert response.status_code == 400
    with within(world.gov):
        assert Registration.objects.get(employee=world.own).checked_in_at is None


def test_check_in_link_keeps_the_link_through_login(world, client):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
        token = make_token(event)
    url = reverse("events:check_in", args=[event.pk, token])
    response = client.get(url)
    assert response.status_code == 302
    assert "next=" in response["Location"]
    assert str(event.pk) in response["Location"]


def test_checkin_screen_shows_a_fresh_link(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
    login(world.users.hr_admin)
    body = client.get(reverse("events:checkin_screen", args=[event.pk])).content.decode()
    assert 'data-testid="checkin-url"' in body
    assert "http-equiv=\"refresh\"" in body
    assert f"/acara/{event.pk}/hadir/" in body


def test_photo_upload_served_through_the_permission_check(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
    login(world.users.hr_admin)
    bad = client.post(reverse("events:photos", args=[event.pk]),
                      {"image": SimpleUploadedFile("x.jpg", b"GIF89a....", content_type="image/jpeg")})
    assert bad.status_code == 400
    good = client.post(reverse("events:photos", args=[event.pk]),
                       {"image": SimpleUploadedFile("x.jpg", JPEG, content_type="image/jpeg")})
    assert good.status_code == 302
    with within(world.gov):
        photo = Photo.objects.get()
    login(world.users.own)
    served = client.get(reverse("events:photo", args=[event.pk, photo.pk]))
    assert served.status_code == 200
    assert served["Content-Type"] == "image/jpeg"
    assert b"".join(served.streaming_content).startswith(b"\xff\xd8\xff")


def test_csv_export(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
        make_registration(event, world.own, checked_in=True)
    login(world.users.hr_admin)
    response = client.get(reverse("events:export", args=[event.pk]))
    assert response.status_code == 200
    assert world.own.nip in response.content.decode()


def test_minutes_page(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, world.other_agency)
    login(world.users.hr_admin)
    saved = client.post(reverse("events:minutes", args=[event.pk]),
                         {"version": event.version, "minutes_text": "Dibuka pukul 09.00",
                          "decisions": "Bentuk tim\nRapat lanjutan"})
    assert saved.status_code == 302
    login(world.users.own)
    body = client.get(reverse("events:minutes", args=[event.pk])).content.decode()
    assert "Rapat lanjutan" in body
    assert client.post(reverse("events:minutes", args=[event.pk]), {}).status_code == 404
