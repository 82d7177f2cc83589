"""The whole development cycle across three apps, with nothing faked between them (issue 6's
journey): BKPSDM imports an assessment centre's results; the employee sees their gaps and a
training recommended for one of them, registers; the atasan approves; BKPSDM records attendance
and the result; the employee's JP go up; BKPSDM recomputes the nine-box from the real potential
and the final predikat, and the employee sees their box."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.accounts.actor import Actor
from abdi.competency.services.assessments import set_position_standard
from abdi.tenancy.scoping import within
from abdi.training.tests.factories import make_event
from abdi.web.tests.browser import log_in, new_page, shoot

from .factories import YEAR, final_predikat

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CODES = ("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1")


def _results(world) -> dict:
    """The assessment centre's file: potential 86 (Tinggi), M2 one level under the standard."""
    rows = ["NIP;Tanggal;Asesor;Lembaga;Potensi;" + ";".join(CODES),
            f"{world.own.nip};{YEAR}-02-10;Dra. Ratna Kusuma;UPT Penilaian;86;3;2;3;3;3;3;3;3;3"]
    return {"name": "hasil-asesmen.csv", "mimeType": "text/csv",
            "buffer": ("\n".join(rows) + "\n").encode()}


def test_assessment_gap_training_jp_and_ninebox(world, live_server, browser_page):
    with within(world.gov):
        set_position_standard(actor=Actor.for_user(world.users.hr_admin),
                              position=world.own.position, levels=dict.fromkeys(CODES, 3))
        event = make_event(world.gov, title="Pelatihan Kerja Sama Lintas Unit", stated_jp=8,
                           codes=["M2"])
        make_event(world.gov, title="Seminar Tanpa Kaitan", codes=["M8"])
    final_predikat(world.own, "SB")  # the annual predikat the nine-box reads

    # 1) BKPSDM imports the assessment centre's results.
    hr = browser_page
    hr.set_default_timeout(60000)  # a loaded CI machine; not a timing assertion
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    hr.goto("/kompetensi/penilaian/impor/")
    log_in(hr, world.users.hr_admin, second_factor=True)
    hr.wait_for_url(re.compile("/kompetensi/penilaian/impor/$"))
    hr.locator("#i-file").set_input_files(_results(world))
    hr.get_by_test_id("import").click()
    hr.wait_for_url(re.compile("/kompetensi/peta/$"))
    shoot(hr, "development-journey-01-imported")

    # 2) The employee sees the gap in M2 and the training recommended for it, and registers.
    own = new_page(hr, live_server)
    own.set_default_timeout(60000)
    own.goto("/kompetensi/saya/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile(rf"/kompetensi/pegawai/{world.own.pk}/$"))
    expect(own.get_by_test_id("gap-M2")).to_contain_text("-1")
    own.goto("/pelatihan/")
    recommended = own.get_by_test_id("recommended")
    expect(recommended).to_contain_text("Pelatihan Kerja Sama Lintas Unit")
    expect(recommended).not_to_contain_text("Seminar Tanpa Kaitan")
    shoot(own, "development-journey-02-recommended")
    recommended.get_by_test_id(f"event-{event.pk}").click()
    own.get_by_test_id("register").click()
    own.wait_for_url(re.compile(r"/pelatihan/catatan/\d+/$"))

    # 3) The atasan approves.
    boss = new_page(hr, live_server)
    boss.set_default_timeout(60000)
    boss.goto("/pelatihan/persetujuan/")
    log_in(boss, world.users.supervisor)
    boss.wait_for_url(re.compile("/pelatihan/persetujuan/$"))
    boss.get_by_test_id(f"pending-{world.own.nip}").click()
    boss.get_by_test_id("approve").click()
    boss.wait_for_url(re.compile(r"/pelatihan/catatan/\d+/$"))
    boss.context.close()

    # 4) BKPSDM records attendance and the result with its certificate.
    hr.goto(f"/pelatihan/acara/{event.pk}/")
    hr.get_by_test_id(f"attended-{world.own.nip}").click()
    hr.wait_for_url(re.compile(rf"/pelatihan/acara/{event.pk}/$"))
    hr.get_by_test_id(f"result-{world.own.nip}").click()
    hr.locator("#c-result").fill("Lulus")
    hr.locator("#c-file").set_input_files(files=[{
        "name": "sertifikat.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}])
    hr.get_by_test_id("complete").click()
    hr.wait_for_url(re.compile(r"/pelatihan/catatan/\d+/$"))

    # 5) The employee's JP went up.
    own.goto("/pelatihan/jp/")
    expect(own.get_by_test_id("own-jp")).to_contain_text("8 / 20")
    shoot(own, "development-journey-03-jp")

    # 6) BKPSDM recomputes the nine-box: potential 86 (Tinggi) and Sangat Baik → box 9.
    hr.goto(f"/talenta/?year={YEAR}")
    hr.get_by_test_id("compute").click()
    hr.wait_for_url(re.compile(rf"/talenta/\?year={YEAR}$"))
    expect(hr.get_by_test_id("open-box-9")).to_have_text("1")
    shoot(hr, "development-journey-04-ninebox")

    # 7) The employee sees their own box.
    own.goto("/talenta/")
    own.wait_for_url(re.compile("/talenta/saya/$"))
    expect(own.get_by_test_id("my-box-number")).to_have_text("9")
    shoot(own, "development-journey-05-own-box")
