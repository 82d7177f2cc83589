import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled
from PIL import Image

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy import services
from abdi.tenancy.models import Holiday, Instansi

NEW_GOV = {"slug": "kota-baru", "name": "Pemerintah Kota Baru", "kind": "kota",
           "seat": "Baru", "province": "Kalimantan Utara", "time_zone": "Asia/Makassar",
           "appraisal_period": "quarterly", "work_weekdays": [0, 1, 2, 3, 4],
           "is_active": True}


def image_upload(fmt="PNG", size=(32, 32), name="logo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def _actor(user) -> Actor:
    return Actor.for_user(user)


def test_operator_creates_a_government_with_audit(world):
    gov = services.create_instansi(actor=_actor(world.users.operator), **NEW_GOV,
                                   logo=image_upload())
    assert gov.zone_label == "WITA"
    assert gov.weekdays == frozenset({0, 1, 2, 3, 4})
    assert gov.logo.name.startswith("logos/kota-baru-")
    assert gov.logo.name.endswith(".png")
    with scopes_disabled():
        entry = AuditEntry.objects.get(object_type="tenancy.instansi", object_id=str(gov.pk))
    assert entry.instansi_id == gov.pk
    assert entry.actor_id == world.users.operator.pk


def test_only_operators_create_governments(world):
    for user in (world.users.hr_admin, world.users.own):
        with pytest.raises(Forbidden):
            services.create_instansi(actor=_actor(user), **NEW_GOV)
    assert not Instansi.objects.filter(slug="kota-baru").exists()


def test_duplicate_slug_is_a_conflict(world):
    with pytest.raises(Conflict) as caught:
        services.create_instansi(actor=_actor(world.users.operator), **{**NEW_GOV, "slug": "kota-a"})
    assert caught.value.field == "slug"
    assert Instansi.objects.filter(slug="kota-a").count() == 1


@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("logo.png", b"<svg xmlns='http://www.w3.org/2000/svg'/>"), "PNG or JPEG"),
    (SimpleUploadedFile("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64), "PNG or JPEG"),
    (image_upload("GIF", name="logo.gif"), "PNG or JPEG"),
    (SimpleUploadedFile("big.png", b"\0" * (services.LOGO_MAX_BYTES + 1)), "at most"),
    (image_upload(size=(5000, 4000)), "too large"),
])
def test_bad_logos_are_refused(world, upload, message):
    with pytest.raises(DomainError) as caught:
        services.update_instansi(actor=_actor(world.users.operator), instansi=world.gov,
                                 logo=upload)
    assert caught.value.field == "logo"
    assert message in caught.value.message
    world.gov.refresh_from_db()
    assert not world.gov.logo


def test_jpeg_logo_is_accepted_and_renamed(world):
    gov = services.update_instansi(actor=_actor(world.users.hr_admin), instansi=world.gov,
                                   logo=image_upload("JPEG", name="../../etc/passwd.png"))
    assert gov.logo.name.startswith("logos/kota-a-")
    assert gov.logo.name.endswith(".jpg")


def test_hr_admin_edits_own_settings_but_not_code_or_status(world):
    actor = _actor(world.users.hr_admin)
    gov = services.update_instansi(actor=actor, instansi=world.gov, name="Pemerintah Kota A Baru",
                                   appraisal_period="annual", work_weekdays=[0, 1, 2, 3, 4, 5])
    assert (gov.name, gov.appraisal_period, gov.work_weekdays) == (
        "Pemerintah Kota A Baru", "annual", "0,1,2,3,4,5")
    for field, value in (("slug", "kota-x"), ("is_active", False), ("kind", "kabupaten")):
        with pytest.raises(Forbidden):
            services.update_instansi(actor=actor, instansi=world.gov, **{field: value})
    with pytest.raises(Forbidden):
        services.update_instansi(actor=actor, instansi=world.other_gov, name="Taken over")
    world.gov.refresh_from_db()
    world.other_gov.refresh_from_db()
    assert world.gov.slug == "kota-a"
    assert world.gov.is_active
    assert world.other_gov.name == "Pemerintah Kabupaten B"


def test_bad_settings_are_refused(world):
    actor = _actor(world.users.operator)
    with pytest.raises(DomainError):
        services.update_instansi(actor=actor, instansi=world.gov, work_weekdays=[])
    with pytest.raises(DomainError):
        services.update_instansi(actor=actor, instansi=world.gov, work_weekdays=[7])
    with pytest.raises(DomainError):
        services.update_instansi(actor=actor, instansi=world.gov, time_zone="Europe/Paris")
    with pytest.raises(DomainError):
        services.update_instansi(actor=actor, instansi=world.gov, appraisal_period="weekly")
    world.gov.refresh_from_db()
    assert world.gov.time_zone == "Asia/Jakarta"
    assert world.gov.work_weekdays == "0,1,2,3,4"


def test_holidays_are_unique_per_date_and_per_government(world):
    operator = _actor(world.users.operator)
    day = datetime.date(2026, 12, 25)
    services.add_holiday(actor=operator, instansi=world.gov, date=day, name="Hari Natal")
    with pytest.raises(Conflict) as caught:
        services.add_holiday(actor=operator, instansi=world.gov, date=day, name="Lagi")
    assert "2026-12-25" in caught.value.message
    # The same date in another government is a different calendar.
    services.add_holiday(actor=operator, instansi=world.other_gov, date=day, name="Hari Natal")
    assert Holiday.objects.with_scope(instansi=world.gov.pk).count() == 1
    assert Holiday.objects.with_scope(instansi=world.other_gov.pk).count() == 1


def test_calendar_belongs_to_its_own_admin(world):
    day = datetime.date(2026, 8, 17)
    holiday = services.add_holiday(actor=_actor(world.users.hr_admin), instansi=world.gov,
                                   date=day, name="Hari Kemerdekaan")
    with pytest.raises(Forbidden):
        services.add_holiday(actor=_actor(world.users.hr_admin), instansi=world.other_gov,
                             date=day, name="Not mine")
    with pytest.raises(Forbidden):
        services.remove_holiday(actor=_actor(world.users.own), holiday=holiday)
    services.remove_holiday(actor=_actor(world.users.hr_admin), holiday=holiday)
    assert not Holiday.objects.with_scope(instansi=world.gov.pk).exists()
    with scopes_disabled():
        actions = list(AuditEntry.objects.filter(object_type="tenancy.holiday")
                       .values_list("action", flat=True))
    assert sorted(actions) == ["create", "delete"]
