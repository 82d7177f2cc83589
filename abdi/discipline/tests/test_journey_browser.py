"""Browser journey of the discipline register: BKPSDM sees an absence flag, opens a case from it,
records the Tim Pemeriksa, is refused an official without authority, records the decision; the
employee reads his case and its effect on promotion, without the confidential minutes."""

import datetime
import re

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.allowance.models import AttendanceDay
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MINUTES = "Pegawai mengakui tidak masuk kerja tanpa izin."


def _absences(world, year) -> None:
    """12 TK working days in February-March, never two in a row: S1 due (PP 94/2021 Pasal 10)."""
    days, day = [], datetime.date(year, 2, 2)
    while len(days) < 24:
        if day.weekday() < 5:
            days.append(day)
        day += datetime.timedelta(days=1)
    now = timezone.now()
    with within(world.gov):
        AttendanceDay.objects.bulk_create(
            AttendanceDay(instansi=world.gov, employee=world.own, date=d, computed_at=now,
                          kind="absent" if n % 2 == 0 else "present") for n, d in enumerate(days))


def test_flag_to_case_to_decision_and_the_employee_reads_it(world, live_server, browser_page):
    year = timezone.localdate().year
    _absences(world, year)

    # 1) BKPSDM (second factor) opens the absence flags and opens a case from the flag.
    admin = browser_page
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin.goto("/disiplin/ketidakhadiran/")
    assert "/accounts/login/" in admin.url
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile("/disiplin/ketidakhadiran/$"))
    row = admin.get_by_test_id(f"flag-{world.own.nip}")
    expect(row).to_contain_text("12")
    expect(row).to_contain_text("S1")
    shoot(admin, "discipline-journey-01-flags")
    row.get_by_test_id(f"open-case-{world.own.nip}").click()
    admin.wait_for_url(re.compile("/disiplin/baru/"))
    expect(admin.get_by_test_id("employee")).to_contain_text(world.own.nip)
    expect(admin.locator("#c-level")).to_have_value("sedang")
    admin.get_by_test_id("save-case").click()
    admin.wait_for_url(re.compile(r"/disiplin/\d+/$"))

    # 2) The examination: the Tim Pemeriksa and the minutes.
    admin.get_by_test_id("edit").click()
    admin.locator("#c-ex").fill(f"{year}-04-06")
    admin.locator("#c-team").fill(f"{world.supervisor.nip} {world.hr_admin_employee.nip}")
    admin.locator("#c-bap").fill(MINUTES)
    admin.get_by_test_id("save-case").click()
    admin.wait_for_url(re.compile(r"/disiplin/\d+/$"))
    expect(admin.get_by_test_id("minutes")).to_contain_text(MINUTES)

    # 3) The decision: the Kepala Bidang may not impose sedang (one level up); the Kepala Dinas may.
    admin.get_by_test_id("decide").click()
    expect(admin.get_by_test_id("authority")).to_contain_text(world.agency_head.name)
    admin.locator("#d-penalty").select_option("S1")
    admin.locator("#d-official").select_option(str(world.supervisor.pk))
    admin.locator("#d-sk").fill(f"800/17/BKPSDM/{year}")
    admin.locator("#d-date").fill(f"{year}-04-13")
    admin.locator("#d-received").fill(f"{year}-04-14")
    admin.get_by_test_id("save-decision").click()
    expect(admin.get_by_test_id("error")).to_contain_text("PPK")
    shoot(admin, "discipline-journey-02-refused")
    admin.locator("#d-official").select_option(str(world.agency_head.pk))
    admin.get_by_test_id("save-decision").click()
    admin.wait_for_url(re.compile(r"/disiplin/\d+/$"))
    expect(admin.get_by_test_id("penalty")).to_contain_text("S1")
    expect(admin.get_by_test_id("interim")).to_be_visible()
    expect(admin.get_by_test_id("withheld")).to_be_visible()
    shoot(admin, "discipline-journey-03-decided")

    # 4) The employee reads his own case, not the confidential minutes.
    own = new_page(admin, live_server)
    own.goto("/disiplin/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile("/disiplin/$"))
    own.get_by_test_id("cases").get_by_role("link", name=world.own.name).click()
    own.wait_for_url(re.compile(r"/disiplin/\d+/$"))
    expect(own.get_by_test_id("penalty")).to_contain_text("S1")
    expect(own.get_by_test_id("withheld")).to_be_visible()
    expect(own.get_by_test_id("minutes")).to_have_count(0)
    expect(own.get_by_test_id("decide")).to_have_count(0)
    shoot(own, "discipline-journey-04-employee")
    own.context.close()
