"""Browser journey of guidance: a new employee logs in for the first time (on a phone), sees the
tour and finishes it, opens the help of the screen he is on and sends feedback from the button;
BKPSDM answers it from the inbox; BKPSDM publishes an announcement, the employee sees the banner
and confirms reading; BKPSDM sees the receipt."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from abdi.guidance.models import Announcement, Feedback, TourProgress
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _finish_tour(page):
    popover = page.locator(".driver-popover")
    expect(popover).to_be_visible()
    for _step in range(20):
        if not popover.is_visible():
            break
        page.locator(".driver-popover-next-btn").click()
    expect(page.locator("body")).to_have_attribute("data-tour-state", "finished")
    # The seen-state is written by a request the page sends when the tour closes: wait for it.
    expect(page.locator("body")).to_have_attribute("data-tour-saved", "finished")


def test_first_login_tour_help_feedback_and_announcement(world, live_server, browser_page):
    with scopes_disabled():
        TourProgress.objects.create(instansi=world.gov, user=world.users.hr_admin, version=1,
                                    outcome="finished")  # BKPSDM is no newcomer
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)

    # 1) The new employee logs in on his phone: the tour starts, he goes through it.
    own = browser_page
    own.set_default_timeout(45000)  # a loaded test machine: the first page compiles templates
    own.set_viewport_size({"width": 390, "height": 844})
    own.goto("/")
    log_in(own, world.users.own, tour=True)
    own.wait_for_url(re.compile(r"/$"))
    shoot(own, "guidance-journey-01-tour")
    _finish_tour(own)
    with scopes_disabled():
        assert TourProgress.objects.get(user=world.users.own).outcome == "finished"
    own.reload()
    expect(own.locator(".driver-popover")).to_have_count(0)  # once only

    # 2) He opens the help of the screen he is on.
    own.goto("/panduan/pengumuman/")
    own.get_by_test_id("help-link").click()
    own.wait_for_url(re.compile(r"/panduan/bantuan/guidance/announcements/$"))
    expect(own.get_by_test_id("help-title")).to_be_visible()
    expect(own.get_by_test_id("help-text")).to_be_visible()
    shoot(own, "guidance-journey-02-help")

    # The floating button never covers the page's last line on a phone: on a screen shorter than
    # the page, scrolled to the end, the main content ends above it.
    own.set_viewport_size({"width": 390, "height": 320})
    assert own.evaluate("document.body.scrollHeight > window.innerHeight")
    own.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    main_bottom = own.evaluate("document.querySelector('main').getBoundingClientRect().bottom")
    button_top = own.evaluate(
        "document.querySelector('[data-testid=feedback] summary').getBoundingClientRect().top")
    assert main_bottom <= button_top
    own.set_viewport_size({"width": 390, "height": 844})

    # 3) ... and sends feedback from the button (htmx answers in place).
    own.get_by_test_id("feedback").locator("summary").click()
    own.get_by_test_id("feedback-text").fill("Bagaimana cara mengganti foto profil?")
    own.get_by_test_id("feedback-send").click()
    expect(own.get_by_test_id("feedback-sent")).to_be_visible()
    shoot(own, "guidance-journey-03-feedback-sent")
    with scopes_disabled():
        sent = Feedback.objects.get()
    assert sent.screen == "guidance:help"

    # 4) BKPSDM sees it in the inbox and answers.
    hr = new_page(own, live_server)
    hr.set_default_timeout(45000)
    hr.goto("/panduan/masukan/")
    log_in(hr, world.users.hr_admin, second_factor=True)
    hr.wait_for_url(re.compile(r"/panduan/masukan/$"))
    expect(hr.get_by_test_id(f"inbox-row-{sent.pk}")).to_be_visible()
    shoot(hr, "guidance-journey-04-inbox")
    hr.get_by_test_id(f"inbox-open-{sent.pk}").click()
    hr.get_by_test_id("reply-text").fill("Buka profil Anda lalu tekan Ganti foto.")
    hr.get_by_test_id("reply-status").select_option("done")
    hr.get_by_test_id("reply-send").click()
    hr.wait_for_url(re.compile(rf"/panduan/masukan/{sent.pk}/$"))
    with scopes_disabled():
        assert Feedback.objects.get().status == "done"

    # 5) BKPSDM publishes an announcement to the whole government.
    hr.goto("/panduan/pengumuman/baru/")
    hr.locator("#n-title").fill("Apel pagi hari Senin")
    hr.locator("#n-body").fill("Seluruh ASN wajib mengikuti apel pukul 07.30.")
    hr.get_by_test_id("announcement-save").click()
    hr.wait_for_url(re.compile(r"/panduan/pengumuman/\d+/tanda-terima/$"))
    with scopes_disabled():
        announcement = Announcement.objects.get()

    # 6) The employee sees the banner, and confirms he has read it.
    own.goto("/panduan/masukan/saya/")
    banner = own.get_by_test_id(f"banner-{announcement.pk}")
    expect(banner).to_be_visible()
    expect(own.get_by_test_id(f"mine-{sent.pk}")).to_contain_text("Ganti foto")
    shoot(own, "guidance-journey-05-banner")
    own.get_by_test_id(f"banner-read-{announcement.pk}").click()
    own.wait_for_url(re.compile(r"/panduan/masukan/saya/$"))
    expect(own.get_by_test_id(f"banner-{announcement.pk}")).to_have_count(0)

    # 7) BKPSDM sees the receipt.
    hr.reload()
    expect(hr.get_by_test_id(f"rate-{world.agency.pk}")).not_to_have_text("0%")
    expect(hr.get_by_test_id("unread-list")).not_to_contain_text(world.own.nip)
    shoot(hr, "guidance-journey-06-receipts")
    hr.context.close()
