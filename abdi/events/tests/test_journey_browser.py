"""Browser journey of an event on a phone: an employee registers for a workshop that counts as
learning, opens the check-in link the organiser's QR screen shows (a browser cannot scan, so the
link is read from the screen's test id) and is checked in; his JP go up."""

import re

import pytest
from playwright.sync_api import expect

from abdi.events.tests.factories import make_event
from abdi.guidance.models import TourProgress
from abdi.guidance.tour import TOUR_VERSION
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}


def test_register_and_check_in_by_qr_on_a_phone(world, live_server, browser_page):
    with within(world.gov):
        for user in (world.users.own, world.users.supervisor):  # the first-login tour is not ours
            TourProgress.objects.create(instansi=world.gov, user=user, version=TOUR_VERSION,
                                        outcome="skipped")
        event = make_event(world.gov, world.agency, title="Lokakarya Inovasi Pelayanan Publik",
                           learning_minutes=180)  # 4 JP

    # 1) The employee, on his phone, finds the workshop and registers.
    phone = browser_page.context.browser.new_context(
        base_url=live_server.url, locale="id-ID", viewport=PHONE, is_mobile=True,
        has_touch=True).new_page()
    phone.set_default_timeout(15000)
    phone.goto("/acara/")
    log_in(phone, world.users.own)
    phone.wait_for_url(re.compile("/acara/$"))
    phone.get_by_test_id("upcoming").get_by_test_id(f"event-{event.pk}").click()
    phone.get_by_test_id("register").click()
    phone.wait_for_url(re.compile(rf"/acara/{event.pk}/$"))
    expect(phone.get_by_test_id("my-registration")).to_be_visible()
    expect(phone.get_by_test_id("seats")).to_contain_text("1 / 20")
    shoot(phone, "events-journey-01-registered-phone")
    phone.goto("/pelatihan/jp/")
    expect(phone.get_by_test_id("own-jp")).to_contain_text("0 / 20")

    # 2) The organiser (head of a unit of the organising agency) opens the QR screen.
    organiser = new_page(browser_page, live_server)
    organiser.goto(f"/acara/{event.pk}/presensi/")
    log_in(organiser, world.users.supervisor)
    organiser.wait_for_url(re.compile(rf"/acara/{event.pk}/presensi/$"))
    expect(organiser.get_by_test_id("qr")).to_be_visible()
    link = organiser.get_by_test_id("checkin-url").get_attribute("data-url")
    assert f"/acara/{event.pk}/hadir/" in link
    shoot(organiser, "events-journey-02-qr-screen")

    # 3) The employee opens the link: checked in; a second scan says so.
    phone.goto(link)
    expect(phone.get_by_test_id("welcome")).to_be_visible()
    shoot(phone, "events-journey-03-checked-in-phone")
    phone.goto(link)
    expect(phone.get_by_test_id("already")).to_be_visible()

    # 4) His JP went up by the workshop's 4 JP.
    phone.goto("/pelatihan/jp/")
    expect(phone.get_by_test_id("own-jp")).to_contain_text("4 / 20")
    shoot(phone, "events-journey-04-jp-phone")
    organiser.context.close()
    phone.context.close()
