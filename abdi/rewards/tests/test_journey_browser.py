"""Browser journey of rewards: a supervisor nominates a Sangat Baik employee from the candidates,
BKPSDM approves it with the decree and enables the public page, the employee sees the award and
agrees to be shown, and a citizen reads the public page of best performers."""

import re

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

from .factories import annual_predikat, default_kinds

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REASON = "Memimpin digitalisasi rapor sekolah dasar se-kota tepat waktu."








def test_nominate_approve_and_show_publicly(world, live_server, browser_page, register):
    year = timezone.localdate().year
    with within(world.gov):
        kind = default_kinds(world.gov)["pegawai-terbaik"]
        annual_predikat(world.own, year - 1, "SB")
        annual_predikat(world.peer, year - 1, "B")

    # 1) The supervisor opens the candidates of Pegawai Terbaik: only the Sangat Baik employee.
    supervisor = browser_page
    supervisor.goto(f"/penghargaan/kandidat/?kind={kind.pk}&tahun={year}")
    log_in(supervisor, world.users.supervisor)
    supervisor.wait_for_url(re.compile("/penghargaan/kandidat/"))
    table = supervisor.get_by_test_id("candidates")
    expect(table).to_contain_text(world.own.name)
    expect(table).not_to_contain_text(world.peer.name)
    supervisor.get_by_test_id(f"nominate-{world.own.pk}").click()
    expect(supervisor.get_by_test_id("nominee")).to_have_text(world.own.name)
    supervisor.get_by_test_id("send-nomination").click()  # no reason yet: refused with a message
    expect(supervisor.get_by_test_id("nominee")).to_be_visible()
    supervisor.locator("#reason").fill("pendek")
    supervisor.get_by_test_id("send-nomination").click()
    expect(supervisor.get_by_test_id("error")).to_be_visible()
    supervisor.locator("#reason").fill(REASON)
    supervisor.get_by_test_id("send-nomination").click()
    supervisor.wait_for_url(re.compile(r"/penghargaan/usulan/\d+/$"))
    expect(supervisor.get_by_test_id("nomination-status")).to_have_text(re.compile("Proposed|Diusulkan"))
    expect(supervisor.get_by_test_id("decide-form")).to_have_count(0)  # a supervisor does not decide
    nomination_url = supervisor.url
    shoot(supervisor, "rewards-journey-01-nominated")

    # 2) BKPSDM (second factor) approves with the decree and enables the public page.
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin = new_page(supervisor, live_server)
    admin.goto(nomination_url)
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile(r"/penghargaan/usulan/\d+/$"))
    admin.locator("#sk_number").fill(f"800/{year}/BKPSDM")
    admin.get_by_test_id("approve").click()
    expect(admin.get_by_test_id("nomination-status")).to_have_text(re.compile("Approved|Disetujui"))
    admin.goto("/penghargaan/pengaturan/")
    admin.locator("input[name=public_page_enabled]").check()
    admin.get_by_test_id("save-settings").click()
    expect(admin.locator("input[name=public_page_enabled]")).to_be_checked()
    shoot(admin, "rewards-journey-02-approved")

    # 3) Nobody is on the public page until the employee agrees.
    citizen = new_page(supervisor, live_server)
    citizen.goto(f"/penghargaan/publik/{world.gov.slug}/")
    expect(citizen.get_by_test_id("no-recognition")).to_be_visible()

    own = new_page(supervisor, live_server)
    own.goto("/penghargaan/saya/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile("/penghargaan/saya/$"))
    expect(own.get_by_test_id("award-history")).to_contain_text(f"800/{year}/BKPSDM")
    own.get_by_test_id("consent-on").click()
    expect(own.get_by_test_id("consent-off")).to_be_visible()
    shoot(own, "rewards-journey-03-mine")

    # 4) The citizen reads the page: name, position and award, no NIP.
    citizen.reload()
    recognition = citizen.get_by_test_id("recognition")
    expect(recognition).to_contain_text(world.own.name)
    expect(recognition).to_contain_text("Pegawai Terbaik")
    expect(recognition).not_to_contain_text(world.own.nip)
    shoot(citizen, "rewards-journey-04-public")
