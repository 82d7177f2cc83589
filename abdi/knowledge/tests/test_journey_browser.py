"""Browser journey of shared solutions: an employee of Dinas Pendidikan shares and publishes a
solution with tags; an employee of Dinas Kesehatan finds it by searching, records "we applied
this", and asks about it in a forum topic, which the first answers; the asker marks the answer."""

import re

import pytest
from playwright.sync_api import expect

from abdi.guidance.models import TourProgress
from abdi.guidance.tour import TOUR_VERSION
from abdi.knowledge.models import Solution, Topic
from abdi.knowledge.tests.factories import make_board
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_share_find_reuse_and_ask(world, live_server, browser_page):
    with within(world.gov):
        for user in (world.users.own, world.users.other_unit):  # the first-login tour is not ours
            TourProgress.objects.create(instansi=world.gov, user=user, version=TOUR_VERSION,
                                        outcome="skipped")
        board = make_board(world.gov, "Pelayanan publik")

    # 1) The author (Dinas Pendidikan) writes the solution with tags and publishes it.
    author = browser_page
    author.set_viewport_size({"width": 390, "height": 844})
    author.goto("/berbagi-solusi/solusi/baru/")
    log_in(author, world.users.own)
    author.wait_for_url(re.compile("/berbagi-solusi/solusi/baru/$"))
    author.locator("#f-title").fill("Antrean online pendaftaran sekolah")
    author.locator("#f-problem").fill("Orang tua antre sejak subuh di sekolah favorit saat PPDB.")
    author.locator("#f-solution").fill("Pendaftaran daring dengan kuota per zona dan jadwal "
                                       "verifikasi berkas yang dikirim lewat WhatsApp.")
    author.locator("#f-results").fill("Antrean fisik turun 85%; keluhan PPDB turun dari 140 ke 12.")
    author.locator("#f-tags").fill("Antrean Online, PPDB")
    author.get_by_test_id("save").click()
    author.wait_for_url(re.compile(r"/berbagi-solusi/solusi/\d+/$"))
    author.get_by_test_id("publish").click()
    expect(author.get_by_test_id("status")).to_have_attribute("data-status", "published")
    expect(author.get_by_test_id("tags")).to_contain_text("antrean online")
    shoot(author, "knowledge-journey-01-published")
    with within(world.gov):
        solution = Solution.objects.get()

    # 2) An employee of Dinas Kesehatan finds it by searching and records the reuse.
    reader = new_page(author, live_server)
    reader.goto("/berbagi-solusi/")
    log_in(reader, world.users.other_unit)
    reader.wait_for_url(re.compile("/berbagi-solusi/$"))
    reader.get_by_test_id("search-q").fill("antrean ppdb")
    reader.get_by_test_id("search-submit").click()
    found = reader.get_by_test_id("results")
    expect(found.get_by_test_id(f"solution-{solution.pk}")).to_be_visible()
    shoot(reader, "knowledge-journey-02-found")
    found.get_by_test_id(f"solution-{solution.pk}").get_by_role("link").first.click()
    reader.get_by_test_id("reuse-note").fill("Kami terapkan untuk antrean imunisasi di puskesmas.")
    reader.get_by_test_id("reuse").click()
    expect(reader.get_by_test_id("reuse-count")).to_have_text("1")
    expect(reader.get_by_test_id(f"reuse-{world.other_agency.pk}")).to_contain_text("imunisasi")
    shoot(reader, "knowledge-journey-03-reused")

    # 3) He asks a question in the forum.
    reader.goto(f"/berbagi-solusi/forum/papan/{board.pk}/")
    reader.locator("#t-title").fill("Kuota zona untuk antrean imunisasi?")
    reader.locator("#t-body").fill("Bagaimana menentukan kuota per zona? Referensi: "
                                   "https://contoh.go.id/ppdb")
    reader.get_by_test_id("post-topic").click()
    reader.wait_for_url(re.compile(r"/berbagi-solusi/forum/topik/\d+/$"))
    with within(world.gov):
        topic = Topic.objects.get()

    # 4) The author answers.
    author.goto(f"/berbagi-solusi/forum/topik/{topic.pk}/")
    author.locator("#r-body").fill("Kami bagi menurut jumlah penduduk usia sekolah per kelurahan.")
    author.get_by_test_id("post-reply").click()
    author.wait_for_url(re.compile(rf"/berbagi-solusi/forum/topik/{topic.pk}/"))
    with within(world.gov):
        reply = topic.posts.get()
    expect(author.get_by_test_id(f"reply-{reply.pk}")).to_contain_text("kelurahan")

    # 5) The asker marks it as the answer.
    reader.reload()
    reader.get_by_test_id(f"mark-answer-{reply.pk}").click()
    expect(reader.get_by_test_id("answer")).to_be_visible()
    shoot(reader, "knowledge-journey-04-answered")
    reader.context.close()
