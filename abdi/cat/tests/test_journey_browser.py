"""Browser journey of a candidate: logs in with the proctor's token on a phone-sized window,
answers (each choice saved at once), loses the connection and keeps choosing, comes back, reloads
and resumes with the same answers and the server's time, finishes on a desktop-sized window and
appears on the public live scoreboard."""

import re

import pytest
from playwright.sync_api import expect

from abdi.cat.models import Answer, Attempt
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import new_page, shoot

from .conftest import TOKEN

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _wait_for_saved(page):
    # The page says "saved" only when the server answered 200 to this choice.
    expect(page.get_by_test_id("saved")).to_have_text(re.compile("Saved|Tersimpan"),
                                                       timeout=20000)  # a wait limit, not a timing check


def _start_exam(page):
    """The candidate logs in with the proctor's token on a phone-sized window."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/cat/ujian/")
    page.get_by_label(re.compile("Registration number|Nomor")).fill("2024000001")
    page.get_by_label(re.compile("Token")).fill(TOKEN)
    page.get_by_test_id("start").click()
    page.wait_for_url(re.compile("/cat/ujian/soal/"))


def test_candidate_resumes_after_losing_the_connection_and_appears_on_the_board(
        exam_world, live_server, browser_page):
    page = browser_page
    _start_exam(page)
    with within(exam_world.gov):
        attempt = Attempt.objects.get(pk=exam_world.first.pk)
    first_q = attempt.question_ids[0]
    order = attempt.option_orders[str(first_q)]

    # 1) A choice is saved the moment it is clicked.
    page.get_by_test_id("option-2").click()
    _wait_for_saved(page)
    expect(page.get_by_test_id("nav-1")).to_have_class(re.compile("answered"))
    shoot(page, "cat-journey-01-phone-question")

    # 2) The connection drops: the choice is kept, the page says so, and it is sent on return.
    page.context.set_offline(True)
    page.get_by_test_id("option-4").click()
    expect(page.get_by_test_id("offline")).to_be_visible()
    shoot(page, "cat-journey-02-offline")
    expect(page.get_by_test_id("saved")).to_have_text("")
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    _wait_for_saved(page)

    # 3) A reload resumes with the same answer and the time the server holds.
    page.reload()
    expect(page.get_by_test_id("option-4").locator("input")).to_be_checked()
    clock = page.get_by_test_id("clock").inner_text()
    assert re.fullmatch(r"(29|30):\d\d", clock), clock
    page.get_by_test_id("nav-2").click()
    page.wait_for_url(re.compile(r"\?n=2"))
    second_q = attempt.question_ids[1]
    page.get_by_test_id("option-1").click()
    _wait_for_saved(page)

    # 4) Finishing on a desktop-sized window shows the result at once.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.get_by_test_id("finish").click()
    page.wait_for_url(re.compile("/cat/ujian/hasil/"))
    expect(page.get_by_test_id("result")).to_be_visible()
    expect(page.get_by_test_id("part-TWK")).to_be_visible()
    total = page.get_by_test_id("total").inner_text()
    shoot(page, "cat-journey-03-result")

    # 5) The public live scoreboard shows the registration number and the scores.
    public = new_page(page, live_server)
    public.goto(f"/cat/papan/{exam_world.session.public_code}/")
    row = public.get_by_test_id("board-2024000001")
    expect(row).to_contain_text(total)
    expect(public.get_by_test_id("board")).not_to_contain_text("Ani Peserta")
    shoot(public, "cat-journey-04-board")
    with within(exam_world.gov):
        saved = dict(Answer.objects.filter(attempt_id=attempt.pk).values_list("question_id", "option_id"))
    assert saved == {first_q: order[3], second_q: attempt.option_orders[str(second_q)][0]}


def test_a_choice_answered_by_an_error_page_is_sent_again_until_saved(
        exam_world, live_server, browser_page):
    """A proxy's error page (not the exam's JSON) in answer to a choice: the choice stays
    pending and is sent again, never left "in flight" for good."""
    page = browser_page
    _start_exam(page)
    answers_sent = []

    def first_one_fails(route):
        answers_sent.append(route.request.post_data)
        if len(answers_sent) == 1:
            route.fulfill(status=502, content_type="text/html",
                          body="<html><body>502 Bad Gateway</body></html>")
        else:
            route.continue_()

    page.route(re.compile(r"/cat/ujian/.*jawab"), first_one_fails)
    page.get_by_test_id("option-3").click()
    _wait_for_saved(page)
    assert len(answers_sent) >= 2  # the failed one, then the resend that was saved
    with within(exam_world.gov):
        attempt = Attempt.objects.get(pk=exam_world.first.pk)
        first_q = attempt.question_ids[0]
        saved = Answer.objects.get(attempt_id=attempt.pk, question_id=first_q).option_id
    assert saved == attempt.option_orders[str(first_q)][2]
