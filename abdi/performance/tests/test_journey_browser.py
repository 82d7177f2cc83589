"""Browser journey of issue 3: the employee plans an SKP and the atasan approves it; daily
activities are reported on a phone and validated; the year is appraised, the unit's curve is
set and finalised, and the employee sees the predikat and downloads the Dokumen Evaluasi."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from abdi.conftest import log_in
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import shoot

from .conftest import make_plan

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _page_of(browser_page, live_server, user):
    """A new browser context logged in as `user` (second factor passed), pages in English."""
    client = log_in(Client(), user)
    context = browser_page.context.browser.new_context(base_url=live_server.url, locale="id-ID")
    context.add_cookies([
        {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value,
         "url": live_server.url},
        {"name": settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15000)
    return page


def test_plan_report_validate_appraise_and_download(world, live_server, browser_page):
    year = timezone.localdate().year
    annual = f"Tahunan {year}"
    period = f"?year={year}&period_kind=annual&period_number=1"
    with within(world.gov):  # the atasan's plan is approved, under the agency head's plan
        head = make_plan(world.users.agency_head, world.agency_head)
        make_plan(world.users.supervisor, world.supervisor, parent=head.result,
                  approve_as=world.users.agency_head)

    # 1) The employee makes this year's SKP, one main result linked to the atasan's, submits it.
    own = _page_of(browser_page, live_server, world.users.own)
    own.goto("/")
    own.get_by_test_id("nav-performance").click()
    own.wait_for_url(re.compile(r"/kinerja/$"))
    expect(own.get_by_text("You have no SKP yet.")).to_be_visible()
    create = own.get_by_test_id("create-skp")
    expect(create.get_by_label("Year")).to_have_value(str(year))
    create.get_by_role("button", name="Make the SKP").click()
    own.wait_for_url(re.compile(r"/kinerja/skp/\d+/"))
    expect(own.get_by_test_id("skp-status")).to_have_text("Draft")
    expect(own.get_by_test_id("skp-employee")).to_have_text(world.own.full_name)
    add_result = own.get_by_test_id("add-result")
    add_result.get_by_label("Planned result").fill("Laporan pembinaan sekolah dasar tersusun")
    add_result.get_by_label(re.compile("result of the atasan", re.I)).select_option(
        label="Hasil kerja Supervisor Satu")
    add_result.get_by_role("button", name="Add the result").click()
    result = own.get_by_test_id("result")
    expect(result).to_have_count(1)
    expect(result).to_contain_text("Supports the atasan's result: Hasil kerja Supervisor Satu")
    result.get_by_text("Add an indicator").click()
    indicator = result.get_by_test_id("add-indicator")
    indicator.get_by_label("Indicator kind").select_option("output")
    indicator.get_by_label("Aspek").select_option("KUANTITAS")
    indicator.get_by_label(re.compile(r"^Indicator\W*$")).fill("Laporan pembinaan sekolah")
    indicator.get_by_label(re.compile(r"^Target\W*$")).fill("12")
    indicator.get_by_label("Unit of the target").fill("laporan")
    indicator.get_by_role("button", name="Add the indicator").click()
    row = own.get_by_test_id("result").get_by_role("row", name=re.compile("Laporan pembinaan sekolah"))
    expect(row).to_contain_text("12 laporan")
    expect(own.get_by_test_id("problems")).to_have_count(0)  # nothing keeps it from submission
    shoot(own, "skp-journey-01-plan")
    own.get_by_test_id("move-submit").get_by_role("button", name="Submit to the atasan").click()
    expect(own.get_by_test_id("skp-status")).to_have_text("Submitted")
    expect(own.get_by_role("status")).to_contain_text("The SKP is now Submitted.")

    # 2) The atasan opens the subordinates' plans and approves the SKP.
    boss = _page_of(browser_page, live_server, world.users.supervisor)
    boss.goto("/")
    boss.get_by_test_id("nav-performance").click()
    expect(boss.get_by_test_id("awaiting").locator(".stat")).to_have_text("1")
    boss.get_by_test_id("subordinates-link").click()
    subordinate = boss.get_by_role("row", name=re.compile(world.own.full_name))
    expect(subordinate).to_contain_text("Submitted")
    subordinate.get_by_role("link", name=f"SKP {year}").click()
    expect(boss.get_by_test_id("skp-employee")).to_have_text(world.own.full_name)
    shoot(boss, "skp-journey-02-to-approve")
    boss.get_by_test_id("move-approve").get_by_role("button", name="Approve").click()
    expect(boss.get_by_test_id("skp-status")).to_have_text("Approved")
    boss.get_by_test_id("nav-performance").click()
    expect(boss.get_by_test_id("awaiting").locator(".stat")).to_have_text("0")

    # 3) On a phone, the employee reports two activities of today: both wait for validation.
    own.set_viewport_size({"width": 360, "height": 740})
    own.goto("/kinerja/")
    expect(own.get_by_role("row", name=re.compile(f"SKP {year}"))).to_contain_text("Approved")
    own.get_by_test_id("diary-link").click()
    expect(own.get_by_test_id("diary-form")).to_be_visible()
    assert own.evaluate("document.documentElement.scrollWidth") <= 360
    for description, quantity in (("Kunjungan pembinaan ke SD Negeri 1", "1"),
                                  ("Menyusun laporan pembinaan bulanan", "2")):
        own.get_by_label("What was done").fill(description)
        own.get_by_label("Output quantity").fill(quantity)
        own.get_by_label("Time spent (minutes)").fill("60")
        own.get_by_test_id("diary-submit").click()
        own.get_by_test_id("recent").get_by_text(description).wait_for()
    entries = own.get_by_test_id("recent-entry")
    expect(entries).to_have_count(2)
    expect(entries.get_by_test_id("activity-status")).to_have_text(
        ["Waiting for validation", "Waiting for validation"])
    shoot(own, "skp-journey-03-diary-phone")

    # 4) The atasan validates both entries at once.
    boss.get_by_test_id("queue-link").click()
    expect(boss.get_by_test_id("queue-count")).to_have_text("2 entries wait for validation.")
    expect(boss.get_by_test_id("queue-row")).to_have_count(2)
    for choose in boss.get_by_test_id("choose").all():
        choose.check()
    shoot(boss, "skp-journey-04-queue")
    boss.get_by_test_id("bulk-approve").click()
    expect(boss.get_by_role("status")).to_contain_text("2 activities approved.")
    expect(boss.get_by_test_id("queue-empty")).to_be_visible()
    own.reload()
    expect(own.get_by_test_id("recent-entry").get_by_test_id("activity-status")).to_have_text(
        ["Approved", "Approved"])

    # 5) The atasan opens the annual appraisal and rates Sesuai / Sesuai: the matrix says Baik.
    boss.goto("/kinerja/penilaian/")
    cell = (boss.get_by_test_id("rating-queue").get_by_role("row", name=re.compile(world.own.full_name))
            .locator(f'td[data-label="{annual}"]'))
    cell.get_by_role("button", name="Open the appraisal").click()
    boss.wait_for_url(re.compile(r"/kinerja/penilaian/\d+/$"))
    expect(boss.get_by_test_id("status")).to_have_text("Open")
    expect(boss.locator("#results").get_by_role("row", name=re.compile("Laporan pembinaan"))
           ).to_contain_text("3 laporan")  # the two approved entries: 1 + 2
    form = boss.get_by_test_id("rating-form")
    form.get_by_label(re.compile(r"^Rating of results")).select_option("SESUAI")
    form.get_by_label(re.compile(r"^Rating of behaviour")).select_option("SESUAI")
    expect(boss.get_by_test_id("predikat-preview")).to_have_text("Baik")
    form.get_by_label("Reason for the rating of results").fill("Laporan tersusun sesuai rencana.")
    form.get_by_label("Reason for the rating of behaviour").fill("Perilaku sesuai harapan.")
    form.get_by_role("button", name="Save the ratings").click()
    expect(boss.get_by_test_id("status")).to_have_text("Rated, not final")
    shoot(boss, "skp-journey-05-rated")

    # The agency head (one level up) sets the unit's organisation predikat: Istimewa, whose
    # curve allows one Baik (a Baik organisation would need a BP or K in the unit, §7).
    chief = _page_of(browser_page, live_server, world.users.agency_head)
    chief.goto(f"/kinerja/distribusi/{period}")
    chief.get_by_test_id("units").get_by_role("link", name=world.unit.name).click()
    chief.get_by_test_id("org-form").get_by_label("Organisation predikat").select_option("IST")
    chief.get_by_test_id("org-form").get_by_role("button").click()
    expect(chief.get_by_test_id("org-predikat")).to_have_text("Istimewa")

    # The atasan finalises the unit on the distribution page.
    boss.goto(f"/kinerja/distribusi/{period}")
    unit_row = boss.get_by_test_id("units").get_by_role("row", name=re.compile(world.unit.name))
    expect(unit_row).to_contain_text("Istimewa")
    unit_row.get_by_role("link", name=world.unit.name).click()
    expect(boss.get_by_test_id("group").get_by_role("row", name=re.compile(world.own.full_name))
           ).to_contain_text("Baik")
    boss.once("dialog", lambda dialog: dialog.accept())  # "Sign the predikat … final?"
    boss.get_by_test_id("finalise-form").get_by_role("button").click()
    expect(boss.get_by_role("status")).to_contain_text("1 appraisals are final")
    expect(boss.get_by_test_id("group")).to_contain_text("Final")
    expect(boss.get_by_test_id("finalise-form")).to_have_count(0)
    shoot(boss, "skp-journey-06-final")

    # 6) The employee sees the predikat Baik and downloads the Dokumen Evaluasi.
    own.set_viewport_size({"width": 1280, "height": 720})
    own.goto("/kinerja/penilaian/")
    mine = own.get_by_test_id("my-appraisals").get_by_role("row", name=re.compile(annual))
    expect(mine).to_contain_text("Baik")
    mine.get_by_role("link", name=annual).click()
    expect(own.get_by_test_id("status")).to_have_text("Final")
    expect(own.get_by_test_id("predikat")).to_have_text("Baik")
    expect(own.get_by_test_id("org-predikat")).to_have_text("Istimewa")
    shoot(own, "skp-journey-07-appraisal")
    with own.expect_download() as info:
        own.get_by_role("link", name="Dokumen Evaluasi (PDF)").click()
    download = info.value
    assert download.suggested_filename == f"Evaluasi-Kinerja-{year}-annual-1-{world.own.nip}.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
