"""The permission matrix: persona x action on solutions and forum posts of `own` (Dinas
Pendidikan). Denied calls change nothing."""

import pytest
from django.urls import reverse

from abdi.knowledge.models import Board, Post, Reuse, Solution, Topic
from abdi.knowledge.tests.factories import PDF, make_board, make_post, make_solution, make_topic
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db

PERSONAS = ["own", "supervisor", "other_unit", "agency_admin", "hr_admin", "leader", "other_gov",
            "operator", "anonymous"]


@pytest.fixture
def published(world):
    with within(world.gov):
        return make_solution(world.own)


@pytest.fixture
def draft(world):
    with within(world.gov):
        return make_solution(world.own, status="draft", title="Draf rahasia")


@pytest.fixture
def topic(world):
    with within(world.gov):
        return make_topic(make_board(world.gov), world.own)


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


OUTSIDERS = {"other_gov": 404, "operator": 404, "anonymous": "login"}
MEMBERS_200 = dict.fromkeys(("own", "supervisor", "other_unit", "agency_admin", "hr_admin", "leader"), 200)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_member_reads_a_published_solution(world, published, client, login, persona):
    response = _as(client, login, world, persona).get(
        reverse("knowledge:solution", args=[published.pk]))
    assert _ok({**MEMBERS_200, **OUTSIDERS}[persona], response), response.status_code


