"""Absence flags: TK days per calendar year against PP 94/2021 Pasal 9-11, in constant queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.allowance.models import AttendanceDay
from abdi.discipline import queries
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within

YEAR = 2026


def _weekdays(start: datetime.date, count: int) -> list[datetime.date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


def _days(world, employee, absent: list[datetime.date], present: list[datetime.date] = ()):
    now = timezone.now()
    with within(world.gov):
        rows = [AttendanceDay(instansi=world.gov, employee=employee, date=d, kind="absent",
                              computed_at=now) for d in absent]
        rows += [AttendanceDay(instansi=world.gov, employee=employee, date=d, kind="present",
                               computed_at=now) for d in present]
        # Weekends between the days are stored as non-working days: they never break a run.
        stored = set(absent) | set(present)
        first, last = min(stored), max(stored)
        rows += [AttendanceDay(instansi=world.gov, employee=employee, kind="non_working_day",
                               date=first + datetime.timedelta(days=n), computed_at=now)
                 for n in range((last - first).days + 1)
                 if (first + datetime.timedelta(days=n)).weekday() >= 5]
        AttendanceDay.objects.bulk_create(rows)


def _spread(start, count):
    """TK every other working day: never two in a row."""
    return _weekdays(start, count * 2)[::2], _weekdays(start, count * 2)[1::2]


def _flags(world, user=None, actor=None, **kw):
    actor = actor or Actor.for_user(user or world.users.hr_admin)
    with within(world.gov):
        return {f.nip: f for f in queries.absence_flags(actor, year=kw.pop("year", YEAR), **kw)}


def test_thresholds_and_the_run_of_ten(world):
    absent, present = _spread(datetime.date(YEAR, 2, 2), 12)
    _days(world, world.own, absent, present)  # 12 TK days: S1
    _days(world, world.peer, _weekdays(datetime.date(YEAR, 3, 2), 10))  # 10 in a row (2 weekends)
    _days(world, world.sibling, _weekdays(datetime.date(YEAR, 4, 6), 2))  # 2: nothing
    absent, present = _spread(datetime.date(YEAR - 1, 2, 2), 30)
    _days(world, world.other_unit, absent, present)  # a previous year never carries over
    flags = _flags(world)
    assert set(flags) == {world.own.nip, world.peer.nip}
    own, peer = flags[world.own.nip], flags[world.peer.nip]
    assert (own.absent_days, own.longest_run, own.penalty, own.stops_salary) == (12, 1, "S1", False)
    assert (peer.absent_days, peer.longest_run, peer.penalty, peer.stops_salary) == (10, 10, "B3", True)
    assert peer.salary_stops_from == datetime.date(YEAR, 4, 1)
    assert set(_flags(world, year=YEAR - 1)) == {world.other_unit.nip}


def test_the_agency_admin_sees_his_agency_only(world):
    _days(world, world.own, _weekdays(datetime.date(YEAR, 2, 2), 4))
    _days(world, world.other_unit, _weekdays(datetime.date(YEAR, 2, 2), 4))
    assert set(_flags(world, world.users.agency_admin)) == {world.own.nip}
    assert set(_flags(world, agency_id=world.other_agency.pk)) == {world.other_unit.nip}


def test_flags_take_the_same_queries_for_one_or_many(world):
    _days(world, world.own, _weekdays(datetime.date(YEAR, 3, 2), 11))
    actor = Actor.for_user(world.users.hr_admin)
    with CaptureQueriesContext(connection) as one:
        assert len(_flags(world, actor=actor)) == 1
    for n in range(3):
        employee = EmployeeFactory(position=world.own.position, name=f"Pegawai TK {n}")
        _days(world, employee, _weekdays(datetime.date(YEAR, 3, 2), 11 + n))
    with CaptureQueriesContext(connection) as many:
        assert len(_flags(world, actor=actor)) == 4
    assert len(many) == len(one)


@pytest.mark.parametrize("count", [1, 3])
def test_the_page_lists_and_opens_a_prefilled_case(world, login, django_assert_max_num_queries, count):
    employees = [world.own] + [EmployeeFactory(position=world.own.position, name=f"Pegawai {n}")
                               for n in range(count - 1)]
    for employee in employees:
        _days(world, employee, *_spread(datetime.date(YEAR, 3, 2), 12))  # 12 TK days: S1
    admin = login(world.users.hr_admin)
    with django_assert_max_num_queries(20):
        page = admin.get(reverse("discipline:absence_flags"), {"year": YEAR})
    assert page.status_code == 200
    assert page.content.decode().count('data-testid="open-case-') == count
    form = admin.get(reverse("discipline:create"), {"employee": world.own.pk, "absence_year": YEAR})
    body = form.content.decode()
    assert "12" in body
    assert 'value="sedang" selected' in body
    response = admin.post(reverse("discipline:create"), {
        "employee": world.own.pk, "absence_year": YEAR, "incident_from": f"{YEAR}-03-02",
        "violation": "Tidak masuk kerja tanpa alasan yang sah 12 hari kerja.",
        "expected_level": "sedang"})
    assert response.status_code == 302
    again = admin.post(reverse("discipline:create"), {
        "employee": world.own.pk, "absence_year": YEAR, "incident_from": f"{YEAR}-03-03",
        "violation": "Tidak masuk kerja tanpa alasan yang sah, dicatat dua kali."})
    assert again.status_code == 409
    listed = admin.get(reverse("discipline:absence_flags"), {"year": YEAR}).content.decode()
    assert listed.count('data-testid="open-case-') == count - 1
