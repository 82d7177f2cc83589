"""Pages: the banner, tour and feedback button of every page, list pages with a constant
number of queries, feedback with and without htmx, CSV of who has not read."""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.guidance.models import Feedback, TourProgress
from abdi.guidance.services import feedback as feedback_services
from abdi.guidance.tests.conftest import actor_of, make_announcement
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db
HOME = reverse("web:home")


def _seen_tour(user, instansi):
    with scopes_disabled():
        TourProgress.objects.create(instansi=instansi, user=user, version=1, outcome="finished")


# --- banner --------------------------------------------------------------------------------

def test_the_banner_is_one_query_then_cached_until_read(world, login, announcement,
                                                        django_assert_num_queries,
                                                        django_assert_max_num_queries):
    _seen_tour(world.users.own, world.gov)
    client = login(world.users.own)
    client.get(HOME)  # warms the principal caches: what is left is the banner's own query
    from django.core.cache import cache

    from abdi.guidance.chrome import announcements_generation

    generation = announcements_generation(world.gov.pk).current()
    cache.delete(f"guidance:banner:{world.gov.pk}:{generation}:{world.users.own.pk}")
    with django_assert_max_num_queries(12) as first:
        page = client.get(HOME)
    queries = [q["sql"] for q in first.captured_queries]
    assert sum("guidance_announcement" in sql for sql in queries) == 1
    assert f'data-testid="banner-{announcement.pk}"'.encode() in page.content
    with django_assert_num_queries(len(queries) - 1):  # cached: no banner query
        client.get(HOME)
    client.post(reverse("guidance:announcement_read", args=[announcement.pk]), {"next": HOME})
    assert f'data-testid="banner-{announcement.pk}"'.encode() not in client.get(HOME).content


def test_a_new_announcement_reaches_cached_banners_at_once(world, login):
    _seen_tour(world.users.own, world.gov)
    own = login(world.users.own)
    assert b"announcement-banner" not in own.get(HOME).content
    hr = login(world.users.hr_admin)
    hr.post(reverse("guidance:announcement_create"), {
        "title": "Upacara 17 Agustus", "body": "Wajib hadir.", "audience": "government",
        "importance": "urgent"})
    own = login(world.users.own)
    assert "Upacara 17 Agustus" in own.get(HOME).content.decode()


def test_hostile_titles_are_escaped_in_the_banner(world, login):
    with within(world.gov):
        make_announcement(world.gov, title="<script>alert(1)</script>")
    page = login(world.users.own).get(HOME).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


# --- tour ----------------------------------------------------------------------------------

def test_the_tour_is_shown_until_finished_and_again_after_replay(world, login):
    client = login(world.users.own)
    page = client.get(HOME).content.decode()
    assert 'id="guidance-tour"' in page
    assert "driver-1.8.0.iife.js" in page
    assert client.post(reverse("guidance:tour_done"), {"outcome": "skipped"}).status_code == 204
    page = client.get(HOME).content.decode()
    assert 'id="guidance-tour"' not in page
    assert "driver-1.8.0" not in page
    client.post(reverse("guidance:tour_replay"))
    assert 'id="guidance-tour"' in client.get(HOME).content.decode()


def test_tour_steps_follow_the_roles(world, login):
    employee = login(world.users.own).get(HOME).content.decode()
    hr = login(world.users.hr_admin).get(HOME).content.decode()
    assert "transfer:index" not in employee
    assert "transfer:index" in hr


def test_no_tour_or_feedback_for_anonymous_pages(client):
    page = client.get(reverse("accounts:login")).content.decode()
    assert "guidance-tour" not in page
    assert 'data-testid="feedback"' not in page
    assert 'data-testid="help-link"' in page


# --- feedback ------------------------------------------------------------------------------

def test_feedback_without_javascript_goes_back_to_the_page(world, login):
    _seen_tour(world.users.own, world.gov)
    client = login(world.users.own)
    response = client.post(reverse("guidance:feedback_send"), {
        "kind": "idea", "text": "Tambahkan <b>mode gelap</b>", "path": "/kinerja/",
        "screen": "performance:home"})
    assert (response.status_code, response["Location"]) == (302, "/kinerja/")
    with scopes_disabled():
        sent = Feedback.objects.get()
    assert (sent.kind, sent.screen, sent.path) == ("idea", "performance:home", "/kinerja/")
    hr = login(world.users.hr_admin)
    detail = hr.get(reverse("guidance:feedback", args=[sent.pk])).content.decode()
    assert "&lt;b&gt;mode gelap&lt;/b&gt;" in detail


def test_feedback_never_redirects_to_another_site(world, login):
    client = login(world.users.own)
    response = client.post(reverse("guidance:feedback_send"), {
        "kind": "idea", "text": "Ide bagus sekali", "path": "https://jahat.example/"})
    assert response["Location"] == reverse("guidance:feedback_mine")


def test_feedback_with_htmx_answers_in_place_and_refusals_are_4xx(world, login):
    client = login(world.users.own)
    url = reverse("guidance:feedback_send")
    done = client.post(url, {"kind": "question", "text": "Kapan TPP cair?"}, HTTP_HX_REQUEST="true")
    assert done.status_code == 200
    assert b'data-testid="feedback-sent"' in done.content
    empty = client.post(url, {"kind": "question", "text": ""}, HTTP_HX_REQUEST="true")
    assert empty.status_code == 400
    assert b'data-testid="feedback-error"' in empty.content
    plain = client.post(url, {"kind": "bogus", "text": "Teks cukup panjang"})
    assert plain.status_code == 400
    assert b'data-testid="feedback-error"' in plain.content