DRAFT = {"own": 200, "supervisor": 404, "other_unit": 404, "agency_admin": 404, "hr_admin": 200,
         "leader": 404, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_draft_is_seen_by_its_authors_and_hr(world, draft, client, login, persona):
    response = _as(client, login, world, persona).get(reverse("knowledge:solution", args=[draft.pk]))
    assert _ok(DRAFT[persona], response), response.status_code


EDIT = {"own": 200, "supervisor": 403, "other_unit": 403, "agency_admin": 403, "hr_admin": 403,
        "leader": 403, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_authors_open_the_edit_form(world, published, client, login, persona):
    response = _as(client, login, world, persona).get(reverse("knowledge:edit", args=[published.pk]))
    assert _ok(EDIT[persona], response), response.status_code


PUBLISH = {"own": 302, "supervisor": 404, "other_unit": 404, "agency_admin": 404, "hr_admin": 403,
           "leader": 404, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_an_author_publishes(world, draft, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("knowledge:publish", args=[draft.pk]), {"version": draft.version})
    assert _ok(PUBLISH[persona], response), response.status_code
    with within(world.gov):
        status = Solution.objects.get(pk=draft.pk).status
    assert status == ("published" if persona == "own" else "draft")


UNPUBLISH = {"own": 403, "supervisor": 403, "other_unit": 403, "agency_admin": 403,
             "hr_admin": 302, "leader": 403, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_withdraws(world, published, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("knowledge:unpublish", args=[published.pk]),
        {"version": published.version, "reason": "Memuat data pribadi warga"})
    assert _ok(UNPUBLISH[persona], response), response.status_code
    with within(world.gov):
        status = Solution.objects.get(pk=published.pk).status
    assert status == ("unpublished" if persona == "hr_admin" else "published")


# own, supervisor: the authors' own agency; agency_admin and leader have no employee record.
REUSE = {"own": 403, "supervisor": 403, "other_unit": 302, "agency_admin": 403, "hr_admin": 302,
         "leader": 403, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_another_agency_records_a_reuse(world, published, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("knowledge:reuse", args=[published.pk]),
        {"note": "Kami terapkan di puskesmas kami."})
    assert _ok(REUSE[persona], response), response.status_code
    with within(world.gov):
        assert Reuse.objects.exists() == (REUSE[persona] == 302)


@pytest.mark.parametrize("persona", PERSONAS)
def test_attachments_are_served_to_who_reads_the_solution(world, published, client, login,
                                                          persona):
    from django.core.files.base import ContentFile

    from abdi.knowledge.models import Attachment

    with within(world.gov):
        attachment = Attachment(instansi=world.gov, solution=published, original_name="a.pdf",
                                kind="pdf", size=len(PDF))
        attachment.file.save("a.pdf", ContentFile(PDF), save=True)
    response = _as(client, login, world, persona).get(
        reverse("knowledge:download", args=[attachment.pk]))
    assert _ok({**MEMBERS_200, **OUTSIDERS}[persona], response), response.status_code
    if response.status_code == 200:
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content) == PDF


BOARD = {"own": 404, "supervisor": 404, "other_unit": 404, "agency_admin": 404, "hr_admin": 302,
         "leader": 404, "other_gov": 404, "operator": 404, "anonymous": "login"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_opens_a_board(world, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("knowledge:boards"), {"name": "Teknologi", "description": ""})
    assert _ok(BOARD[persona], response), response.status_code
    with within(world.gov):
        assert Board.objects.exists() == (persona == "hr_admin")


TOPIC = {"own": 302, "supervisor": 302, "other_unit": 302, "agency_admin": 404, "hr_admin": 302,
         "leader": 404, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_employees_of_the_government_open_topics(world, client, login, persona):
    with within(world.gov):
        board = make_board(world.gov)
    response = _as(client, login, world, persona).post(
        reverse("knowledge:start_topic", args=[board.pk]),
        {"title": "Pertanyaan tentang SKP", "body": "Bagaimana menulis indikator?"})
    assert _ok(TOPIC[persona], response), response.status_code
    with within(world.gov):
        assert Topic.objects.exists() == (TOPIC[persona] == 302)


REPLY = {"own": 302, "supervisor": 302, "other_unit": 302, "agency_admin": 403, "hr_admin": 302,
         "leader": 403, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_employees_reply(world, topic, client, login, persona):
    response = _as(client, login, world, persona).post(
        reverse("knowledge:reply", args=[topic.pk]), {"body": "Coba lihat panduan SKP."})
    assert _ok(REPLY[persona], response), response.status_code
    with within(world.gov):
        assert Post.objects.exists() == (REPLY[persona] == 302)


ANSWER = {"own": 302, "supervisor": 403, "other_unit": 403, "agency_admin": 403, "hr_admin": 403,
          "leader": 403, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_topic_author_marks_the_answer(world, topic, client, login, persona):
    with within(world.gov):
        post = make_post(topic, world.other_unit)
    response = _as(client, login, world, persona).post(
        reverse("knowledge:mark_answer", args=[post.pk]))
    assert _ok(ANSWER[persona], response), response.status_code
    with within(world.gov):
        assert (Topic.objects.get(pk=topic.pk).answer_id == post.pk) == (persona == "own")


HIDE = {"own": 403, "supervisor": 403, "other_unit": 403, "agency_admin": 403, "hr_admin": 302,
        "leader": 403, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_hr_hides_a_reply(world, topic, client, login, persona):
    with within(world.gov):
        post = make_post(topic, world.other_unit)
    response = _as(client, login, world, persona).post(
        reverse("knowledge:hide_post", args=[post.pk]), {"reason": "Tidak sesuai topik"})
    assert _ok(HIDE[persona], response), response.status_code
    with within(world.gov):
        assert Post.objects.get(pk=post.pk).hidden == (persona == "hr_admin")


HIDDEN_TOPIC = {"own": 200, "supervisor": 404, "other_unit": 404, "agency_admin": 404,
                "hr_admin": 200, "leader": 404, **OUTSIDERS}


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_hidden_topic_is_seen_by_its_author_and_hr(world, topic, client, login, persona):
    with within(world.gov):
        Topic.objects.filter(pk=topic.pk).update(hidden=True, hidden_reason="Topik ganda")
    response = _as(client, login, world, persona).get(reverse("knowledge:topic", args=[topic.pk]))
    assert _ok(HIDDEN_TOPIC[persona], response), response.status_code
