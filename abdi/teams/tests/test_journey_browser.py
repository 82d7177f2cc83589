"""Browser journey of a cross-agency team: a unit head creates a team and invites staff of two
perangkat daerah; they accept, their atasan agree, the lead sets the weights and updates the
team result, and each member sees the collaborative result with his share in his SKP page; on
the way the lead posts a task and a document in the team's work space."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from abdi.accounts.tests.factories import UserFactory
from abdi.guidance.models import TourProgress
from abdi.guidance.tour import TOUR_VERSION
from abdi.org.tests.factories import HeadPositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.performance import services as performance_services
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

from .factories import actor_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _account(world, employee):
    return UserFactory(username=employee.nip, instansi=world.gov, employee=employee,
                       display_name=employee.name)


SLOW_MACHINE_MS = 60_000  # a shared test machine may answer the first page slowly


def _person(page, live_server, user, path):
    other = new_page(page, live_server)
    other.set_default_timeout(SLOW_MACHINE_MS)
    other.set_viewport_size({"width": 390, "height": 844})
    other.goto(path)
    log_in(other, user)
    other.wait_for_url(re.compile(re.escape(path) + "$"))
    return other


def test_team_result_reaches_each_members_skp(world, live_server, browser_page):
    with scopes_disabled():
        dinkes_head = EmployeeFactory(position=HeadPositionFactory(
            unit=world.other_agency, name="Kepala Dinas Kesehatan"), name="Kepala Dinkes")
        dinkes_head_user = _account(world, dinkes_head)
        sibling_user = _account(world, world.sibling)
    year = timezone.localdate().year
    with within(world.gov):
        for user in (world.users.supervisor, world.users.agency_head, world.users.other_unit,
                     sibling_user, dinkes_head_user):  # the first-login tour is not ours
            TourProgress.objects.create(instansi=world.gov, user=user, version=TOUR_VERSION,
                                        outcome="skipped")
        sibling_skp = performance_services.create_skp(actor=actor_of(sibling_user),
                                                      employee=world.sibling, year=year)
        other_skp = performance_services.create_skp(actor=actor_of(world.users.other_unit),
                                                    employee=world.other_unit, year=year)

    # 1) The head of a unit makes the team (he leads it), adds the shared result, invites.
    lead = browser_page
    lead.set_default_timeout(SLOW_MACHINE_MS)
    lead.goto("/tim/baru/")
    log_in(lead, world.users.supervisor)
    lead.wait_for_url(re.compile("/tim/baru/$"))
    lead.locator("#f-name").fill("Tim Kesehatan dan Kesejahteraan")
    lead.locator("#f-agency").select_option(str(world.agency.pk))
    today = timezone.localdate()
    lead.locator("#f-start").fill(today.replace(month=1, day=1).isoformat())
    lead.locator("#f-end").fill(today.replace(month=12, day=31).isoformat())
    lead.locator("#f-mandate").fill("Menyatukan layanan kesehatan dan sosial bagi keluarga rentan.")
    lead.get_by_test_id("save-team").click()
    lead.wait_for_url(re.compile(r"/tim/\d+/$"))
    team_url = lead.url
    lead.get_by_test_id("result-box").locator("summary").click()
    lead.locator("#r-text").fill("Protokol layanan terpadu")
    lead.locator("#ind-new").fill("Dokumen protokol yang disahkan")
    lead.locator("#tv-new").fill("10")
    lead.locator("#tu-new").fill("dokumen")
    lead.get_by_test_id("add-result").click()
    lead.wait_for_url(team_url)
    for employee in (world.sibling, world.other_unit):
        lead.get_by_test_id("invite-box").locator("summary").click()
        lead.locator("#i-employee").fill(employee.nip)
        lead.get_by_test_id("invite").click()
        lead.wait_for_url(team_url)
    expect(lead.get_by_test_id("member-row")).to_have_count(3)
    shoot(lead, "teams-journey-01-invited")

    # 2) Each invited member accepts on his phone.
    for user in (sibling_user, world.users.other_unit):
        member = _person(lead, live_server, user, "/tim/")
        member.get_by_test_id("invitation-link").click()
        member.get_by_test_id("accept").click()
        member.wait_for_url(re.compile(r"/tim/\d+/$"))
        shoot(member, f"teams-journey-02-accepted-{user.pk}")
        member.context.close()

    # 3) Their atasan agree: the head of Dinas Pendidikan (for the lead and the PAUD employee)
    #    and the head of Dinas Kesehatan.
    for user, count in ((world.users.agency_head, 2), (dinkes_head_user, 1)):
        boss = _person(lead, live_server, user, "/tim/persetujuan/")
        expect(boss.get_by_test_id("approval")).to_have_count(count)
        shoot(boss, f"teams-journey-03-agree-{user.pk}")
        for _ in range(count):
            boss.get_by_test_id("agree").first.click()
            boss.wait_for_url(re.compile("/tim/persetujuan/$"))
        expect(boss.get_by_test_id("no-approvals")).to_be_visible()
        boss.context.close()

    # 4) In the team's work space the lead posts a task for the Dinkes member and a document;
    #    that member sees both.
    team_id = re.search(r"/tim/(\d+)/$", team_url).group(1)
    lead.goto(f"/tim/{team_id}/tugas/")
    lead.locator("#t-title").fill("Rekap keluarga rentan per kecamatan")
    lead.locator("#t-owner").select_option(str(world.other_unit.pk))
    lead.locator("#t-due").fill(today.replace(month=12, day=31).isoformat())
    lead.get_by_test_id("add-task").click()
    lead.wait_for_url(re.compile(rf"/tim/{team_id}/tugas/\d+/$"))
    lead.get_by_test_id("tab-documents").click()
    lead.locator("#d-title").fill("Draf protokol layanan terpadu")
    lead.locator("#d-file").set_input_files(files=[{
        "name": "draf-protokol.pdf", "mimeType": "application/pdf",
        "buffer": b"%PDF-1.4\n% draf protokol\n%%EOF\n"}])
    lead.get_by_test_id("upload-document").click()
    lead.wait_for_url(re.compile(rf"/tim/{team_id}/dokumen/\d+/$"))
    expect(lead.get_by_test_id("version-1")).to_be_visible()
    member = _person(lead, live_server, world.users.other_unit, f"/tim/{team_id}/tugas/?show=mine")
    expect(member.get_by_test_id("tasks")).to_contain_text("Rekap keluarga rentan per kecamatan")
    member.get_by_test_id("tab-documents").click()
    expect(member.get_by_role("link", name="Draf protokol layanan terpadu")).to_be_visible()
    shoot(member, "teams-journey-04-work-space")
    member.context.close()

    # 5) The lead sets the weights (50/30/20) and updates the realisation (5 of 10).
    lead.goto(team_url)
    lead.get_by_test_id("weights-link").click()
    inputs = lead.get_by_test_id("weight-input")
    expect(inputs).to_have_count(3)
    for number, weight in enumerate(("50", "30", "20")):
        inputs.nth(number).fill(weight)
    lead.get_by_test_id("save-weights").click()
    lead.wait_for_url(team_url)
    lead.get_by_test_id("realisation-link").click()
    lead.locator("#v-value").fill("5")
    lead.locator("#v-evidence").fill("Lima protokol disahkan kepala daerah")
    lead.get_by_test_id("save-realisation").click()
    lead.wait_for_url(team_url)
    expect(lead.get_by_test_id("team-realised")).to_contain_text("5")
    shoot(lead, "teams-journey-05-team-page")

    # 6) Each member sees the collaborative result with his share in his SKP.
    for user, skp, target, realised in ((sibling_user, sibling_skp, "3", "1,50"),
                                        (world.users.other_unit, other_skp, "2", "1")):
        path = reverse("performance:skp_detail", kwargs={"pk": skp.pk})
        member = _person(lead, live_server, user, path)
        expect(member.get_by_test_id("collaborative-badge")).to_contain_text(
            "Tim Kesehatan dan Kesejahteraan")
        expect(member.get_by_test_id("indicator-target").first).to_contain_text(f"{target} dokumen")
        expect(member.get_by_test_id("indicator-realised").first).to_contain_text(
            f"{realised} dokumen")
        shoot(member, f"teams-journey-06-skp-{user.pk}")
        member.context.close()
