"""Browser journey of the team work space: a member adds a task for another member and uploads a
document, then a second version; the other member, on a phone, sees the task and downloads
version 2."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
VERSION_2 = b"%PDF-1.4\n% versi kedua\n%%EOF\n"


def _tour_seen(*users):
    """Both have seen the first-login tour (abdi.guidance), so its overlay stays away."""
    from abdi.accounts.actor import Actor
    from abdi.guidance.services.tour import mark_tour_seen
    from abdi.guidance.tour import TOUR_VERSION

    for user in users:
        with within(user.instansi):
            mark_tour_seen(actor=Actor.for_user(user), version=TOUR_VERSION, skipped=True)


def test_task_and_document_versions(world, team, live_server, browser_page):
    _tour_seen(world.users.own, world.users.peer)
    due = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()

    # 1) The lead adds a task for his colleague.
    own = browser_page
    own.goto(f"/tim/{team.pk}/tugas/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile(rf"/tim/{team.pk}/tugas/$"))
    own.locator("#t-title").fill("Rekap data balita per kecamatan")
    own.locator("#t-owner").select_option(str(world.peer.pk))
    own.locator("#t-due").fill(due)
    own.get_by_test_id("add-task").click()
    own.wait_for_url(re.compile(rf"/tim/{team.pk}/tugas/\d+/$"))
    expect(own.get_by_test_id("task-owner")).to_contain_text(world.peer.name)
    shoot(own, "teamspace-journey-01-task")

    # 2) He uploads a document, then a second version of it.
    own.get_by_test_id("tab-documents").click()
    own.locator("#d-title").fill("Rencana aksi stunting")
    own.locator("#d-file").set_input_files(files=[{
        "name": "rencana-aksi.pdf", "mimeType": "application/pdf",
        "buffer": b"%PDF-1.4\n% versi pertama\n%%EOF\n"}])
    own.get_by_test_id("upload-document").click()
    own.wait_for_url(re.compile(rf"/tim/{team.pk}/dokumen/\d+/$"))
    expect(own.get_by_test_id("version-1")).to_be_visible()
    own.locator("#v-file").set_input_files(files=[{
        "name": "rencana-aksi-revisi.pdf", "mimeType": "application/pdf", "buffer": VERSION_2}])
    own.locator("#v-note").fill("Target per kecamatan ditambah")
    own.get_by_test_id("upload-version").click()
    expect(own.get_by_test_id("version-2")).to_be_visible()
    expect(own.get_by_test_id("version-1")).to_be_visible()
    shoot(own, "teamspace-journey-02-versions")

    # 3) The colleague, on his phone, sees the task and downloads version 2.
    peer = new_page(own, live_server)
    peer.set_viewport_size({"width": 390, "height": 844})
    peer.goto(f"/tim/{team.pk}/tugas/?show=mine")
    log_in(peer, world.users.peer)
    peer.wait_for_url(re.compile(rf"/tim/{team.pk}/tugas/"))
    expect(peer.get_by_test_id("tasks")).to_contain_text("Rekap data balita per kecamatan")
    shoot(peer, "teamspace-journey-03-phone-tasks")
    peer.get_by_test_id("tab-documents").click()
    peer.get_by_role("link", name="Rencana aksi stunting").click()
    with peer.expect_download() as download:
        peer.get_by_test_id("download-2").click()
    assert download.value.suggested_filename == "rencana-aksi-revisi.pdf"
    with open(download.value.path(), "rb") as handle:
        assert handle.read() == VERSION_2
    shoot(peer, "teamspace-journey-04-phone-document")
    peer.context.close()
