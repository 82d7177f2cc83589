"""Browser journey: on a 360 px phone an applicant registers with NIK, confirms the e-mail from
the link, fills the profile, uploads the documents and applies; BKPSDM verifies MS and publishes
the administrative result; the applicant downloads the exam card and its QR page says genuine."""

import datetime
import re

import pypdf
import pytest
from django.core import mail
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from abdi.recruitment.models import Application, Selection
from abdi.web.tests.browser import log_in, new_page, shoot

from .factories import PDF, PNG, OpeningFactory, SelectionFactory, nik_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}


def _file(name, mime, data):
    return {"name": name, "mimeType": mime, "buffer": data}


def test_applicant_registers_applies_is_verified_and_downloads_the_card(world, live_server,
                                                                        browser_page, tmp_path):
    with scopes_disabled():
        selection = SelectionFactory(instansi=world.gov, name="Seleksi CPNS Kota A 2026")
        opening = OpeningFactory(selection=selection, position=world.peer.position,
                                 title="Pranata Komputer Ahli Pertama")

    # 1) The applicant, on a phone, finds the opening and registers.
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(f"/rekrutmen/lowongan/{world.gov.slug}/")
    expect(page.get_by_test_id(f"opening-{opening.pk}")).to_contain_text("Pranata Komputer")
    page.get_by_test_id("to-register").click()
    page.fill("#id_name", "Ani Wijaya")
    page.fill("#id_nik", nik_for(datetime.date(2000, 3, 4), 7, female=True))
    page.fill("#id_birth_date", "2000-03-04")
    page.fill("#id_email", "ani@contoh.id")
    page.fill("#id_password", "sandi-rahasia")
    page.get_by_test_id("register").click()
    expect(page.get_by_test_id("registered")).to_be_visible()
    shoot(page, "recruitment-journey-01-registered")

    # 2) The confirmation link from the e-mail, then the applicant's login.
    link = re.search(r"http://\S+/rekrutmen/konfirmasi/\?t=\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    expect(page.get_by_test_id("confirmed")).to_be_visible()
    page.get_by_test_id("to-login").click()
    page.fill("#id_email", "ani@contoh.id")
    page.fill("#id_password", "sandi-rahasia")
    page.get_by_test_id("login").click()
    page.wait_for_url(re.compile("/rekrutmen/akun/$"))

    # 3) Profile and documents, then one opening.
    page.select_option("#id_education_level", "S1")
    page.fill("#id_major", "Teknik Informatika")
    page.fill("#id_address", "Jl. Merdeka 1, Kota A")
    page.fill("#id_phone", "081234567890")
    page.get_by_test_id("save-profile").click()
    for kind, upload in (("ktp", _file("ktp.pdf", "application/pdf", PDF)),
                         ("ijazah", _file("ijazah.pdf", "application/pdf", PDF)),
                         ("transcript", _file("transkrip.pdf", "application/pdf", PDF)),
                         ("photo", _file("foto.png", "image/png", PNG))):
        page.select_option("#id_kind", kind)
        page.set_input_files("#id_file", upload)
        page.get_by_test_id("upload").click()
        expect(page.get_by_test_id(f"doc-{kind}").locator("a")).to_be_visible()
    shoot(page, "recruitment-journey-02-documents")
    page.get_by_test_id("to-openings").click()
    page.get_by_test_id(f"apply-{opening.pk}").click()
    page.wait_for_url(re.compile("/rekrutmen/akun/$"))
    with scopes_disabled():
        application = Application.objects.get(opening=opening)
    expect(page.get_by_test_id(f"application-{application.registration_number}")).to_contain_text(
        "Pranata Komputer")
    expect(page.get_by_test_id("exam-card")).to_have_count(0)
    shoot(page, "recruitment-journey-03-applied")

    # 4) BKPSDM verifies MS (second factor), registration closes, the result is published.
    admin = new_page(page, live_server)
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin.goto(f"/rekrutmen/staf/seleksi/{selection.pk}/verifikasi/")
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile("/verifikasi/"))
    admin.get_by_test_id(f"verify-{application.registration_number}").click()
    expect(admin.get_by_test_id("nik")).to_contain_text(nik_for(datetime.date(2000, 3, 4), 7,
                                                                female=True))
    for radio in admin.locator("input[type=radio][value='1']").all():
        radio.check()
    admin.get_by_test_id("save-verification").click()
    admin.wait_for_url(re.compile(r"/verifikasi/\?status=submitted"))
    with scopes_disabled():
        Selection.objects.filter(pk=selection.pk).update(
            registration_closes=timezone.localdate() - datetime.timedelta(days=1))
    admin.goto(f"/rekrutmen/staf/seleksi/{selection.pk}/")
    admin.get_by_test_id("publish-result").click()
    expect(admin.locator(".messages")).to_be_visible()
    shoot(admin, "recruitment-journey-04-result")

    # 5) The applicant reads MS and downloads the exam card; its QR page says genuine.
    page.goto("/rekrutmen/akun/")
    card_row = page.get_by_test_id(f"application-{application.registration_number}")
    expect(card_row).to_contain_text("MS")
    with page.expect_download() as download:
        page.get_by_test_id("exam-card").click()
    path = tmp_path / "kartu.pdf"
    download.value.save_as(path)
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert application.registration_number in text
    assert "Ani Wijaya" in text
    page.goto(f"/rekrutmen/kartu/{application.card_code}/")
    expect(page.get_by_test_id("card-genuine")).to_contain_text(application.registration_number)
    shoot(page, "recruitment-journey-05-card")
