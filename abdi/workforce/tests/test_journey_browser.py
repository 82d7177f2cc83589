"""Browser journey of workload analysis: the agency admin starts the ABK of a unit, imports its
task list from XLSX (a broken file first), sees the needs and the shortage and submits; BKPSDM
approves it, draws up the formation proposal of the agency, approves it and downloads the PDF
and the XLSX."""

import pathlib
import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.web.tests.browser import log_in, new_page, shoot

from .factories import AdminPositionFactory, holder
from .files import GOOD, xlsx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_import_submit_approve_and_download_the_proposal(world, live_server, browser_page,
                                                          tmp_path):
    holder(AdminPositionFactory(unit=world.unit, name="Pengadministrasi Perkantoran"))
    good, broken = tmp_path / "tugas.xlsx", tmp_path / "rusak.xlsx"
    good.write_bytes(xlsx(GOOD))
    broken.write_bytes(xlsx([*GOOD, ["Pengadministrasi Perkantoran", "Tugas", "dok", -2, "tahun", 10]]))

    # 1) The admin of Dinas Pendidikan starts the ABK of Bidang Pembinaan SD.
    admin = browser_page
    TOTPDevice.objects.create(user=world.users.agency_admin, name="phone", confirmed=True)
    admin.goto("/abk/")
    log_in(admin, world.users.agency_admin, second_factor=True)
    admin.wait_for_url(re.compile("/abk/$"))
    admin.locator("#s-unit").select_option(label="Bidang Pembinaan SD")
    admin.get_by_test_id("start").click()
    admin.wait_for_url(re.compile(r"/abk/\d+/$"))

    # 2) A file with a negative volume is refused row by row; the good file is imported.
    admin.get_by_test_id("to-import").click()
    admin.locator("#i-file").set_input_files(str(broken))
    admin.get_by_test_id("import").click()
    expect(admin.get_by_test_id("row-errors")).to_contain_text("6")
    shoot(admin, "workforce-journey-01-broken-rows")
    admin.locator("#i-file").set_input_files(str(good))
    admin.get_by_test_id("import").click()
    admin.wait_for_url(re.compile(r"/abk/\d+/$"))
    row = admin.get_by_test_id("lines").get_by_role("row").filter(
        has_text="Pengadministrasi Perkantoran")
    expect(row).to_contain_text(re.compile(r"1[.,]77 / A"))  # EJ of T-ABK-1 with one holder
    expect(row).to_contain_text(re.compile("kurang 1|short 1"))
    expect(admin.get_by_test_id("shortage")).to_have_text("1")
    shoot(admin, "workforce-journey-02-needs")
    row.get_by_role("link").click()
    expect(admin.get_by_test_id("line-needed")).to_have_text("2")
    expect(admin.get_by_test_id("tasks")).to_contain_text("Menginput data layanan")
    # Edit a row in place (htmx): an impossible volume is refused, a right one recomputes.
    admin.get_by_test_id("edit-task-1").click()
    admin.locator("#e-volume").fill("-900")
    admin.get_by_test_id("save-task").click()
    expect(admin.get_by_test_id("error")).to_contain_text(re.compile("negatif|negative"))
    admin.locator("#e-volume").fill("2150")
    admin.get_by_test_id("save-task").click()
    # 2,150 x 60 + 75,000 + 3,600 = 207,600 minutes: 2.77 FTE, 3 people.
    expect(admin.get_by_test_id("line-needed")).to_have_text("3")
    assert "/tugas/" not in admin.url  # htmx swapped the body in place
    expect(admin.get_by_test_id("error")).to_have_count(0)
    admin.get_by_test_id("edit-task-1").click()
    admin.locator("#e-volume").fill("900")
    admin.get_by_test_id("save-task").click()
    expect(admin.get_by_test_id("line-needed")).to_have_text("2")
    admin.get_by_test_id("back").click()
    admin.get_by_test_id("submit").click()
    expect(admin.get_by_test_id("status")).to_contain_text(re.compile("Diajukan|Submitted"))

    # 3) BKPSDM approves the ABK, then draws up and approves the agency's proposal.
    hr = new_page(admin, live_server)
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    hr.goto("/abk/")
    log_in(hr, world.users.hr_admin, second_factor=True)
    hr.wait_for_url(re.compile("/abk/$"))
    hr.get_by_test_id("abks").get_by_role("link", name="Bidang Pembinaan SD").click()
    hr.get_by_test_id("approve").click()
    expect(hr.get_by_test_id("status")).to_contain_text(re.compile("Disetujui|Approved"))
    hr.goto("/abk/formasi/")
    hr.locator("#p-agency").select_option(label="Dinas Pendidikan")
    hr.get_by_test_id("create-proposal").click()
    hr.wait_for_url(re.compile(r"/abk/formasi/\d+/$"))
    expect(hr.get_by_test_id("proposal-rows")).to_contain_text("Pengadministrasi Perkantoran")
    hr.get_by_test_id("approve-proposal").click()
    expect(hr.get_by_test_id("proposal-status")).to_contain_text(re.compile("Disetujui|Approved"))
    shoot(hr, "workforce-journey-03-proposal")
    with hr.expect_download() as pdf:
        hr.get_by_test_id("pdf").click()
    assert pdf.value.suggested_filename.endswith(".pdf")
    assert pathlib.Path(pdf.value.path()).read_bytes()[:4] == b"%PDF"
    with hr.expect_download() as sheet:
        hr.get_by_test_id("xlsx").click()
    assert sheet.value.suggested_filename.endswith(".xlsx")
    assert pathlib.Path(sheet.value.path()).read_bytes()[:2] == b"PK"
    hr.context.close()
