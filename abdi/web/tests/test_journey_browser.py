"""Browser journey: an admin logs in (with TOTP), finds an employee, opens the profile,
switches the language; on a phone-sized screen too."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.web.tests.browser import shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _current_code(user) -> str:
    device = TOTPDevice.objects.get(user=user, confirmed=True)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_admin_finds_an_employee_and_switches_language(world, browser_page):
    page = browser_page
    admin = world.users.hr_admin
    TOTPDevice.objects.create(user=admin, name="phone", confirmed=True)

    page.goto("/pegawai/")
    assert "/accounts/login/" in page.url  # anonymous visitors are sent to log in
    page.get_by_label(re.compile("NIP")).fill(admin.username)
    page.get_by_label(re.compile("Sandi|Kata sandi|Password")).fill("rahasia-123")
    page.get_by_role("button", name=re.compile("Masuk|Log in")).click()

    page.wait_for_url(re.compile("/accounts/two-factor/"))
    page.get_by_label(re.compile("6")).fill(_current_code(admin))
    page.get_by_role("button", name=re.compile("Verifikasi|Verify")).click()
    page.wait_for_url(re.compile("/pegawai/"))
    shoot(page, "01-directory")

    search = page.get_by_role("searchbox")
    search.fill("Pegawai Sendiri")
    expect(page.get_by_text("Rekan Sebidang")).to_have_count(0)  # htmx narrowed the results
    expect(page.get_by_text("Pegawai Sendiri").first).to_be_visible()
    assert page.get_by_text("Pegawai Kabupaten B").count() == 0  # another government
    shoot(page, "02-search")

    page.get_by_role("link", name=re.compile("Pegawai Sendiri")).first.click()
    page.wait_for_url(re.compile(rf"/pegawai/{world.own.pk}/"))
    assert world.own.nip in page.content()
    assert page.locator("html").get_attribute("lang") == "id"
    shoot(page, "03-profile-id")

    page.get_by_test_id("lang-en").click()
    page.wait_for_selector("html[lang=en]")
    assert world.own.nip in page.content()
    shoot(page, "04-profile-en")

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/pegawai/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the directory overflows a 360 px phone: {width}px"
    shoot(page, "05-directory-phone")
