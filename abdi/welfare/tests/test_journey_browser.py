"""Browser journey of a yearly check-up: BKPSDM sets it up (session of one place, a doctor on its
medical staff), opens it and invites every eligible employee; the employee registers; the doctor
records attendance and the result; the employee reads it; BKPSDM cannot."""

import datetime
import re

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled
from playwright.sync_api import expect

from abdi.accounts.tests.factories import UserFactory
from abdi.org.tests.factories import PositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RESULT = "Tekanan darah 142/92, kontrol satu bulan"








def test_check_up_from_set_up_to_private_result(world, live_server, browser_page):
    with scopes_disabled():
        doctor_employee = EmployeeFactory(position=PositionFactory(unit=world.other_agency),
                                          name="Dokter Puskesmas")
        doctor = UserFactory(username=doctor_employee.nip, instansi=world.gov,
                             employee=doctor_employee, display_name="Dokter Puskesmas")
    session_day = timezone.localdate() + datetime.timedelta(days=5)

    # 1) BKPSDM creates the programme, a session of one place, names the doctor, opens, invites.
    admin = browser_page
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin.goto("/kesejahteraan/")
    assert "/accounts/login/" in admin.url
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile("/kesejahteraan/$"))
    admin.get_by_test_id("new-programme").click()
    admin.locator("#id_kind").select_option("health_check")
    admin.locator("#id_name").fill("Pemeriksaan kesehatan berkala")
    admin.locator("#id_year").fill(str(session_day.year))
    admin.locator("#id_min_age").fill("30")
    admin.get_by_test_id("save-programme").click()
    admin.wait_for_url(re.compile(r"/kesejahteraan/program/\d+/$"))
    programme_url = admin.url
    admin.locator("#id_date").fill(session_day.isoformat())
    admin.locator("#id_place").fill("Puskesmas Kota")
    admin.locator("#id_capacity").fill("1")
    admin.get_by_test_id("add-session").click()
    expect(admin.get_by_test_id("sessions")).to_contain_text("Puskesmas Kota")
    admin.locator("#id_username").fill(doctor.username)
    admin.get_by_test_id("add-staff").click()
    expect(admin.get_by_test_id("staff")).to_contain_text("Dokter Puskesmas")
    admin.locator("#programme-status").select_option("open")
    admin.get_by_test_id("set-status").click()
    admin.get_by_test_id("invite").click()
    expect(admin.get_by_role("status")).to_contain_text(re.compile(r"\d+"))
    expect(admin.get_by_test_id("count-invited")).not_to_have_text("0")
    shoot(admin, "welfare-journey-01-programme")

    # 2) The employee registers for the only place.
    own = new_page(admin, live_server)
    own.goto(programme_url)
    log_in(own, world.users.own)
    own.wait_for_url(programme_url)
    own.get_by_test_id("register").click()
    expect(own.get_by_test_id("own-participation")).to_be_visible()
    expect(own.get_by_test_id("sessions")).to_contain_text("1 / 1")
    shoot(own, "welfare-journey-02-registered")

    # 3) The doctor records attendance and the result.
    medic = new_page(admin, live_server)
    medic.goto(programme_url + "peserta/")
    log_in(medic, doctor)
    medic.wait_for_url(re.compile(r"/peserta/$"))
    row = medic.get_by_test_id("participants").get_by_role("row").filter(has_text=world.own.name)
    row.get_by_test_id("attended").click()
    row = medic.get_by_test_id("participants").get_by_role("row").filter(has_text=world.own.name)
    row.get_by_test_id("enter-result").click()
    medic.wait_for_url(re.compile(r"/hasil/$"))
    result_url = medic.url
    medic.locator("#id_summary").fill(RESULT)
    medic.locator("#id_follow_up_needed").check()
    medic.get_by_test_id("save-result").click()
    medic.wait_for_url(re.compile(r"/peserta/$"))
    shoot(medic, "welfare-journey-03-attendance")
    medic.context.close()

    # 4) The employee reads his result; BKPSDM is refused it.
    own.goto(programme_url)
    own.get_by_test_id("read-result").click()
    expect(own.get_by_test_id("result-summary")).to_have_text(RESULT)
    shoot(own, "welfare-journey-04-result")
    own.context.close()
    response = admin.goto(result_url)
    assert response.status == 403
    assert RESULT not in admin.content()
