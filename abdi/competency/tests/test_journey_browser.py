"""Browser journey: BKPSDM checks and imports an assessment centre's CSV; the employee sees their
gaps, JPM and category; the atasan opens the subordinate's page from their list."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.competency.services.assessments import set_position_standard
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

from .conftest import actor_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

JPM = re.compile(r"88[.,]89")  # the page is in Indonesian: 88,89
CODES = ("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1")


def _csv(world, first_level: str) -> dict:
    # T-KOM-2 against an Administrator-like standard of 3 each.
    rows = ["NIP;Tanggal;Asesor;Lembaga;Potensi;" + ";".join(CODES),
            f"{world.own.nip};2026-02-10;Dra. Ratna Kusuma;UPT Penilaian;74;{first_level};2;3;3;2;3;2;3;3"]
    return {"name": "hasil-asesmen.csv", "mimeType": "text/csv",
            "buffer": ("\n".join(rows) + "\n").encode()}


def test_import_then_employee_and_atasan_read_the_results(world, live_server, browser_page):
    with within(world.gov):
        set_position_standard(actor=actor_of(world.users.hr_admin), position=world.own.position,
                              levels=dict.fromkeys(CODES, 3))

    # 1) BKPSDM: a bad level is refused with the row and the reason; the corrected file imports.
    admin = browser_page
    admin.set_default_timeout(60000)  # a loaded CI machine; not a timing assertion
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin.goto("/kompetensi/penilaian/impor/")
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile("/kompetensi/penilaian/impor/$"))
    admin.locator("#i-file").set_input_files(_csv(world, "6"))
    admin.get_by_test_id("check").click()
    expect(admin.get_by_test_id("row-errors")).to_contain_text("M1")  # level 6: refused, 1-5
    shoot(admin, "competency-journey-01-refused")
    admin.locator("#i-file").set_input_files(_csv(world, "3"))
    admin.get_by_test_id("check").click()
    expect(admin.get_by_test_id("check-ok")).to_be_visible()
    expect(admin.get_by_test_id("preview")).to_contain_text(world.own.nip)
    admin.locator("#i-file").set_input_files(_csv(world, "3"))
    admin.get_by_test_id("import").click()
    admin.wait_for_url(re.compile("/kompetensi/peta/$"))
    expect(admin.get_by_test_id("gap-map")).to_contain_text(world.agency.name)
    shoot(admin, "competency-journey-02-gap-map")

    # 2) The employee sees their levels, gaps, JPM and category.
    own = new_page(admin, live_server)
    own.set_default_timeout(60000)
    own.goto("/kompetensi/saya/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile(rf"/kompetensi/pegawai/{world.own.pk}/$"))
    expect(own.get_by_test_id("jpm-value")).to_contain_text(JPM)
    expect(own.get_by_test_id("category")).to_contain_text("Cukup Optimal")
    for code in ("M2", "M5", "M7"):
        expect(own.get_by_test_id(f"gap-{code}")).to_contain_text("-1")
    expect(own.get_by_test_id("gap-M1")).to_have_count(0)
    shoot(own, "competency-journey-03-employee")
    own.context.close()

    # 3) The atasan finds the subordinate in their list and opens the same results.
    boss = new_page(admin, live_server)
    boss.set_default_timeout(60000)
    boss.goto("/kompetensi/bawahan/")
    log_in(boss, world.users.supervisor)
    boss.wait_for_url(re.compile("/kompetensi/bawahan/$"))
    expect(boss.get_by_test_id("subordinates")).to_contain_text(JPM)
    boss.get_by_test_id(f"sub-{world.own.nip}").click()
    boss.wait_for_url(re.compile(rf"/kompetensi/pegawai/{world.own.pk}/$"))
    expect(boss.get_by_test_id("jpm-value")).to_contain_text(JPM)
    expect(boss.get_by_test_id("propose")).to_be_visible()
    shoot(boss, "competency-journey-04-atasan")
    boss.context.close()
