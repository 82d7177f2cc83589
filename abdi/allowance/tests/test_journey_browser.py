"""Browser journey of the TPP: BKPSDM uploads a month of punches from an attendance machine and
computes the month; the employee opens the slip, reads why the TPP is this amount (one late
arrival) and files an objection."""

import datetime
import re

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from abdi.accounts.actor import Actor
from abdi.allowance.rules import codec, presets
from abdi.allowance.services import rule_sets
from abdi.allowance.services.attendance import holidays_between, is_working_day
from abdi.performance.models import Appraisal
from abdi.performance.tests.conftest import make_plan
from abdi.tenancy.scoping import within
from abdi.web.tests.browser import log_in, new_page, shoot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BASE = 5_000_000  # every kelas; 40% disiplin, 60% prestasi kerja (Tulang Bawang)
# One arrival at 08:05, 35 minutes after 07.30: TL2, 1% of the disiplin share; predikat B at 100%.
EXPECTED = "Rp 4.980.000"
OBJECTION = "Tanggal yang terlambat saya sedang mengikuti rapat di kantor bupati."


def _last_month() -> tuple[int, int]:
    end = timezone.localdate().replace(day=1) - datetime.timedelta(days=1)
    return end.year, end.month


def _working_days(gov, year, month) -> list[datetime.date]:
    first = datetime.date(year, month, 1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    holidays = holidays_between(gov, first, last)
    days = (first + datetime.timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if is_working_day(day, holidays)]


def _machine_export(folder, nip, days) -> tuple:
    """A machine's CSV: in at 07:20 (08:05 on one day, late), out at 16:10 on every working day."""
    late_day = days[len(days) // 2]
    lines = ["NIP,Tanggal,Jam"]
    for day in days:
        lines.append(f"{nip},{day:%d/%m/%Y},{'08:05' if day == late_day else '07:20'}")
        lines.append(f"{nip},{day:%d/%m/%Y},16:10")
    path = folder / "mesin-presensi.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(lines) - 1


def _rules_and_predikat(world, year, month) -> None:
    """The TPP rules in force (Tulang Bawang, B at 100%) and the month's predikat B, rated."""
    schedule = codec.schedule_to_data(presets.TULANG_BAWANG)
    schedule["predikat_factors"] = [{"predikat": "B", "percent": "100"}]
    with within(world.gov):
        rule_sets.add_rule_set(actor=Actor.for_user(world.users.hr_admin), instansi_id=world.gov.pk,
                               values={"name": "TPP uji", "effective_from": datetime.date(year - 1, 1, 1),
                                       "preset": "tulang_bawang", "schedule": schedule},
                               amounts=[(kelas, "BK", BASE) for kelas in range(1, 18)])
        plan = make_plan(world.users.own, world.own, year=year)
        Appraisal.objects.create(
            instansi=world.gov, skp=plan.skp, employee=world.own, unit=world.own.unit, year=year,
            period_kind="monthly", period_number=month, start=datetime.date(year, month, 1),
            end=datetime.date(year, month, 28), predikat="B", status=Appraisal.Status.RATED)






def test_import_punches_compute_the_month_and_object_to_the_slip(world, live_server, browser_page,
                                                                 tmp_path):
    year, month = _last_month()
    days = _working_days(world.gov, year, month)
    csv, rows = _machine_export(tmp_path, world.own.nip, days)
    _rules_and_predikat(world, year, month)

    # 1) BKPSDM (second factor) opens Presensi and uploads the machine's file.
    admin = browser_page
    TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    admin.goto("/tunjangan/presensi/")
    assert "/accounts/login/" in admin.url  # anonymous visitors are sent to log in
    log_in(admin, world.users.hr_admin, second_factor=True)
    admin.wait_for_url(re.compile("/tunjangan/presensi/$"))
    expect(admin.get_by_role("heading", level=1)).to_have_text("Mesin presensi")
    expect(admin.get_by_test_id("no-imports")).to_be_visible()
    admin.get_by_label(re.compile(r"\.csv")).set_input_files(csv)
    admin.get_by_test_id("upload").click()
    admin.wait_for_url(re.compile(r"/tunjangan/presensi/\d+/$"))
    expect(admin.get_by_role("heading", level=1)).to_have_text("Impor mesin-presensi.csv")
    expect(admin.get_by_role("status")).to_contain_text("mesin-presensi.csv")
    counts = admin.get_by_test_id("counts")
    expect(counts.get_by_test_id("rows")).to_have_text(str(rows))
    expect(counts.get_by_test_id("stored")).to_have_text(str(rows))
    for none in ("duplicates", "refused", "warnings"):
        expect(counts.get_by_test_id(none)).to_have_text("0")
    expect(admin.get_by_test_id("clean")).to_be_visible()
    shoot(admin, "tpp-journey-01-import")

    # 2) BKPSDM computes last month; the run page shows it computed, the employee's slip paid.
    admin.goto("/tunjangan/bulanan/")
    admin.get_by_label("Bulan", exact=True).fill(f"{year}-{month:02d}")
    admin.get_by_test_id("start-run").click()
    admin.wait_for_url(re.compile(r"/tunjangan/bulanan/\d+/$"))
    expect(admin.get_by_test_id("run-status")).to_have_text("Sudah dihitung")
    expect(admin.get_by_test_id("progress")).to_have_count(0)
    expect(admin.get_by_test_id("total")).to_have_text(EXPECTED)  # the only one with attendance
    expect(admin.get_by_test_id("lock-run")).to_be_visible()
    expect(admin.get_by_test_id("slips").get_by_role("row", name=re.compile(world.own.name))
           ).to_contain_text(EXPECTED)
    expect(admin.get_by_test_id("slips").get_by_role("row", name=re.compile(world.peer.name))
           ).to_contain_text("belum ada presensi")  # no punches: waits for data
    shoot(admin, "tpp-journey-02-run")

    # 3) The employee opens TPP saya, last month's slip, reads why and objects.
    own = new_page(admin, live_server)
    own.goto("/tunjangan/saya/")
    log_in(own, world.users.own)
    own.wait_for_url(re.compile("/tunjangan/saya/$"))
    expect(own.get_by_role("heading", level=1)).to_have_text("TPP saya")
    slip_row = own.get_by_test_id("my-slips").get_by_role("row").filter(has_text=f"{month}/{year}")
    expect(slip_row).to_contain_text(EXPECTED)
    slip_row.get_by_role("link", name=f"{month}/{year}", exact=True).click()
    own.wait_for_url(re.compile(r"/tunjangan/slip/\d+/$"))
    breakdown = own.get_by_test_id("breakdown")
    late = breakdown.get_by_role("row", name=re.compile(r"^TL\d"))
    expect(late).to_have_count(1)
    expect(late).to_contain_text("TL2")
    expect(late).to_contain_text("Terlambat 31-60 menit")
    expect(late.locator("td").nth(1)).to_have_text("1")  # one late arrival
    expect(own.get_by_test_id("tpp")).to_have_text(EXPECTED)
    expect(own.get_by_test_id("objection")).to_have_count(0)
    own.locator("#objection-text").fill(OBJECTION)
    own.get_by_test_id("file-objection").click()
    objection = own.get_by_test_id("objection")
    expect(objection).to_have_count(1)
    expect(objection).to_contain_text(OBJECTION)
    expect(objection).to_contain_text("Menunggu jawaban")
    expect(own.get_by_role("status")).to_contain_text("Keberatan Anda telah dikirim ke BKPSDM.")
    expect(own.get_by_test_id("file-objection")).to_have_count(0)  # one open objection at a time
    shoot(own, "tpp-journey-03-slip")
    own.context.close()
