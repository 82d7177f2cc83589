import pytest
from django.urls import reverse

from abdi.knowledge.models import Attachment, Solution, Topic
from abdi.knowledge.rules.posting import POSTS_PER_MINUTE
from abdi.knowledge.tests.conftest import SOLUTION_DATA, upload
from abdi.knowledge.tests.factories import make_board, make_post, make_reuse, make_solution, make_topic
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def as_own(world, client, login):
    login(world.users.own)
    client.raise_request_exception = False
    return client


def test_writing_publishing_and_finding_a_solution(world, as_own):
    response = as_own.post(reverse("knowledge:create"), SOLUTION_DATA)
    assert response.status_code == 302
    with within(world.gov):
        made = Solution.objects.get()
    as_own.post(reverse("knowledge:publish", args=[made.pk]), {"version": 1})
    body = as_own.get(reverse("knowledge:index"), {"q": "antrean"}).content.decode()
    assert f'data-testid="solution-{made.pk}"' in body


def test_a_bad_form_answers_400_and_keeps_what_was_typed(world, as_own):
    data = dict(SOLUTION_DATA, problem="")
    response = as_own.post(reverse("knowledge:create"), data)
    assert response.status_code == 400
    assert 'data-testid="error"' in response.content.decode()
    assert SOLUTION_DATA["solution"] in response.content.decode()
    with within(world.gov):
        assert not Solution.objects.exists()


def test_hostile_html_is_escaped_and_links_become_links(world, as_own):
    with within(world.gov):
        item = make_solution(world.own, problem=f"{HOSTILE} lihat https://contoh.go.id/sop ya")
    body = as_own.get(reverse("knowledge:solution", args=[item.pk])).content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert "&lt;script&gt;" in body
    assert 'href="https://contoh.go.id/sop"' in body


def test_a_stale_edit_is_a_conflict(world, as_own):
    with within(world.gov):
        item = make_solution(world.own)
    response = as_own.post(reverse("knowledge:edit", args=[item.pk]), dict(SOLUTION_DATA, version=7))
    assert response.status_code == 409
    with within(world.gov):
        assert Solution.objects.get(pk=item.pk).title == item.title


@pytest.mark.parametrize("solution_id", ["999999", "0"])
def test_forged_ids_are_404(world, as_own, solution_id):
    assert as_own.get(f"/berbagi-solusi/solusi/{solution_id}/").status_code == 404
    assert as_own.post(f"/berbagi-solusi/solusi/{solution_id}/diterapkan/",
                       {"note": "Kami terapkan juga."}).status_code == 404


def test_a_disguised_upload_is_refused(world, as_own):
    with within(world.gov):
        item = make_solution(world.own)
    response = as_own.post(reverse("knowledge:attach", args=[item.pk]),
                           {"file": upload("laporan.pdf", b"MZ\x90\x00 program")})
    assert response.status_code == 400
    assert "PDF, JPEG, PNG, DOCX or PPTX" in response.content.decode()
    response = as_own.post(reverse("knowledge:attach", args=[item.pk]), {})
    assert response.status_code == 400
    with within(world.gov):
        assert not Attachment.objects.exists()


