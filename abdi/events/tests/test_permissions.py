"""The permission matrix: persona x action on an event of Dinas Pendidikan (own's agency).
Organisers there: BKPSDM, the agency admin, and the heads of its units. Denied calls change
nothing; other governments and the operator get 404; anonymous is sent to log in."""

import pytest
from django.urls import reverse

from abdi.events.models import Registration
from abdi.events.tests.factories import make_event, make_registration
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db

PERSONAS = ["own", "supervisor", "agency_head", "other_unit", "agency_admin", "hr_admin", "leader",
            "other_gov", "operator", "anonymous"]
ORGANISERS = {"supervisor", "agency_head", "agency_admin", "hr_admin"}


@pytest.fixture
def disdik_event(world):
    with within(world.gov):
        event = make_event(world.gov, world.agency, title="Sesi Berbagi Kurikulum")
        make_registration(event, world.peer)
        return event


def _as(client, login, world, persona):
    user = getattr(world.users, persona, None)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    return client


def _expect(persona, allowed, ok=200, denied=404):
    if persona == "anonymous":
        return "login"
    if persona in ("other_gov", "operator"):
        return 404
    return ok if allowed else denied


def _ok(expected, response):
    if expected == "login":
        return response.status_code == 302 and "/accounts/login/" in response["Location"]
    return response.status_code == expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_an_open_event(world, disdik_event, client, login, persona):
    response = _as(client, login, world, persona).get(
        reverse("events:detail", args=[disdik_event.pk]))
    assert _ok(_expect(persona, True), response), response.status_code


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_a_draft(world, client, login, persona):
    with within(world.gov):
        draft = make_event(world.gov, world.agency, status="draft")
    response = _as(client, login, world, persona).get(reverse("events:detail", args=[draft.pk]))
    assert _ok(_expect(persona, persona in ORGANISERS), response), response.status_code


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_an_invited_only_event(world, client, login, persona):
    with within(world.gov):
        private = make_event(world.gov, world.agency, audience="invited")
    response = _as(client, login, world, persona).get(reverse("events:detail", args=[private.pk]))
    allowed = persona in ORGANISERS or persona == "leader"  # leaders see the whole government
    assert _ok(_expect(persona, allowed), response), response.status_code


@pytest.mark.parametrize("page", ["edit", "invitations", "registrations", "export",
                                  "checkin_screen"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_organiser_pages(world, disdik_event, client, login, persona, page):
    response = _as(client, login, world, persona).get(
        reverse(f"events:{page}", args=[disdik_event.pk]))
    assert _ok(_expect(persona, persona in ORGANISERS), response), response.status_code


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_marks_attendance(world, disdik_event, client, login, persona):
    with within(world.gov):
        registration = Registration.objects.get(event=disdik_event)
    response = _as(client, login, world, persona).post(
        reverse("events:mark", args=[disdik_event.pk]), {"present": [registration.pk]})
    allowed = persona in ORGANISERS
    assert _ok(_expect(persona, allowed, ok=302), response), response.status_code
    with within(world.gov):
        marked = Registration.objects.get(pk=registration.pk).checked_in_at is not None
    assert marked == allowed


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_registers(world, disdik_event, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("events:register", args=[disdik_event.pk]))
    has_employee = persona in {"own", "supervisor", "agency_head", "other_unit", "hr_admin"}
    assert _ok(_expect(persona, has_employee, ok=302, denied=403), response), response.status_code
    with within(world.gov):
        count = Registration.objects.filter(event=disdik_event).count()
    assert count == (2 if has_employee else 1)


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_participation(world, client, login, persona):
    response = _as(client, login, world, persona).get(reverse("events:participation"))
    allowed = persona in {"agency_admin", "hr_admin", "leader"}
    assert _ok(_expect(persona, allowed), response), response.status_code


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_uploads_photos(world, disdik_event, client, login, persona):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from abdi.events.models import Photo
    from abdi.events.tests.factories import JPEG

    response = _as(client, login, world, persona).post(
        reverse("events:photos", args=[disdik_event.pk]),
        {"image": SimpleUploadedFile("a.jpg", JPEG, content_type="image/jpeg")})
    allowed = persona in ORGANISERS
    assert _ok(_expect(persona, allowed, ok=302), response), response.status_code
    with within(world.gov):
        assert Photo.objects.count() == (1 if allowed else 0)
