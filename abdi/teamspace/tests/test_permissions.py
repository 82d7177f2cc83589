"""The permission matrix: persona x action on a team's work space. Members and their atasan see
it, a member who left reads it, only active members of a running team write; everybody else is
told nothing exists (404). Denied calls change nothing."""

import pytest
from django.urls import reverse

from abdi.teamspace.models import Reply, TeamTask
from abdi.teamspace.services import documents, threads
from abdi.teamspace.tests.conftest import actor_of, upload
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db

PERSONAS = ["own", "peer", "sibling", "supervisor", "agency_head", "other_unit", "agency_admin",
            "hr_admin", "leader", "other_gov", "operator", "anonymous"]
NOT_IN_THE_TEAM = {"agency_head": 404, "other_unit": 404, "agency_admin": 404, "hr_admin": 404,
                   "leader": 404, "other_gov": 404, "operator": 404, "anonymous": "login"}


def _as(client, login, world, persona):
    user = getattr(world.users, persona, None)
    if user is not None:
        login(user)
    client.raise_request_exception = False
    return client


def _ok(expected, response):
    if expected == "login":
        return response.status_code == 302 and "/accounts/login/" in response["Location"]
    return response.status_code == expected


@pytest.fixture
def space(world, team):
    with within(world.gov):
        document = documents.create_document(actor=actor_of(world.users.own), team=team,
                                             title="Rencana aksi", upload=upload())
        thread = threads.start_thread(actor=actor_of(world.users.own), team=team,
                                      title="Jadwal", body="Kapan?")
        version = document.versions.get()
    return {"team": team, "document": document, "version": version, "thread": thread}


READ = {"own": 200, "peer": 200, "sibling": 200, "supervisor": 200} | NOT_IN_THE_TEAM
PAGES = ["tasks", "threads", "documents", "meetings"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_who_sees_the_work_space(world, space, client, login, persona, page):
    response = _as(client, login, world, persona).get(
        reverse(f"teamspace:{page}", args=[space["team"].pk]))
    assert _ok(READ[persona], response), response.status_code
    if response.status_code == 200:
        body = response.content.decode()
        writer = persona in ("own", "peer")
        assert ('data-testid="read-only"' in body) is not writer


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_downloads_a_version(world, space, client, login, persona):
    response = _as(client, login, world, persona).get(reverse(
        "teamspace:download", args=[space["team"].pk, space["document"].pk, space["version"].pk]))
    assert _ok(READ[persona], response), response.status_code
    if response.status_code == 200:
        assert b"".join(response.streaming_content).startswith(b"%PDF")


WRITE = {"own": 302, "peer": 302, "sibling": 403, "supervisor": 403} | NOT_IN_THE_TEAM


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_active_members_add_tasks(world, space, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("teamspace:task_create", args=[space["team"].pk]),
        {"title": "Rekap data", "owner": world.peer.pk, "due_on": space["team"].ends_on})
    assert _ok(WRITE[persona], response), response.status_code
    with within(world.gov):
        assert TeamTask.objects.count() == (1 if WRITE[persona] == 302 else 0)


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_active_members_reply(world, space, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("teamspace:reply", args=[space["team"].pk, space["thread"].pk]), {"body": "Ok"})
    assert _ok(WRITE[persona], response), response.status_code
    with within(world.gov):
        assert Reply.objects.count() == (1 if WRITE[persona] == 302 else 0)


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_active_members_upload_versions(world, space, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("teamspace:version_create", args=[space["team"].pk, space["document"].pk]),
        {"based_on": 1, "file": upload()})
    assert _ok(WRITE[persona], response), response.status_code
    with within(world.gov):
        assert space["document"].versions.count() == (2 if WRITE[persona] == 302 else 1)


def test_a_closed_team_is_read_only_for_its_members(world, space, client, login):
    with within(world.gov):
        space["team"].status = "closed"
        space["team"].save()
    login(world.users.own)
    assert client.get(reverse("teamspace:tasks", args=[space["team"].pk])).status_code == 200
    response = client.post(reverse("teamspace:thread_create", args=[space["team"].pk]),
                           {"title": "Masih?", "body": "Halo"})
    assert response.status_code == 403
