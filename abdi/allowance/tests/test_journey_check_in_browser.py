"""Browser journey: an employee on a phone checks in at the office (the browser's position, the
page's own script), is refused from across the street, and the supervisor approves a correction
of a forgotten clock-out."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from abdi.allowance.models import AttendanceCorrection, AttendancePunch, OfficeLocation
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OFFICE = {"latitude": -2.9909, "longitude": 104.7566}
ACROSS_THE_STREET = {"latitude": -2.9909, "longitude": 104.7585}  # ~210 m east


def _yesterday_at_work() -> datetime.date:
    day = timezone.localdate() - datetime.timedelta(days=1)
    while day.weekday() >= 5:
        day -= datetime.timedelta(days=1)
    return day


def test_check_in_on_the_phone_and_a_correction_the_atasan_approves(world, live_server, browser_page):
    with within(world.gov):
        OfficeLocation.objects.create(instansi=world.gov, name="Kantor Dinas Pendidikan",
                                      unit=world.agency, latitude=Decimal("-2.990900"),
                                      longitude=Decimal("104.756600"), radius_m=100)
    context = browser_page.context
    context.grant_permissions(["geolocation"])

    # 1) Across the street the check-in is refused with the distance.
    phone = browser_page
    phone.set_viewport_size({"width": 390, "height": 844})
    context.set_geolocation({**ACROSS_THE_STREET, "accuracy": 10})
    phone.goto("/tunjangan/absen/")
    log_in(phone, world.users.own)
    phone.wait_for_url(re.compile("/tunjangan/absen/$"))
    expect(phone.get_by_role("heading", level=1)).to_have_text("Presensi")
    phone.get_by_test_id("check-in").click()
    expect(phone.get_by_test_id("error")).to_contain_text("Kantor Dinas Pendidikan")
    with within(world.gov):
        assert not AttendancePunch.objects.exists()

    # 2) At the office it is stored and shown.
    context.set_geolocation({**OFFICE, "accuracy": 10})
    phone.get_by_test_id("check-in").click()
    expect(phone.get_by_test_id("punches")).to_contain_text("Kantor Dinas Pendidikan")
    shoot(phone, "check-in-01-phone")
    with within(world.gov):
        assert list(AttendancePunch.objects.values_list("source", flat=True)) == ["phone"]

    # 3) A forgotten clock-out of yesterday, asked with a reason …
    day = _yesterday_at_work()
    phone.goto("/tunjangan/koreksi/")
    form = phone.get_by_test_id("correction-form")
    form.locator("input[name=date]").fill(day.isoformat())
    form.locator("input[name=clock_out]").fill("16:10")
    form.locator("input[name=reason]").fill("Lupa absen pulang, rapat sampai sore")
    phone.get_by_test_id("send-correction").click()
    with within(world.gov):
        correction = AttendanceCorrection.objects.get()
    expect(phone.get_by_test_id(f"correction-status-{correction.pk}")).to_have_text("Menunggu")

    # 4) … and approved by the atasan.
    atasan = new_page(phone, live_server)
    atasan.goto("/tunjangan/koreksi/")
    log_in(atasan, world.users.supervisor)
    atasan.wait_for_url(re.compile("/tunjangan/koreksi/$"))
    decide = atasan.get_by_test_id(f"decide-correction-{correction.pk}")
    decide.get_by_role("button", name="Setujui").click()
    expect(atasan.get_by_test_id("no-pending")).to_be_visible()
    shoot(atasan, "check-in-02-approved")
    with within(world.gov):
        correction.refresh_from_db()
        assert correction.status == "approved"
        assert AttendancePunch.objects.filter(source="correction").count() == 1
