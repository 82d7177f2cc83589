"""The permission matrix: role x action x own / subordinate / other unit / other government /
anonymous. Health results: the employee and the programme's medical staff, nobody else —
not BKPSDM, not the agency admin, not the supervisor, not the pimpinan. Denied calls change nothing."""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.tenancy.scoping import within
from abdi.welfare.models import MedicalResult, Participation, Programme

from .conftest import SECRET

PERSONAS = ["own", "doctor", "hr_admin", "agency_admin", "supervisor", "agency_head", "other_unit",
            "leader", "other_gov", "operator", "anonymous"]


def _user(world, health, persona):
    return health.doctor if persona == "doctor" else getattr(world.users, persona, None)


def _get(client, login, world, health, persona, url):
    user = _user(world, health, persona)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    return client.get(url)


def _status_ok(expected, response):
    if expected == "login":
        return response.status_code == 302 and "/accounts/login/" in response["Location"]
    return response.status_code == expected


READ_RESULT = {"own": 200, "doctor": 200, "hr_admin": 403, "agency_admin": 404, "supervisor": 404,
               "agency_head": 404, "other_unit": 404, "leader": 404, "other_gov": 404,
               "operator": 404, "anonymous": "login"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_reads_a_health_result(world, health, client, login, persona):
    response = _get(client, login, world, health, persona,
                    reverse("welfare:result", args=[health.own.pk]))
    assert _status_ok(READ_RESULT[persona], response), response.status_code
    shown = SECRET in response.content.decode()
    assert shown is (READ_RESULT[persona] == 200)


def test_hr_admin_cannot_read_a_result(world, health, client, login):
    """Spelled out: BKPSDM manages the programme and sees who attended, never the result."""
    login(world.users.hr_admin)
    assert client.get(reverse("welfare:result", args=[health.own.pk])).status_code == 403
    participants = client.get(reverse("welfare:participants", args=[health.programme.pk]))
    assert participants.status_code == 200
    body = participants.content.decode()
    assert world.own.name in body
    assert SECRET not in body
    assert "enter-result" not in body
    programme = client.get(reverse("welfare:programme", args=[health.programme.pk])).content.decode()
    profile = client.get(reverse("people:detail", args=[world.own.pk])).content.decode()
    for page in (programme, profile, client.get(reverse("welfare:index")).content.decode()):
        assert SECRET not in page
        assert "LDL" not in page


# Employees may see the published programme (403: not who else takes part); an agency admin
# without an employee record sees no programme of the whole government at all (404).
PARTICIPANTS = {"own": 403, "doctor": 200, "hr_admin": 200, "agency_admin": 404, "supervisor": 403,
                "other_unit": 403, "other_gov": 404, "operator": 404, "anonymous": "login"}


@pytest.mark.parametrize("persona", list(PARTICIPANTS))
def test_who_sees_the_participants(world, health, client, login, persona):
    response = _get(client, login, world, health, persona,
                    reverse("welfare:participants", args=[health.programme.pk]))
    assert _status_ok(PARTICIPANTS[persona], response), response.status_code


ENTER_RESULT = {"own": 403, "doctor": 302, "hr_admin": 403, "supervisor": 404, "other_unit": 404,
                "other_gov": 404, "operator": 404}


@pytest.mark.parametrize("persona", list(ENTER_RESULT))
def test_who_enters_a_result(world, health, client, login, persona):
    login(_user(world, health, persona))
    client.raise_request_exception = False
    response = client.post(reverse("welfare:result", args=[health.own.pk]),
                           {"summary": "Diubah", "version": health.result.version})
    assert response.status_code == ENTER_RESULT[persona]
    with within(world.gov):
        summary = MedicalResult.objects.get().summary
    assert summary == ("Diubah" if persona == "doctor" else SECRET)


ATTENDANCE = {"doctor": 302, "hr_admin": 403, "own": 403, "supervisor": 404, "other_gov": 404}


@pytest.mark.parametrize("persona", list(ATTENDANCE))
def test_who_records_attendance(world, health, client, login, persona):
    login(_user(world, health, persona))
    client.raise_request_exception = False
    response = client.post(reverse("welfare:attendance", args=[health.own.pk]),
                           {"attended": "no", "version": health.own.version})
    assert response.status_code == ATTENDANCE[persona]
    with within(world.gov):
        status = Participation.objects.get(pk=health.own.pk).status
    assert status == ("no_show" if persona == "doctor" else "attended")


CREATE = {"hr_admin": 302, "agency_admin": 302, "own": 403, "supervisor": 403, "leader": 403,
          "doctor": 403, "other_gov": 403, "operator": 404, "anonymous": "login"}


@pytest.mark.parametrize("persona", list(CREATE))
def test_who_creates_a_programme(world, client, login, health, persona):
    user = _user(world, health, persona)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    values = {"kind": "benefit", "name": "Bantuan pernikahan", "year": 2026}
    if persona == "agency_admin":
        values["agency_ids"] = [world.agency.pk]
    response = client.post(reverse("welfare:programme_create"), values)
    assert _status_ok(CREATE[persona], response), response.status_code
    with scopes_disabled():
        made = Programme.objects.filter(name="Bantuan pernikahan").first()
    assert (made is not None) is (CREATE[persona] == 302)
    if made is not None:  # in the government of the one who made it
        assert made.instansi_id == user.instansi_id


REGISTER = {"own": 302, "supervisor": 302, "other_unit": 302, "other_gov": 404, "operator": 404,
            "anonymous": "login", "agency_admin": 404}


@pytest.mark.parametrize("persona", list(REGISTER))
def test_who_registers(world, health, client, login, persona):
    user = _user(world, health, persona)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    with scopes_disabled():
        Participation.objects.filter(pk=health.own.pk).delete()
        MedicalResult.objects.all().delete()
    response = client.post(reverse("welfare:register", args=[health.session.pk]))
    assert _status_ok(REGISTER[persona], response), response.status_code
    with scopes_disabled():
        count = Participation.objects.count()
    assert count == (1 if REGISTER[persona] == 302 else 0)


def test_a_doctor_reads_only_the_programme_he_is_named_on(world, health, client, login):
    with scopes_disabled():
        from .factories import ParticipationFactory, SessionFactory

        other = ParticipationFactory(session=SessionFactory(programme__instansi=world.gov),
                                     employee=world.peer, status="attended")
        MedicalResult.objects.create(instansi=world.gov, participation=other, summary="Rahasia lain")
    login(health.doctor)
    assert client.get(reverse("welfare:result", args=[other.pk])).status_code == 404
    assert client.get(reverse("welfare:participants", args=[other.programme_id])).status_code == 403


def test_the_supervisor_sees_nothing_of_a_subordinates_welfare(world, health, client, login):
    login(world.users.supervisor)
    profile = client.get(reverse("people:detail", args=[world.own.pk])).content.decode()
    assert 'id="welfare"' not in profile
    login(world.users.own)
    mine = client.get(reverse("people:detail", args=[world.own.pk])).content.decode()
    assert 'id="welfare"' in mine
    assert SECRET not in mine
