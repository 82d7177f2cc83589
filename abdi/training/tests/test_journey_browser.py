"""Browser journey of a training: the employee sees a training recommended for his competency gap,
registers; his atasan approves; BKPSDM records attendance and the result; the employee's JP go up."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.tenancy.scoping import within
from abdi.training.tests.factories import make_event
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_recommended_training_to_jp(world, gaps, live_server, browser_page):
    with within(world.gov):
        event = make_event(world.gov, title="Pelatihan Komunikasi Publik", form="teknis",
                           stated_jp=8, codes=["M3"])
        make_event(world.gov, title="Seminar Lain Tanpa Kaitan", codes=["M8"])
    gaps[world.own.pk] = ["M3"]

    # 1) The employee sees the recommendation and registers.
    own = browser_page
    own.goto("/pelatihan/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile("/pelatihan/$"))
    expect(own.get_by_test_id("my-jp")).to_contain_text("0")
    recommended = own.get_by_test_id("recommended")
    expect(recommended).to_contain_text("Pelatihan Komunikasi Publik")
    expect(recommended).not_to_contain_text("Seminar Lain Tanpa Kaitan")
    shoot(own, "training-journey-01-recommended")
    recommended.get_by_test_id(f"event-{event.pk}").click()
    own.get_by_test_id("register").click()
    own.wait_for_url(re.compile(r"/pelatihan/catatan/\d+/$"))
    expect(own.get_by_test_id("status")).to_be_visible()

    # 2) The atasan approves from his queue.
    boss = new_page(own, live_server)
    boss.goto("/pelatihan/persetujuan/")
    log_in(boss, world.users.supervisor)
    boss.wait_for_url(re.compile("/pelatihan/persetujuan/$"))
    boss.get_by_test_id(f"pending-{world.own.nip}").click()
    boss.get_by_test_id("approve").click()
    boss.wait_for_url(re.compile(r"/pelatihan/catatan/\d+/$"))
    shoot(boss, "training-journey-02-approved")
    boss.context.close()

    # 3) BKPSDM records attendance, then the result with its certificate.
    hr = new_page(own, live_server)
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    hr.goto(f"/pelatihan/acara/{event.pk}/")
    log_in(hr, world.users.hr_admin, second_factor=True)
    hr.wait_for_url(re.compile(rf"/pelatihan/acara/{event.pk}/$"))
    hr.get_by_test_id(f"attended-{world.own.nip}").click()
    hr.wait_for_url(re.compile(rf"/pelatihan/acara/{event.pk}/$"))
    hr.get_by_test_id(f"result-{world.own.nip}").click()
    hr.locator("#c-result").fill("Lulus dengan predikat baik")
    hr.locator("#c-file").set_input_files(files=[{
        "name": "sertifikat.pdf", "mimeType": "application/pdf",
        "buffer": b"%PDF-1.4\n%%EOF\n"}])
    hr.get_by_test_id("complete").click()
    hr.wait_for_url(re.compile(r"/pelatihan/catatan/\d+/$"))
    expect(hr.get_by_test_id("jp")).to_have_text("8")
    shoot(hr, "training-journey-03-completed")
    hr.context.close()

    # 4) The employee's JP went up.
    own.goto("/pelatihan/jp/")
    expect(own.get_by_test_id("own-jp")).to_contain_text("8 / 20")
    expect(own.get_by_test_id("own-state")).to_contain_text("12")
    shoot(own, "training-journey-04-jp")
