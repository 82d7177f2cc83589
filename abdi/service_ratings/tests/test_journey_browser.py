"""Browser journey on a phone: a citizen opens the counter's rating page (as from its QR code),
picks the officer who served them, rates and comments; the officer logs in and sees the rating
counted, with the comment and nothing about who wrote it."""

import re

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from abdi.service_ratings.models import RatingSettings
from abdi.web.tests.browser import log_in, new_page, shoot

from .factories import make_counter

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
COMMENT = "Petugas ramah, berkas KTP saya selesai cepat."


def test_a_citizen_rates_the_officer_and_the_officer_sees_it(world, live_server, browser_page):
    with scopes_disabled():
        counter = make_counter(world.unit, world.own, world.peer, name="Loket Dukcapil 2")
        # The government lowered the minimum so that one rating shows (the default is 5).
        RatingSettings.objects.create(instansi=world.gov, min_count=1)

    # 1) The citizen, on a phone, without an account.
    citizen = browser_page
    citizen.set_viewport_size(PHONE)
    citizen.goto(f"/penilaian-layanan/loket/{counter.token}/")
    expect(citizen.get_by_test_id("officers")).to_contain_text(world.own.name)
    shoot(citizen, "service-ratings-journey-01-officers")
    citizen.get_by_test_id(f"officer-{world.own.pk}").click()
    expect(citizen.get_by_test_id("chosen")).to_contain_text(world.own.name)
    citizen.get_by_label(re.compile("^5")).check()
    citizen.locator("textarea[name=comment]").fill(COMMENT)
    shoot(citizen, "service-ratings-journey-02-form")
    citizen.get_by_test_id("send-rating").click()
    citizen.wait_for_url(re.compile("/penilaian-layanan/terima-kasih/$"))
    expect(citizen.get_by_test_id("thanks")).to_be_visible()
    # The page fits the phone: nothing wider than the screen.
    assert citizen.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # A second rating the same day from the same phone is refused clearly.
    citizen.goto(f"/penilaian-layanan/loket/{counter.token}/?petugas={world.peer.pk}")
    citizen.get_by_label(re.compile("^4")).check()
    citizen.get_by_test_id("send-rating").click()
    expect(citizen.get_by_test_id("refused")).to_be_visible()

    # 2) The officer logs in and sees the rating counted.
    officer = new_page(citizen, live_server)
    officer.set_viewport_size(PHONE)
    officer.goto("/penilaian-layanan/saya/")
    log_in(officer, world.users.own)
    officer.wait_for_url(re.compile("/penilaian-layanan/saya/$"))
    expect(officer.get_by_test_id("rating-count")).to_contain_text("1")
    expect(officer.get_by_test_id("rating-average")).to_have_text("5,0")
    expect(officer.get_by_test_id("comment")).to_contain_text(COMMENT)
    shoot(officer, "service-ratings-journey-03-officer")
