"""Browser journey of a Forum Konsultasi Publik: the agency admin announces a forum, a citizen
registers on a phone without JavaScript, the forum takes place, the admin publishes the minutes
and a commitment and marks it done; the citizen's phone shows the commitment completed."""

import datetime
import re

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from abdi.public_forums.models import Forum, Registration
from abdi.web.tests.browser import log_in, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 360, "height": 740}


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_forum_from_announcement_to_kept_commitment(world, live_server, browser_page):
    starts = timezone.now() + datetime.timedelta(days=7)

    # 1) The agency admin announces a forum of one of his service units.
    admin = browser_page
    TOTPDevice.objects.create(user=world.users.agency_admin, name="phone", confirmed=True)
    admin.goto("/forum-publik/kelola/")
    log_in(admin, world.users.agency_admin, second_factor=True)
    admin.wait_for_url(re.compile("/forum-publik/kelola/$"))
    admin.get_by_test_id("new-forum").click()
    admin.locator("#id_unit").select_option(str(world.unit.pk))
    admin.locator("#id_title").fill("FKP Standar Pelayanan PPDB SD")
    admin.locator("#id_topic").fill("Penerimaan peserta didik baru SD")
    admin.locator("#id_place").fill("Aula Dinas Pendidikan")
    admin.locator("#id_capacity").fill("30")
    admin.locator("#id_starts_at").fill(_local(starts))
    admin.locator("#id_registration_closes_at").fill(_local(starts - datetime.timedelta(days=1)))
    admin.get_by_test_id("save-forum").click()
    admin.wait_for_url(re.compile(r"/forum-publik/kelola/\d+/$"))
    forum_url = admin.url
    admin.get_by_test_id("publish-forum").click()
    expect(admin.get_by_test_id("forum-status")).to_have_text(re.compile("Announced|Diumumkan"))
    public_url = admin.get_by_test_id("public-link").get_attribute("href")
    shoot(admin, "public-forums-journey-01-announced")

    # 2) A citizen registers on a phone, with JavaScript off: the page needs none.
    citizen = admin.context.browser.new_context(
        base_url=live_server.url, locale="id-ID", viewport=PHONE, java_script_enabled=False,
    ).new_page()
    citizen.set_default_timeout(15000)
    citizen.goto("/forum-publik/warga/kota-a/")
    assert citizen.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(citizen, "public-forums-journey-02a-list-phone")
    citizen.get_by_role("link", name="FKP Standar Pelayanan PPDB SD").click()
    citizen.get_by_label(re.compile("Your name|Nama")).fill("Rina Warga")
    citizen.get_by_label(re.compile("phone|ponsel", re.I)).fill("0812 3333 4444")
    citizen.get_by_test_id("register-button").click()
    expect(citizen.get_by_test_id("registered")).to_be_visible()
    expect(citizen.get_by_test_id("forum-details")).to_contain_text("1 / 30")
    assert "6281233334444" not in citizen.content()
    shoot(citizen, "public-forums-journey-02-registered-phone")

    # 3) The forum takes place (the clock moves past its start), the admin marks attendance,
    # publishes the minutes and the commitment, then its completion.
    with scopes_disabled():
        Forum.objects.filter(title="FKP Standar Pelayanan PPDB SD").update(
            starts_at=timezone.now() - datetime.timedelta(hours=2),
            registration_closes_at=timezone.now() - datetime.timedelta(days=1))
    admin.goto(forum_url + "peserta/")
    expect(admin.get_by_test_id("registrants")).to_contain_text("6281233334444")
    admin.get_by_test_id("mark-attended").click()
    with scopes_disabled():
        assert Registration.objects.get(name="Rina Warga").attended
    admin.goto(forum_url)
    admin.locator("#id_minutes").fill("Warga meminta jadwal zonasi diumumkan lebih awal.")
    admin.get_by_test_id("publish-minutes").click()
    expect(admin.get_by_test_id("forum-status")).to_contain_text(re.compile("minutes|notulen"))
    admin.locator("#id_promise").fill("Mengumumkan peta zonasi 30 hari sebelum pendaftaran.")
    admin.locator("#id_responsible_unit").select_option(str(world.unit.pk))
    due = timezone.localdate() + datetime.timedelta(days=30)
    admin.locator("#id_due_date").fill(due.isoformat())
    admin.get_by_test_id("add-commitment").click()
    expect(admin.get_by_test_id("commitments")).to_contain_text("peta zonasi")
    commitment = admin.locator("article[data-testid^='commitment-']").first
    commitment.locator("summary").click()
    commitment.locator("select[name=status]").select_option("done")
    commitment.locator("textarea[name=note]").fill("Peta zonasi sudah diumumkan di situs dinas.")
    commitment.get_by_test_id("save-progress").click()
    expect(admin.get_by_test_id("commitment-status")).to_have_text(re.compile("Done|Selesai"))
    shoot(admin, "public-forums-journey-03-commitment-done")

    # 4) The citizen's phone shows the minutes and the commitment completed, with its timeline.
    citizen.goto(public_url)
    expect(citizen.get_by_test_id("public-minutes")).to_contain_text("zonasi diumumkan")
    expect(citizen.get_by_test_id("commitment-status")).to_have_text(re.compile("Done|Selesai"))
    expect(citizen.get_by_test_id("timeline")).to_contain_text("sudah diumumkan di situs dinas")
    expect(citizen.get_by_test_id("overdue")).to_have_count(0)
    assert "Rina Warga" not in citizen.content()
    shoot(citizen, "public-forums-journey-04-public-commitment-phone")
    citizen.context.close()
