"""Browser journey: BKPSDM recomputes the nine-box, opens box 9 and sees the employee; the
employee sees their own box and its recommended actions, files a tugas belajar request, and the
atasan endorses it."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.web.tests.browser import log_in, new_page, shoot

from .factories import YEAR, final_predikat

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_ninebox_own_box_and_study_request(world, live_server, browser_page, no_competency):
    final_predikat(world.own, "SB")
    final_predikat(world.peer, "B")
    no_competency.update({world.own.pk: 86.5, world.peer.pk: 64.0})

    # 1) BKPSDM recomputes the year and opens box 9.
    admin = browser_page
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin.goto(f"/talenta/?year={YEAR}")
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile("/talenta/"))
    admin.get_by_test_id("compute").click()
    admin.wait_for_url(re.compile(rf"/talenta/\?year={YEAR}$"))
    expect(admin.get_by_test_id("open-box-9")).to_have_text("1")
    expect(admin.get_by_test_id("open-box-5")).to_have_text("1")
    shoot(admin, "talent-journey-01-grid")
    admin.get_by_test_id("open-box-9").click()
    admin.wait_for_url(re.compile("/talenta/kotak/"))
    expect(admin.get_by_test_id(f"member-{world.own.nip}")).to_contain_text(world.own.name)
    shoot(admin, "talent-journey-02-box")

    # 2) The employee sees their own box and actions, then files a tugas belajar request.
    own = new_page(admin, live_server)
    own.goto("/talenta/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile("/talenta/saya/$"))
    expect(own.get_by_test_id("my-box-number")).to_have_text("9")
    expect(own.get_by_test_id("my-actions").locator("li")).to_have_count(4)  # box 9: four actions
    shoot(own, "talent-journey-03-my-box")
    own.get_by_test_id("tab-studies").click()
    own.wait_for_url(re.compile("/talenta/belajar/$"))
    own.locator("#st-kind").select_option("tugas")
    own.locator("#st-inst").fill("Universitas Gadjah Mada")
    own.locator("#st-prog").fill("Magister Administrasi Publik")
    own.locator("#st-level").select_option("S2")
    own.locator("#st-start").fill("2026-09-01")
    own.locator("#st-end").fill("2028-08-31")
    own.get_by_test_id("file-study").click()
    own.wait_for_url(re.compile("/talenta/belajar/$"))
    expect(own.get_by_test_id("mine")).to_contain_text("Universitas Gadjah Mada")
    shoot(own, "talent-journey-04-filed")
    own.context.close()

    # 3) The atasan finds it waiting and endorses it.
    boss = new_page(admin, live_server)
    boss.goto("/talenta/belajar/")
    log_in(boss, world.users.supervisor)
    boss.wait_for_url(re.compile("/talenta/belajar/$"))
    boss.get_by_test_id("queue").get_by_role("link", name=world.own.name).click()
    boss.wait_for_url(re.compile(r"/talenta/belajar/\d+/$"))
    boss.get_by_test_id("approve").click()
    boss.wait_for_url(re.compile(r"/talenta/belajar/\d+/$"))
    expect(boss.get_by_test_id("study-status")).to_contain_text(re.compile("HR|BKPSDM"))
    shoot(boss, "talent-journey-05-endorsed")
    boss.context.close()
