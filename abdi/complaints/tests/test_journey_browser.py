"""Browser journey on a phone (390x844): a citizen files a complaint without an account, the
coordinator disposes it to Dinas Pendidikan, the agency's admin answers, and the citizen opens
it with number and secret, reads the answer, accepts it and rates the handling."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.complaints.models import Complaint, ComplaintRating
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def _staff_page(page, live_server, user, path):
    other = new_page(page, live_server)
    other.set_viewport_size(PHONE)
    TOTPDevice.objects.get_or_create(user=user, name="phone", defaults={"confirmed": True})
    other.goto(path)
    log_in(other, user, second_factor=True)
    other.wait_for_url(re.compile(re.escape(path) + "$"))
    return other


def test_citizen_files_staff_handle_citizen_rates(world, live_server, browser_page):
    citizen = browser_page
    citizen.set_viewport_size(PHONE)

    # 1) The citizen files a complaint and notes the two codes.
    citizen.goto(f"/pengaduan/warga/{world.gov.slug}/")
    citizen.locator("#id_kind").select_option("pengaduan")
    citizen.locator("#id_agency").select_option(label="Dinas Pendidikan")
    citizen.locator("#id_category").fill("Sekolah")
    citizen.locator("#id_description").fill("Atap kelas 4 SD Negeri 7 bocor setiap hujan turun.")
    citizen.locator("#id_name").fill("Rina Warga")
    shoot(citizen, "complaints-journey-01-form")
    citizen.get_by_test_id("send").click()
    citizen.wait_for_url(re.compile("/terkirim/$"))
    tracking = citizen.get_by_test_id("tracking").inner_text().strip()
    secret = citizen.get_by_test_id("secret").inner_text().strip()
    assert tracking.startswith("KOTA-A-")
    shoot(citizen, "complaints-journey-02-receipt")

    # 2) BKPSDM (the coordinator) disposes it to Dinas Pendidikan.
    coordinator = _staff_page(citizen, live_server, world.users.hr_admin, "/pengaduan/staf/")
    coordinator.get_by_test_id("coordinator-queue").get_by_role("link", name=tracking).click()
    coordinator.locator("#id_agency").select_option(label="Dinas Pendidikan")
    coordinator.get_by_test_id("do-dispose").click()
    expect(coordinator.get_by_test_id("status")).to_contain_text(re.compile("Verified|Terverifikasi"))
    shoot(coordinator, "complaints-journey-03-disposed")

    # 3) The admin of Dinas Pendidikan answers from the agency queue.
    liaison = _staff_page(citizen, live_server, world.users.agency_admin, "/pengaduan/staf/")
    liaison.get_by_test_id("agency-queue").get_by_role("link", name=tracking).click()
    expect(liaison.get_by_test_id("reporter")).to_contain_text("Rina Warga")
    liaison.locator("#t-answer").fill("Atap sudah diperbaiki oleh UPT pada hari ini.")
    liaison.get_by_test_id("do-answer").click()
    expect(liaison.get_by_test_id("timeline")).to_contain_text("Atap sudah diperbaiki")
    shoot(liaison, "complaints-journey-04-answered")

    # 4) The citizen opens the report with number and secret, accepts and rates.
    citizen.goto("/pengaduan/lacak/")
    citizen.locator("#id_tracking").fill(tracking)
    citizen.locator("#id_secret").fill(secret)
    citizen.get_by_test_id("open").click()
    expect(citizen.get_by_test_id("timeline")).to_contain_text("Atap sudah diperbaiki")
    shoot(citizen, "complaints-journey-05-answer")
    citizen.get_by_test_id("accept").click()
    expect(citizen.get_by_test_id("rate")).to_be_visible()
    citizen.locator("#id_score").select_option("5")
    citizen.locator("#id_comment").fill("Cepat sekali, terima kasih.")
    citizen.get_by_test_id("send-rating").click()
    expect(citizen.get_by_test_id("rated")).to_be_visible()
    shoot(citizen, "complaints-journey-06-rated")
    width = citizen.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]  # no sideways scrolling on a phone

    with within(world.gov):
        case = Complaint.objects.get(tracking=tracking)
        assert case.status == "selesai"
        assert ComplaintRating.objects.get(complaint=case).score == 5