@pytest.mark.parametrize("query", ["'; DROP TABLE x; --", "!!!", "a" * 5000, HOSTILE, "\x00"])
def test_hostile_searches_answer_normally(world, as_own, query):
    response = as_own.get(reverse("knowledge:index"),
                          {"q": query, "tag": query, "agency": query, "year": query, "page": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_a_second_reuse_of_the_same_agency_edits_it(world, client, login):
    login(world.users.other_unit)
    with within(world.gov):
        item = make_solution(world.own)
    url = reverse("knowledge:reuse", args=[item.pk])
    client.post(url, {"note": "Kami terapkan di puskesmas A."})
    response = client.post(url, {"note": "Diperluas ke puskesmas B."}, follow=True)
    assert "had recorded this already" in response.content.decode()
    body = client.get(reverse("knowledge:solution", args=[item.pk])).content.decode()
    assert "Diperluas ke puskesmas B." in body
    assert 'data-testid="reuse-count">1<' in body


def test_the_same_topic_posted_twice_is_one(world, as_own):
    with within(world.gov):
        board = make_board(world.gov)
    data = {"title": "Pertanyaan tentang SKP", "body": "Bagaimana menulis indikator?"}
    first = as_own.post(reverse("knowledge:start_topic", args=[board.pk]), data)
    second = as_own.post(reverse("knowledge:start_topic", args=[board.pk]), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    with within(world.gov):
        assert Topic.objects.count() == 1


def test_posting_too_fast_is_429_and_writes_nothing(world, as_own):
    with within(world.gov):
        topic = make_topic(make_board(world.gov), world.own)
    url = reverse("knowledge:reply", args=[topic.pk])
    for n in range(POSTS_PER_MINUTE):
        assert as_own.post(url, {"body": f"Balasan nomor {n}"}).status_code == 302
    response = as_own.post(url, {"body": "Satu lagi"})
    assert response.status_code == 429
    assert "Too many submissions" in response.content.decode()
    with within(world.gov):
        assert topic.posts.count() == POSTS_PER_MINUTE


def test_an_empty_reply_is_400(world, as_own):
    with within(world.gov):
        topic = make_topic(make_board(world.gov), world.own)
    response = as_own.post(reverse("knowledge:reply", args=[topic.pk]), {"body": "   "})
    assert response.status_code == 400
    with within(world.gov):
        assert not topic.posts.exists()


def test_hidden_replies_show_their_reason_not_their_text(world, client, login):
    with within(world.gov):
        topic = make_topic(make_board(world.gov), world.own)
        post = make_post(topic, world.other_unit, body="Iklan pinjaman online murah")
        post.hidden, post.hidden_reason = True, "Iklan"
        post.save()
    login(world.users.own)
    body = client.get(reverse("knowledge:topic", args=[topic.pk])).content.decode()
    assert "Iklan pinjaman online murah" not in body
    assert f'data-testid="hidden-{post.pk}"' in body
    login(world.users.hr_admin)
    assert "Iklan pinjaman online murah" in client.get(
        reverse("knowledge:topic", args=[topic.pk])).content.decode()


# --- constant queries ----------------------------------------------------------------------


def _fill_library(world, n):
    with within(world.gov):
        for i in range(n):
            item = make_solution(world.own, title=f"Solusi antrean {i}", tags=("antrean", f"t{i}"))
            make_reuse(item, world.other_unit)


@pytest.mark.parametrize("params", [{}, {"q": "antrean"}])
def test_the_index_costs_the_same_for_1_and_12_solutions(world, as_own,
                                                         django_assert_max_num_queries, params):
    _fill_library(world, 1)
    as_own.get(reverse("knowledge:index"), params)  # warm the session and caches
    with django_assert_max_num_queries(40) as few:
        assert as_own.get(reverse("knowledge:index"), params).status_code == 200
    _fill_library(world, 11)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert as_own.get(reverse("knowledge:index"), params).status_code == 200


def test_a_board_costs_the_same_for_1_and_12_topics(world, as_own, django_assert_max_num_queries):
    with within(world.gov):
        board = make_board(world.gov)
        make_post(make_topic(board, world.own, title="Topik 0"), world.other_unit)
    url = reverse("knowledge:board", args=[board.pk])
    as_own.get(url)
    with django_assert_max_num_queries(40) as few:
        as_own.get(url)
    with within(world.gov):
        for i in range(1, 12):
            make_post(make_topic(board, world.other_unit, title=f"Topik {i}"), world.own)
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = as_own.get(url).content.decode()
    assert "Topik 11" in body


def test_a_topic_costs_the_same_for_1_and_12_replies(world, as_own, django_assert_max_num_queries):
    with within(world.gov):
        topic = make_topic(make_board(world.gov), world.own)
        make_post(topic, world.other_unit, body="Balasan 0")
    url = reverse("knowledge:topic", args=[topic.pk])
    as_own.get(url)
    with django_assert_max_num_queries(40) as few:
        as_own.get(url)
    with within(world.gov):
        for i in range(1, 12):
            make_post(topic, world.peer, body=f"Balasan {i}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = as_own.get(url).content.decode()
    assert "Balasan 11" in body


def test_the_boards_page_costs_the_same_for_1_and_8_boards(world, as_own,
                                                           django_assert_max_num_queries):
    with within(world.gov):
        make_topic(make_board(world.gov, "Papan 0"), world.own)
    url = reverse("knowledge:boards")
    as_own.get(url)
    with django_assert_max_num_queries(40) as few:
        as_own.get(url)
    with within(world.gov):
        for i in range(1, 8):
            make_topic(make_board(world.gov, f"Papan {i}"), world.own, title=f"T{i}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        as_own.get(url)
