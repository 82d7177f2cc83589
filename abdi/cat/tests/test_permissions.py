"""The permission matrix: persona x page. BKPSDM runs everything; a proctor sees only the
sessions assigned to them; other staff, other governments and the operator see nothing.
Denied requests change nothing."""

import pytest
from django.urls import reverse

from abdi.cat.models import Attempt, LogEntry
from abdi.tenancy.scoping import within

from .factories import make_session

PERSONAS = ("own", "supervisor", "agency_head", "leader", "hr_admin", "agency_admin", "other_unit",
            "other_gov", "operator", None)
# supervisor is the proctor of the session; hr_admin is BKPSDM.
CONSOLE = {"hr_admin": 200, "supervisor": 200, None: 302}
MANAGE = {"hr_admin": 200, None: 302}
INDEX = {"hr_admin": 200, "supervisor": 200, None: 302}


def _as(client, login, world, persona):
    return client if persona is None else login(getattr(world.users, persona))


def _state(world):
    with within(world.gov):
        return (list(Attempt.objects.order_by("pk").values()),
                list(LogEntry.objects.order_by("pk").values()))


@pytest.mark.parametrize("persona", PERSONAS)
def test_console_only_for_bkpsdm_and_the_sessions_proctors(exam_world, client, login, persona):
    c = _as(client, login, exam_world, persona)
    response = c.get(reverse("cat:console", args=[exam_world.session.pk]))
    assert response.status_code == CONSOLE.get(persona, 404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_token_release_only_for_bkpsdm_and_the_proctor(exam_world, client, login, persona):
    with within(exam_world.gov):
        exam_world.first.state = "waiting"
        exam_world.first.save(update_fields=["state"])
    before = _state(exam_world)
    c = _as(client, login, exam_world, persona)
    response = c.post(reverse("cat:release", args=[exam_world.session.pk, exam_world.first.pk]))
    if persona in ("hr_admin", "supervisor"):
        assert response.status_code == 302
        with within(exam_world.gov):
            assert Attempt.objects.get(pk=exam_world.first.pk).state == "released"
    else:
        assert response.status_code == (302 if persona is None else 404)
        assert _state(exam_world) == before


def test_a_proctor_cannot_reach_another_session(exam_world, client, login):
    with within(exam_world.gov):
        other = make_session(exam_world.gov, code="papan-lain", proctors=[exam_world.users.own])
    c = login(exam_world.users.supervisor)
    assert c.get(reverse("cat:console", args=[other.pk])).status_code == 404
    before = _state(exam_world)
    response = c.post(reverse("cat:add_time", args=[other.pk, exam_world.first.pk]),
                      {"minutes": 5, "reason": "x"})
    assert response.status_code == 404
    assert _state(exam_world) == before
    # Its own session, but an attempt id of another session: not found, nothing changes.
    response = c.post(reverse("cat:release", args=[exam_world.session.pk, 2_000_000_001]))
    assert response.status_code == 404
    assert _state(exam_world) == before


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("name", ["cat:session_create", "cat:bank", "cat:ranking", "cat:question_create"])
def test_management_pages_only_for_bkpsdm(exam_world, client, login, persona, name):
    c = _as(client, login, exam_world, persona)
    assert c.get(reverse(name)).status_code == MANAGE.get(persona, 404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_session_page_only_for_bkpsdm(exam_world, client, login, persona):
    c = _as(client, login, exam_world, persona)
    response = c.get(reverse("cat:session", args=[exam_world.session.pk]))
    assert response.status_code == MANAGE.get(persona, 404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_index_lists_sessions_for_bkpsdm_and_proctors(exam_world, client, login, persona):
    c = _as(client, login, exam_world, persona)
    response = c.get(reverse("cat:index"))
    assert response.status_code == INDEX.get(persona, 404)
