"""Browser journey of the SKM: a citizen on a 360 px phone opens a counter's QR link, answers the
nine unsur and the profile, is thanked and pointed to the officer rating; the unit's admin then
sees one more respondent and the changed IKM on the unit's results page."""

import re

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.frontdesk.tests.factories import CounterFactory, ServiceFactory
from abdi.surveys.rules.unsur import KEYS
from abdi.surveys.tests.factories import make_response
from abdi.surveys.tests.test_rules import WORKED
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_fills_the_survey_and_the_admin_sees_it(world, live_server, browser_page):
    today = timezone.localdate()
    with within(world.gov):
        service = ServiceFactory(unit=world.unit, name="Legalisir ijazah SD")
        counter = CounterFactory(unit=world.unit, name="Loket 1", services=[service], staff=[world.own])
        for row in WORKED:  # the worked example: IKM 84.17 from 10 respondents
            make_response(world.unit, today, row, counter=counter, service=service)

    # 1) A citizen's phone opens the QR link: no account, no JavaScript needed.
    phone_context = browser_page.context.browser.new_context(
        base_url=live_server.url, locale="id-ID", viewport={"width": 360, "height": 740},
        is_mobile=True, has_touch=True)
    phone = phone_context.new_page()
    phone.set_default_timeout(15000)
    phone.goto(f"/skm/isi/{counter.token}/")
    expect(phone.get_by_text("Loket 1")).to_be_visible()
    expect(phone.get_by_test_id("q-waktu")).to_contain_text("Waktu Penyelesaian")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scrolling
    phone.locator("#q-service").select_option(str(service.pk))
    for key in KEYS:
        phone.locator(f'input[name="{key}"][value="4"]').check()
    phone.locator("#q-age").fill("36")
    phone.locator("#q-sex").select_option("P")
    phone.locator("#q-edu").select_option("s1")
    phone.locator("#q-job").select_option("wirausaha")
    phone.locator("#q-text").fill("Pelayanan cepat, terima kasih.")
    shoot(phone, "skm-journey-01-phone-form")
    phone.get_by_test_id("submit-survey").click()
    phone.wait_for_url(re.compile("/terima-kasih/$"))
    expect(phone.get_by_test_id("rate-staff")).to_have_attribute(
        "href", f"/penilaian-layanan/loket/{counter.token}/")
    shoot(phone, "skm-journey-02-thanks")

    # 2) The same phone again the same day is refused clearly.
    phone.goto(f"/skm/isi/{counter.token}/")
    phone.locator("#q-service").select_option(str(service.pk))
    for key in KEYS:
        phone.locator(f'input[name="{key}"][value="3"]').check()
    phone.locator("#q-age").fill("36")
    phone.locator("#q-sex").select_option("P")
    phone.locator("#q-edu").select_option("s1")
    phone.locator("#q-job").select_option("wirausaha")
    phone.get_by_test_id("submit-survey").click()
    expect(phone.get_by_test_id("error")).to_be_visible()
    phone_context.close()

    # 3) BKPSDM opens the unit's results: 11 respondents, IKM 84.17 -> 85.61.
    admin = browser_page
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin.goto(f"/skm/unit/{world.unit.pk}/")
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile(rf"/skm/unit/{world.unit.pk}/$"))
    expect(admin.get_by_test_id("respondents")).to_have_text("11")
    expect(admin.get_by_test_id("ikm")).to_have_text(re.compile(r"85[.,]61"))
    expect(admin.get_by_test_id("suggestions")).to_contain_text("Pelayanan cepat")
    shoot(admin, "skm-journey-03-unit-results")