def test_too_much_feedback_is_a_clear_429(world, login):
    client = login(world.users.own)
    url = reverse("guidance:feedback_send")
    statuses = [client.post(url, {"kind": "idea", "text": f"Ide nomor {n}"}).status_code
                for n in range(6)]
    assert statuses == [302] * 5 + [429]


def test_the_sender_sees_the_reply(world, login):
    with within(world.gov):
        sent, _new = feedback_services.send_feedback(actor=actor_of(world.users.own),
                                                     kind="question", text="Kapan TPP cair?")
    login(world.users.hr_admin).post(reverse("guidance:feedback_reply", args=[sent.pk]), {
        "version": 1, "text": "Tanggal 5 setiap bulan.", "status": "done"})
    page = login(world.users.own).get(reverse("guidance:feedback_mine")).content.decode()
    assert "Tanggal 5 setiap bulan." in page


# --- list pages: a constant number of queries ----------------------------------------------

def _feedback(world, n):
    with within(world.gov):
        for i in range(n):
            Feedback.objects.create(instansi=world.gov, sender=world.users.own, kind="idea",
                                    text=f"Ide {i}", fingerprint=str(i))


def _announcements(world, n):
    with within(world.gov):
        for i in range(n):
            make_announcement(world.gov, title=f"Pengumuman {i}")


LISTS = {
    "guidance:feedback_inbox": ("hr_admin", _feedback),
    "guidance:feedback_mine": ("own", _feedback),
    "guidance:announcements": ("own", _announcements),
    "guidance:announcement_manage": ("hr_admin", _announcements),
    "guidance:articles": ("hr_admin", None),
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_list_pages_make_the_same_queries_for_few_or_many(world, login, name,
                                                          django_assert_max_num_queries):
    persona, fill = LISTS[name]
    user = getattr(world.users, persona)
    _seen_tour(user, world.gov)
    client = login(user)
    url = reverse(name)

    def add(n):
        if fill is not None:
            fill(world, n)
        else:
            with within(world.gov):
                from abdi.guidance.models import Article
                for i in range(n):
                    Article.objects.create(instansi=world.gov, title=f"Artikel {i}", body="Isi.")

    add(1)
    client.get(url)
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    count = len(few.captured_queries)  # before the next request resets the query log
    add(4)
    client.get(url)
    with django_assert_max_num_queries(count):
        assert client.get(url).status_code == 200


def test_receipts_page_is_constant_in_queries(world, login, announcement,
                                              django_assert_max_num_queries):
    _seen_tour(world.users.hr_admin, world.gov)
    client = login(world.users.hr_admin)
    url = reverse("guidance:announcement_receipts", args=[announcement.pk])
    client.get(url)
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    count = len(few.captured_queries)  # before the next request resets the query log
    with scopes_disabled():
        for i in range(5):
            EmployeeFactory(position=world.peer.position, name=f"Pegawai Tambahan {i}")
    client.get(url)
    with django_assert_max_num_queries(count):
        page = client.get(url)
    assert "Pegawai Tambahan 4" in page.content.decode()


def test_unread_csv_lists_who_has_not_read(world, login, announcement):
    client = login(world.users.own)
    client.post(reverse("guidance:announcement_read", args=[announcement.pk]))
    response = login(world.users.hr_admin).get(
        reverse("guidance:announcement_unread_csv", args=[announcement.pk]))
    body = b"".join(response.streaming_content).decode()
    assert response["Content-Type"].startswith("text/csv")
    assert world.peer.nip in body
    assert world.own.nip not in body


def test_a_forged_unit_of_another_government_is_a_clear_400(world, login):
    response = login(world.users.hr_admin).post(reverse("guidance:announcement_create"), {
        "title": "Rapat", "body": "Rapat pukul 09.00.", "audience": "agencies",
        "targets": [world.other_gov_agency.pk]})
    assert response.status_code == 400
    assert b'data-testid="error"' in response.content


def test_article_history_shows_who_changed_it(world, login, article):
    client = login(world.users.hr_admin)
    response = client.post(reverse("guidance:article_edit", args=[article.pk]), {
        "version": 1, "title": article.title, "summary": "", "body": "Teks yang diperbarui.",
        "language": "id", "audience": ["employee"], "screens": "guidance:index"})
    assert response.status_code == 302
    history = client.get(reverse("guidance:article_history", args=[article.pk])).content.decode()
    assert 'data-testid="revision-1"' in history
    assert "Admin BKPSDM" in history
    stale = client.post(reverse("guidance:article_edit", args=[article.pk]), {
        "version": 1, "title": "Judul lain", "body": "Teks yang lain lagi.", "language": "id"})
    assert stale.status_code == 409


def test_articles_filter_by_whom_they_are_written_for(world, login, article):
    from abdi.guidance.models import Article

    with within(world.gov):
        Article.objects.create(instansi=world.gov, title="Memvalidasi kegiatan bawahan",
                               body="Buka antrean.", audience=" supervisor ", is_published=True)
        Article.objects.create(instansi=world.gov, title="Untuk semua pegawai", body="Umum.",
                               audience="", is_published=True)
    client = login(world.users.own)
    url = reverse("guidance:articles")
    everyone = client.get(url).content.decode()
    for_atasan = client.get(url, {"untuk": "supervisor"}).content.decode()
    hostile = client.get(url, {"untuk": "<script>"})
    assert everyone.count("/panduan/artikel/") >= 3
    assert "Memvalidasi kegiatan bawahan" in for_atasan
    assert "Untuk semua pegawai" in for_atasan  # written for everyone
    assert "Cara mengisi laporan kegiatan harian" not in for_atasan
    assert hostile.status_code == 200  # an unknown tag is no filter
    assert "Cara mengisi laporan kegiatan harian" in hostile.content.decode()
