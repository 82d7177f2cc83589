import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from abdi.tenancy.models import Holiday, Instansi
from abdi.tenancy.tests.test_services import image_upload

OPERATOR_URLS = ("tenancy:index", "tenancy:instansi_create")


def _gov_post(**overrides):
    data = {"slug": "kab-bulungan", "name": "Pemerintah Kabupaten Bulungan", "kind": "kabupaten",
            "seat": "Tanjung Selor", "province": "Kalimantan Utara", "time_zone": "Asia/Makassar",
            "appraisal_period": "monthly", "work_weekdays": ["0", "1", "2", "3", "4"],
            "is_active": "on", "version": "1"}
    data.update(overrides)
    return data


def _settings_post(**overrides):
    data = {"name": "Pemerintah Kota A", "seat": "", "province": "", "time_zone": "Asia/Jakarta",
            "appraisal_period": "quarterly", "work_weekdays": ["0", "1", "2", "3", "4"],
            "version": "1"}
    data.update(overrides)
    return data


# --- Operator pages: invisible to everyone else -------------------------------------------------


@pytest.mark.parametrize("persona", ["own", "hr_admin", "agency_admin", "leader", "other_gov"])
def test_non_operators_get_404_on_the_platform_pages(login, client, world, persona):
    login(getattr(world.users, persona))
    urls = [reverse(name) for name in OPERATOR_URLS] + [
        reverse("tenancy:instansi_edit", args=[world.gov.pk]),
        reverse("tenancy:holidays", args=[world.gov.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
        assert client.post(url, _gov_post()).status_code == 404, url
    assert not Instansi.objects.filter(slug="kab-bulungan").exists()


def test_anonymous_is_sent_to_log_in(client, world):
    response = client.get(reverse("tenancy:index"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_operator_lists_governments_without_touching_personal_data(login, client, world):
    login(world.users.operator)
    for url in (reverse("tenancy:index"),
                reverse("tenancy:instansi_edit", args=[world.gov.pk]),
                reverse("tenancy:holidays", args=[world.gov.pk])):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200, url
        tables = " ".join(q["sql"] for q in ctx.captured_queries)
        assert "people_employee" not in tables
        assert "org_unit" not in tables
    page = client.get(reverse("tenancy:index")).content.decode()
    assert "Pemerintah Kota A" in page
    assert "Pemerintah Kabupaten B" in page
    assert "WITA" in page


def test_operator_creates_and_edits_a_government(login, client, world):
    login(world.users.operator)
    response = client.post(reverse("tenancy:instansi_create"),
                           _gov_post(logo=image_upload(name="bulungan.png")))
    assert response.status_code == 302
    gov = Instansi.objects.get(slug="kab-bulungan")
    assert gov.time_zone == "Asia/Makassar"
    assert gov.logo
    response = client.post(reverse("tenancy:instansi_edit", args=[gov.pk]),
                           _gov_post(appraisal_period="semester", is_active=""))
    assert response.status_code == 302
    gov.refresh_from_db()
    assert gov.appraisal_period == "semester"
    assert not gov.is_active


@pytest.mark.parametrize(("overrides", "status", "message"), [
    ({"slug": "kota-a"}, 409, "A government with this code already exists."),
    ({"slug": "Kota A!"}, 400, ""),
    ({"time_zone": "UTC"}, 400, ""),
    ({"work_weekdays": []}, 400, ""),
    ({"logo": SimpleUploadedFile("logo.png", b"GIF89a not really")}, 400, "PNG or JPEG"),
    ({"logo": SimpleUploadedFile("logo.png", b"\0" * (600 * 1024))}, 400, "at most 512 KB"),
])
def test_bad_government_input_is_refused(login, client, world, overrides, status, message):
    login(world.users.operator)
    before = Instansi.objects.count()
    response = client.post(reverse("tenancy:instansi_create"), _gov_post(**overrides))
    assert response.status_code == status
    assert message in response.content.decode()
    assert Instansi.objects.count() == before


def test_operator_manages_a_calendar(login, client, world):
    login(world.users.operator)
    url = reverse("tenancy:holidays", args=[world.gov.pk])
    day = {"date": "2026-08-17", "name": "Hari Kemerdekaan"}
    assert client.post(url, day).status_code == 302
    duplicate = client.post(url, {**day, "name": "Again"})
    assert duplicate.status_code == 409
    assert "2026-08-17 is already in the calendar." in duplicate.content.decode()
    bad = client.post(url, {"date": "2026-02-30", "name": "No such day"})
    assert bad.status_code == 400
    holidays = Holiday.objects.with_scope(instansi=world.gov.pk)
    assert holidays.count() == 1
    page = client.get(url + "?year=2026").content.decode()
    assert "Hari Kemerdekaan" in page
    holiday = holidays.get()
    delete = reverse("tenancy:holiday_delete", args=[world.gov.pk, holiday.pk])
    assert client.get(delete).status_code == 405
    assert client.post(delete).status_code == 302
    assert not holidays.exists()


def test_holiday_of_another_government_cannot_be_removed_through_this_one(login, client, world):
    holiday = Holiday.objects.with_scope(instansi=world.other_gov.pk).create(
        instansi=world.other_gov, date=datetime.date(2026, 1, 1), name="Tahun Baru")
    login(world.users.operator)
    response = client.post(reverse("tenancy:holiday_delete", args=[world.gov.pk, holiday.pk]))
    assert response.status_code == 404
    login(world.users.hr_admin)
    response = client.post(reverse("tenancy:settings_holiday_delete", args=[holiday.pk]))
    assert response.status_code == 404
    assert Holiday.objects.with_scope(instansi=world.other_gov.pk).filter(pk=holiday.pk).exists()


# --- A government's own settings ---------------------------------------------------------------


def test_hr_admin_edits_own_settings_but_not_the_code(login, client, world):
    login(world.users.hr_admin)
    url = reverse("tenancy:settings")
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="slug"' not in page.content.decode()
    assert 'name="is_active"' not in page.content.decode()
    response = client.post(url, _settings_post(name="Pemerintah Kota A (baru)", slug="hijacked",
                                               is_active="", logo=image_upload()))
    assert response.status_code == 302
    world.gov.refresh_from_db()
    assert world.gov.name == "Pemerintah Kota A (baru)"
    assert world.gov.appraisal_period == "quarterly"
    assert world.gov.slug == "kota-a"
    assert world.gov.is_active
    assert world.gov.logo


def test_hr_admin_manages_own_calendar(login, client, world):
    login(world.users.hr_admin)
    url = reverse("tenancy:settings_holidays")
    assert client.post(url, {"date": "2026-05-01", "name": "Hari Buruh"}).status_code == 302
    assert client.post(url, {"date": "2026-05-01", "name": "Lagi"}).status_code == 409
    assert Holiday.objects.with_scope(instansi=world.gov.pk).count() == 1
    assert not Holiday.objects.with_scope(instansi=world.other_gov.pk).exists()


def test_a_stale_settings_form_is_refused_and_changes_nothing(login, client, world):
    login(world.users.hr_admin)
    assert client.post(reverse("tenancy:settings"), _settings_post()).status_code == 302
    stale = client.post(reverse("tenancy:settings"), _settings_post(appraisal_period="annual"))
    assert stale.status_code == 409
    assert "Someone else changed these settings" in stale.content.decode()
    world.gov.refresh_from_db()
    assert (world.gov.appraisal_period, world.gov.version) == ("quarterly", 2)


def test_bad_settings_are_refused(login, client, world):
    login(world.users.hr_admin)
    response = client.post(reverse("tenancy:settings"),
                           _settings_post(logo=SimpleUploadedFile("x.png", b"not an image")))
    assert response.status_code == 400
    assert "PNG or JPEG" in response.content.decode()
    world.gov.refresh_from_db()
    assert world.gov.appraisal_period == "monthly"
    assert not world.gov.logo


@pytest.mark.parametrize("persona", ["own", "agency_admin", "leader", "operator"])
def test_settings_are_invisible_to_others(login, client, world, persona):
    login(getattr(world.users, persona))
    for url in (reverse("tenancy:settings"), reverse("tenancy:settings_holidays")):
        assert client.get(url).status_code == 404, url
        assert client.post(url, _settings_post(name="Hijacked")).status_code == 404, url
    world.gov.refresh_from_db()
    assert world.gov.name == "Pemerintah Kota A"
