"""Check-in on the phone inside an office's geofence, and the offices BKPSDM sets up."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceDay, AttendancePunch, OfficeLocation
from abdi.allowance.services import checkin
from abdi.core.errors import DomainError, Forbidden
from abdi.tenancy.scoping import within

CHECK_IN = reverse("allowance:check_in")
OFFICES = reverse("allowance:offices")
HALL = (Decimal("-2.990900"), Decimal("104.756600"))


def office(world, *, unit=None, radius=100, active=True, at=HALL, name="Kantor Dinas"):
    with within(world.gov):
        return OfficeLocation.objects.create(instansi=world.gov, name=name, unit=unit,
                                             latitude=at[0], longitude=at[1], radius_m=radius,
                                             active=active)


def check_in(world, user=None, *, lat="-2.990900", lon="104.757000", accuracy="12"):
    with within(world.gov):
        return checkin.phone_check_in(actor=Actor.for_user(user or world.users.own),
                                      latitude=lat, longitude=lon, accuracy=accuracy)


def punches(world):
    with within(world.gov):
        return list(AttendancePunch.objects.values_list("employee_id", "source"))


def test_a_check_in_inside_the_fence_is_a_phone_punch_and_today_is_computed(world):
    office(world, unit=world.agency)
    done = check_in(world)
    assert not done.repeated
    assert done.decision.office.name == "Kantor Dinas"
    assert punches(world) == [(world.own.pk, "phone")]
    with within(world.gov):  # stored even on a weekend, as a non-working day with its punch
        today = AttendanceDay.objects.get(employee=world.own, date=timezone.localdate())
    # One punch is the clock-in before the day's end and the clock-out after it.
    assert (today.first_punch or today.last_punch) is not None


def test_a_second_tap_within_a_minute_is_the_same_check_in(world):
    office(world)
    check_in(world)
    again = check_in(world)
    assert again.repeated
    assert len(punches(world)) == 1


def test_outside_the_fence_is_refused_with_the_distance(world):
    office(world, radius=50)
    with pytest.raises(DomainError, match=r"You are 5\d m from Kantor Dinas; check in within 50 m"):
        check_in(world, lat="-2.990900", lon="104.757100", accuracy="5")
    assert punches(world) == []


def test_a_vague_position_is_refused(world):
    office(world)
    with pytest.raises(DomainError, match="within 250 m"):
        check_in(world, accuracy="250")
    assert punches(world) == []


def test_an_office_of_another_agency_or_an_inactive_one_does_not_count(world):
    office(world, unit=world.other_agency)
    office(world, name="Kantor Lama", active=False)
    with pytest.raises(DomainError, match="No office of yours"):
        check_in(world)
    assert punches(world) == []


def test_an_office_of_the_unit_above_counts(world):
    office(world, unit=world.agency)
    assert check_in(world).decision.inside


@pytest.mark.parametrize(("lat", "lon", "accuracy"), [
    ("", "", ""), ("abc", "104", "5"), ("-2.99", "nan", "5"), ("95", "104", "5"),
    ("-2.99", "104", "inf")])
def test_malformed_positions_are_refused(world, lat, lon, accuracy):
    office(world)
    with pytest.raises(DomainError):
        check_in(world, lat=lat, lon=lon, accuracy=accuracy)
    assert punches(world) == []


def test_an_account_without_an_employee_cannot_check_in(world):
    office(world)
    with pytest.raises(Forbidden):
        check_in(world, world.users.agency_admin)


def test_the_page_checks_in_and_shows_the_punch(world, login, client):
    office(world)
    login(world.users.own)
    response = client.post(CHECK_IN, {"latitude": "-2.990900", "longitude": "104.757000",
                                      "accuracy": "10"}, follow=True)
    assert response.status_code == 200
    assert 'data-testid="punches"' in response.content.decode()


def test_the_page_answers_a_refusal_with_400_and_the_reason(world, login, client):
    office(world, radius=50)
    login(world.users.own)
    response = client.post(CHECK_IN, {"latitude": "-3.5", "longitude": "104.757", "accuracy": "10"})
    assert response.status_code == 400
    assert "check in within 50 m" in response.content.decode()


def test_an_account_without_an_employee_gets_403_on_the_page(world, login, client):
    login(world.users.agency_admin)
    assert client.get(CHECK_IN).status_code == 403


# ---- offices -------------------------------------------------------------------------------------


def save(world, user=None, **fields):
    values = {"name": "Kantor BKPSDM", "unit_id": "", "latitude": "-2.9909", "longitude": "104.7566",
              "radius_m": "80"} | fields
    with within(world.gov):
        return checkin.save_office(actor=Actor.for_user(user or world.users.hr_admin), **values)


def test_bkpsdm_saves_an_office_for_a_unit(world):
    saved = save(world, unit_id=str(world.agency.pk))
    assert saved.unit == world.agency
    assert saved.latitude == Decimal("-2.990900")


@pytest.mark.parametrize("persona", ["agency_admin", "supervisor", "own", "leader", "other_gov"])
def test_only_bkpsdm_sets_up_offices(world, persona):
    with pytest.raises(Forbidden):
        save(world, getattr(world.users, persona))


@pytest.mark.parametrize(("fields", "field"), [
    ({"name": ""}, "name"), ({"latitude": "utara"}, "latitude"), ({"latitude": "91"}, "latitude"),
    ({"longitude": "-181"}, "longitude"), ({"radius_m": "5"}, "radius_m"),
    ({"radius_m": "-1"}, "radius_m"), ({"unit_id": "999999999"}, "unit"),
    ({"unit_id": "1e9"}, "unit")])
def test_bad_offices_are_refused_with_the_field(world, fields, field):
    with pytest.raises(DomainError) as refused:
        save(world, **fields)
    assert refused.value.field == field
    with within(world.gov):
        assert not OfficeLocation.objects.exists()


def test_a_unit_of_another_government_is_not_found(world):
    with pytest.raises(DomainError):
        save(world, unit_id=str(world.other_gov_agency.pk))


def test_the_offices_page_saves_and_refuses(world, login, client):
    login(world.users.hr_admin)
    bad = client.post(OFFICES, {"name": "Kantor", "latitude": "x", "longitude": "104", "radius_m": "80"})
    assert bad.status_code == 400
    good = client.post(OFFICES, {"name": "Kantor", "latitude": "-2.99", "longitude": "104.75",
                                 "radius_m": "80"})
    assert good.status_code == 302
    assert "Kantor" in client.get(OFFICES).content.decode()


@pytest.mark.parametrize("persona", ["agency_admin", "own", "supervisor"])
def test_the_offices_page_is_for_bkpsdm_only(world, login, client, persona):
    login(getattr(world.users, persona))
    assert client.get(OFFICES).status_code == 403


# ---- editing and deactivating an office ------------------------------------------------------


def _office_row(world, pk):
    with within(world.gov):
        return OfficeLocation.objects.get(pk=pk)


def test_bkpsdm_edits_an_office_through_the_page(world, login, client):
    hall = office(world, radius=50)
    login(world.users.hr_admin)
    form = client.get(OFFICES, {"ubah": hall.pk})
    assert form.status_code == 200
    assert f'name="office" value="{hall.pk}"' in form.content.decode()
    assert form.context["values"]["radius_m"] == "50"
    moved = client.post(OFFICES, {"office": hall.pk, "version": hall.version, "name": "Kantor Baru",
                                  "latitude": "-2.9909", "longitude": "104.7566", "radius_m": "300"})
    assert moved.status_code == 302
    after = _office_row(world, hall.pk)
    assert (after.name, after.radius_m, after.active, after.version) == ("Kantor Baru", 300, True, 2)
    with within(world.gov):
        assert OfficeLocation.objects.count() == 1  # changed, not added


def test_a_stale_edit_is_a_409_and_changes_nothing(world, login, client):
    hall = office(world, radius=50)
    login(world.users.hr_admin)
    fields = {"office": hall.pk, "name": "Kantor Baru", "latitude": "-2.9909",
              "longitude": "104.7566", "radius_m": "300"}
    for version in ("", "abc", str(hall.version + 1)):
        assert client.post(OFFICES, fields | {"version": version}).status_code == 409
    assert client.post(OFFICES, fields | {"version": hall.version, "radius_m": "5"}).status_code == 400
    after = _office_row(world, hall.pk)
    assert (after.name, after.radius_m, after.version) == ("Kantor Dinas", 50, 1)


def test_a_deactivated_office_accepts_no_check_in_and_keeps_its_history(world, login, client):
    hall = office(world)
    check_in(world)
    login(world.users.hr_admin)
    done = client.post(OFFICES, {"office": hall.pk, "version": hall.version, "action": "deactivate"})
    assert done.status_code == 302
    after = _office_row(world, hall.pk)
    assert (after.active, after.version) == (False, 2)
    assert punches(world) == [(world.own.pk, AttendancePunch.Source.PHONE)]  # history kept
    with pytest.raises(DomainError, match="No office of yours"):
        check_in(world)
    again = client.post(OFFICES, {"office": hall.pk, "version": 1, "action": "deactivate"})
    assert again.status_code == 409  # a stale button
    back = client.post(OFFICES, {"office": hall.pk, "version": 2, "action": "activate"})
    assert back.status_code == 302
    assert _office_row(world, hall.pk).active is True


@pytest.mark.parametrize("data", [
    {"office": "abc", "action": "deactivate", "version": "1"},
    {"office": "99999999", "action": "deactivate", "version": "1"},
    {"office": "99999999999999999999999", "version": "1", "name": "X"},
])
def test_a_bad_office_id_is_a_404(world, login, client, data):
    office(world)
    login(world.users.hr_admin)
    client.raise_request_exception = False
    assert client.post(OFFICES, data).status_code == 404
    assert client.get(OFFICES, {"ubah": data["office"]}).status_code == 404


def test_an_unknown_action_or_a_missing_office_is_a_400(world, login, client):
    hall = office(world)
    login(world.users.hr_admin)
    assert client.post(OFFICES, {"office": hall.pk, "version": 1, "action": "delete"}).status_code == 400
    assert client.post(OFFICES, {"version": 1, "action": "deactivate"}).status_code == 400
    assert _office_row(world, hall.pk).active is True


@pytest.mark.parametrize("persona", ["agency_admin", "supervisor", "own", "leader"])
def test_only_bkpsdm_edits_or_deactivates(world, login, client, persona):
    hall = office(world)
    with within(world.gov), pytest.raises(Forbidden):
        checkin.set_office_active(actor=Actor.for_user(getattr(world.users, persona)), office=hall,
                                  version=hall.version, active=False)
    login(getattr(world.users, persona))
    assert client.post(OFFICES, {"office": hall.pk, "version": 1, "action": "deactivate"}).status_code == 403
    assert client.get(OFFICES, {"ubah": hall.pk}).status_code == 403
    after = _office_row(world, hall.pk)
    assert (after.active, after.version) == (True, 1)


def test_another_governments_office_is_not_found(world, login, client):
    with within(world.other_gov):
        theirs = OfficeLocation.objects.create(instansi=world.other_gov, name="Kantor B",
                                               latitude=HALL[0], longitude=HALL[1])
    login(world.users.hr_admin)
    client.raise_request_exception = False
    refused = client.post(OFFICES, {"office": theirs.pk, "version": 1, "action": "deactivate"})
    assert refused.status_code == 404
    with within(world.other_gov):
        assert OfficeLocation.objects.get(pk=theirs.pk).active is True


def test_editing_and_deactivating_are_audited(world):
    from abdi.audit.models import AuditEntry

    hall = office(world)
    actor = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        checkin.save_office(actor=actor, office=hall, version=1, name="Kantor Dinas",
                            latitude="-2.9909", longitude="104.7566", radius_m="120")
        checkin.set_office_active(actor=actor, office=hall, version=2, active=False)
        entries = AuditEntry.objects.filter(object_id=str(hall.pk)).count()
    assert entries == 2
