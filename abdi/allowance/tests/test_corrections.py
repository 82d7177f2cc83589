"""Corrections of a day's punches: the employee asks, the atasan (or the agency's admin, or
BKPSDM) decides; an approved correction becomes punches and the day is recomputed; each step is
in the audit trail; bad requests are refused with the reason and save nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceCorrection, AttendanceDay, AttendancePunch
from abdi.allowance.services import corrections
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within

PAGE = reverse("allowance:corrections")


def last_working_day(before=None):
    day = (before or timezone.localdate()) - datetime.timedelta(days=1)
    while day.weekday() >= 5:
        day -= datetime.timedelta(days=1)
    return day


def ask(world, *, day=None, clock_in="07:25", clock_out="", reason="Mesin rusak", user=None,
        employee=None):
    with within(world.gov):
        return corrections.request_correction(
            actor=Actor.for_user(user or world.users.own), employee=employee or world.own,
            date=day or last_working_day(), clock_in=clock_in, clock_out=clock_out, reason=reason)


def decide(world, correction, user, *, approve=True, note=""):
    with within(world.gov):
        return corrections.decide_correction(actor=Actor.for_user(user), correction=correction,
                                             approve=approve, note=note)


def count(world, model=AttendanceCorrection):
    with within(world.gov):
        return model.objects.count()


def test_an_approved_correction_becomes_punches_and_the_day_is_recomputed(world):
    day = last_working_day()
    # Out after the latest end of any weekday (Friday's hours end later): a full day whatever
    # day of the week the last working day is.
    correction = ask(world, day=day, clock_in="07:25", clock_out="17:05")
    assert correction.status == AttendanceCorrection.Status.PENDING
    assert count(world, AttendancePunch) == 0
    decide(world, correction, world.users.supervisor)
    with within(world.gov):
        correction.refresh_from_db()
        punches = list(AttendancePunch.objects.filter(employee=world.own).values_list("source", flat=True))
        stored = AttendanceDay.objects.get(employee=world.own, date=day)
        actions = list(AuditEntry.objects.filter(object_type="allowance.attendancecorrection")
                       .values_list("action", flat=True).order_by("pk"))
    assert correction.status == AttendanceCorrection.Status.APPROVED
    assert correction.decided_by == world.users.supervisor
    assert punches == ["correction", "correction"]
    assert stored.kind == "present"
    assert not stored.missing_in
    assert actions == ["create", "update"]


def test_a_rejection_needs_a_note_and_stores_no_punch(world):
    correction = ask(world)
    with pytest.raises(DomainError) as refused:
        decide(world, correction, world.users.supervisor, approve=False)
    assert refused.value.field == "note"
    decide(world, correction, world.users.supervisor, approve=False, note="Tidak ada bukti")
    with within(world.gov):
        correction.refresh_from_db()
    assert correction.status == AttendanceCorrection.Status.REJECTED
    assert correction.decision_note == "Tidak ada bukti"
    assert count(world, AttendancePunch) == 0


def test_deciding_twice_is_a_conflict(world):
    correction = ask(world)
    decide(world, correction, world.users.supervisor)
    with pytest.raises(Conflict):
        decide(world, correction, world.users.hr_admin)


def test_an_admin_entering_a_correction_approves_it_at_once(world):
    correction = ask(world, user=world.users.agency_admin)
    assert correction.status == AttendanceCorrection.Status.APPROVED
    assert count(world, AttendancePunch) == 1


@pytest.mark.parametrize(("persona", "may"), [
    ("own", False), ("supervisor", True), ("agency_admin", True), ("hr_admin", True),
    ("leader", False), ("other_unit", False), ("agency_head", False), ("other_gov", False)])
def test_who_decides_a_correction(world, persona, may):
    correction = ask(world)
    user = getattr(world.users, persona)
    if may:
        decide(world, correction, user)
        with within(world.gov):
            correction.refresh_from_db()
        assert correction.status == AttendanceCorrection.Status.APPROVED
    else:
        with pytest.raises(Forbidden):
            decide(world, correction, user)


@pytest.mark.parametrize(("persona", "may"), [
    ("own", True), ("agency_admin", True), ("hr_admin", True), ("supervisor", False),
    ("other_unit", False), ("leader", False)])
def test_who_asks_for_a_correction_of_an_employee(world, persona, may):
    if may:
        assert ask(world, user=getattr(world.users, persona)).pk
    else:
        with pytest.raises(Forbidden):
            ask(world, user=getattr(world.users, persona))


@pytest.mark.parametrize(("fields", "field"), [
    ({"day": "2025-13-01"}, "date"),
    ({"clock_in": "25:00"}, "clock_in"),
    ({"clock_in": "", "clock_out": ""}, "clock_in"),
    ({"clock_in": "16:00", "clock_out": "07:00"}, "clock_out"),
    ({"reason": "   "}, "reason"),
    ({"reason": "x" * 501}, "reason"),
    ({"day": "2020-03-02"}, "date"),  # older than the employee's window
])
def test_bad_requests_are_refused_with_the_field_and_save_nothing(world, fields, field):
    with pytest.raises(DomainError) as refused:
        ask(world, **fields)
    assert refused.value.field == field
    assert count(world) == 0


def test_a_day_to_come_and_a_weekend_are_refused(world):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(DomainError, match="not come yet"):
        ask(world, day=tomorrow)
    saturday = timezone.localdate() - datetime.timedelta(days=(timezone.localdate().weekday() - 5) % 7)
    if saturday == timezone.localdate():
        saturday -= datetime.timedelta(days=7)
    with pytest.raises(DomainError, match="not a working day"):
        ask(world, day=saturday)
    assert count(world) == 0


def test_a_second_waiting_request_for_the_same_day_is_refused(world):
    ask(world)
    with pytest.raises(DomainError, match="already waiting"):
        ask(world, clock_in="07:10")
    assert count(world) == 1


# ---- the page --------------------------------------------------------------------------------


def test_the_employee_asks_on_the_page_and_the_atasan_approves_there(world, login, client):
    day = last_working_day()
    login(world.users.own)
    response = client.post(PAGE, {"action": "request", "date": day.isoformat(),
                                  "clock_in": "07:20", "reason": "Lupa absen"})
    assert response.status_code == 302
    with within(world.gov):
        correction = AttendanceCorrection.objects.get()
    login(world.users.supervisor)
    page = client.get(PAGE)
    assert f'data-testid="decide-correction-{correction.pk}"' in page.content.decode()
    response = client.post(PAGE, {"action": "approve", "correction": correction.pk})
    assert response.status_code == 302
    with within(world.gov):
        correction.refresh_from_db()
    assert correction.status == AttendanceCorrection.Status.APPROVED


def test_someone_who_may_not_decide_gets_404_for_the_correction(world, login, client):
    correction = ask(world)
    login(world.users.other_unit)
    response = client.post(PAGE, {"action": "approve", "correction": correction.pk})
    assert response.status_code == 404
    with within(world.gov):
        correction.refresh_from_db()
    assert correction.status == AttendanceCorrection.Status.PENDING


@pytest.mark.parametrize("data", [
    {"action": "request", "date": "kemarin", "clock_in": "07:00", "reason": "x"},
    {"action": "request", "date": "", "reason": ""},
    {"action": "approve", "correction": "abc"},
    {"action": "approve", "correction": "99999999999999999999999"},
    {"action": "dance"},
    {},
])
def test_malformed_posts_answer_4xx_and_save_nothing(world, login, client, data):
    login(world.users.supervisor)
    response = client.post(PAGE, data)
    assert 400 <= response.status_code < 500
    assert count(world) == 0


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
