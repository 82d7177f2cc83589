"""Attendance pages: who may upload machine files and read their reports, an upload that stores
punches and then (after commit) the day statuses, whole-file refusals that store nothing, the
report's refused rows, leave asked by the employee and decided by their agency's admin, bad leave
that saves nothing, another government's objects as 404s, and query counts of the lists."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory
from abdi.allowance import tasks
from abdi.allowance.models import AttendanceDay, AttendanceImport, AttendancePunch, LeaveRecord
from abdi.allowance.rules.attendance import DayKind
from abdi.allowance.services import attendance_import
from abdi.allowance.services.attendance import record_leave
from abdi.tenancy.scoping import within

D = datetime.date
ATTENDANCE = reverse("allowance:attendance")
LEAVE = reverse("allowance:leave")
LOGIN = reverse("accounts:login")
MON, TUE, WED = D(2025, 3, 3), D(2025, 3, 4), D(2025, 3, 5)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" * 4
PERSONAS = ["own", "supervisor", "agency_admin", "hr_admin", "leader", "other_gov"]


def csv_file(*lines, name="absensi.csv"):
    return SimpleUploadedFile(name, ("\n".join(lines) + "\n").encode(), content_type="text/csv")


def week_of(world):
    """Monday and Tuesday of own (on time) and a row of an unknown NIP."""
    own = world.own.nip
    return csv_file("NIP;Tanggal;Jam;Perangkat",
                    f"{own};03/03/2025;07:25;Mesin Lobi", f"{own};03/03/2025;16:05;Mesin Lobi",
                    f"{own};04/03/2025;07:20;Mesin Lobi", f"{own};04/03/2025;16:10;Mesin Lobi",
                    "199001012015031999;03/03/2025;07:30;Mesin Lobi")


def import_url(batch):
    return reverse("allowance:attendance_import", args=[batch.pk])


def a_batch(world, user=None, *, lines=None, name="mesin-lobi.csv"):
    """An import stored directly, with `lines` refused rows of unknown NIPs in its report."""
    report = [{"row": n + 2, "nip": f"1990010120150310{n:02d}"[-18:], "level": "refused",
               "code": "unknown_nip", "params": {}} for n in range(lines or 0)]
    with within(world.gov):
        return AttendanceImport.objects.create(
            instansi=world.gov, created_by=user or world.users.hr_admin, file_name=name,
            file_format="csv", rows=len(report), refused=len(report), report=report)


def stored(world):
    with within(world.gov):
        return (AttendancePunch.objects.count(), AttendanceImport.objects.count(),
                AttendanceDay.objects.count())


def leaves(world):
    with within(world.gov):
        return sorted(LeaveRecord.objects.values_list("employee_id", "kind", "first_day", "last_day",
                                                      "status"))


def ask(client, kind="tahunan", first="2025-03-03", last="2025-03-04", **extra):
    return client.post(LEAVE, {"action": "request", "kind": kind, "first_day": first,
                               "last_day": last, "reason": "Urusan keluarga", **extra})


def pending_of(world, employee, first=MON, last=TUE):
    """A request of `employee` (own or other_unit), asked by themself."""
    user = {world.own.pk: world.users.own, world.other_unit.pk: world.users.other_unit}[employee.pk]
    with within(world.gov):
        return record_leave(actor=Actor.for_user(user), employee=employee, kind="tahunan",
                            first_day=first, last_day=last)


def text(response):
    return response.content.decode()


def report_rows(page):
    """The row numbers the report table shows."""
    return [int(n) for n in re.findall(r'<tr><td class="num">(\d+)</td>', page)]


# --- who may open the pages ------------------------------------------------------------------


@pytest.mark.parametrize("page", ["attendance", "attendance_import", "leave"])
def test_anonymous_is_sent_to_log_in(client, world, page):
    url = import_url(a_batch(world)) if page == "attendance_import" else reverse(f"allowance:{page}")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


@pytest.mark.parametrize(("persona", "expected"), [
    ("own", 403), ("supervisor", 403), ("agency_admin", 200), ("hr_admin", 200), ("leader", 403),
    ("other_gov", 403)])
def test_only_bkpsdm_and_agency_admins_open_the_attendance_page(world, login, persona, expected):
    a_batch(world, name="mesin-kota-a.csv")
    response = login(getattr(world.users, persona)).get(ATTENDANCE)
    assert response.status_code == expected
    if expected == 200:
        assert 'data-testid="upload-form"' in text(response)
        for column in ("NIP", "Tanggal", "Jam", "Waktu", "Perangkat"):
            assert column in text(response)


@pytest.mark.parametrize(("persona", "expected"), [
    ("own", 404), ("supervisor", 404), ("agency_admin", 404), ("hr_admin", 200), ("leader", 404),
    ("other_gov", 404)])
def test_an_import_is_read_by_bkpsdm_and_by_whoever_uploaded_it(world, login, persona, expected):
    batch = a_batch(world)  # uploaded by BKPSDM
    assert login(getattr(world.users, persona)).get(import_url(batch)).status_code == expected


def test_an_agency_admin_reads_their_own_imports_only(world, login):
    mine = a_batch(world, world.users.agency_admin, name="mesin-disdik.csv")
    a_batch(world, name="mesin-bkpsdm.csv")
    client = login(world.users.agency_admin)
    listed = text(client.get(ATTENDANCE))
    assert "mesin-disdik.csv" in listed
    assert "mesin-bkpsdm.csv" not in listed
    assert client.get(import_url(mine)).status_code == 200


@pytest.mark.parametrize(("persona", "expected"), [
    ("own", 200), ("supervisor", 200), ("agency_admin", 200), ("hr_admin", 200), ("leader", 403),
    ("other_gov", 200)])
def test_the_leave_page_is_for_employees_and_for_those_who_administer_them(world, login, persona,
                                                                           expected):
    pending_of(world, world.own)
    response = login(getattr(world.users, persona)).get(LEAVE)
    assert response.status_code == expected
    if expected == 200:
        body = text(response)
        assert ('data-testid="request-form"' in body) == (persona != "agency_admin")
        assert ('data-testid="record-form"' in body) == (persona in ("agency_admin", "hr_admin"))
        # own's pending request: listed for the atasan and the admins who decide it, nowhere else.
        assert (world.own.nip in body) == (persona in ("supervisor", "agency_admin", "hr_admin"))


def test_a_denied_upload_stores_nothing(world, login):
    response = login(world.users.own).post(ATTENDANCE, {"upload": week_of(world)})
    assert response.status_code == 403
    assert stored(world) == (0, 0, 0)


def test_the_pages_link_to_each_other(world, login):
    assert 'data-testid="to-attendance"' in text(
        login(world.users.hr_admin).get(reverse("allowance:runs")))
    assert 'data-testid="to-leave"' in text(login(world.users.own).get(reverse("allowance:mine")))


# --- uploading -------------------------------------------------------------------------------


def test_an_upload_stores_the_punches_and_after_commit_the_day_statuses(
        world, login, django_capture_on_commit_callbacks):
    client = login(world.users.hr_admin)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(ATTENDANCE, {"upload": week_of(world)})
    assert len(callbacks) == 1
    with within(world.gov):
        batch = AttendanceImport.objects.get()
        assert (batch.rows, batch.stored, batch.refused) == (5, 4, 1)
        assert AttendancePunch.objects.filter(employee=world.own).count() == 4
        days = dict(AttendanceDay.objects.values_list("date", "kind"))
        # Only the employee whose punches came in: the others' days wait for their own files.
        assert set(AttendanceDay.objects.values_list("employee_id", flat=True)) == {world.own.pk}
    assert response.status_code == 302
    assert response["Location"] == import_url(batch)
    assert days == {MON: DayKind.PRESENT.value, TUE: DayKind.PRESENT.value}
    page = client.get(response["Location"])
    assert "Punches stored: 4; rows refused: 1." in text(page)


def test_uploading_the_same_file_again_stores_nothing_new(world, login,
                                                          django_capture_on_commit_callbacks):
    client = login(world.users.hr_admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ATTENDANCE, {"upload": week_of(world)})
        client.post(ATTENDANCE, {"upload": week_of(world)})
    with within(world.gov):
        second = AttendanceImport.objects.order_by("pk").last()
        assert (second.stored, second.duplicates) == (0, 4)
        assert AttendanceDay.objects.count() == 2


def test_a_file_that_is_no_spreadsheet_is_refused_with_nothing_stored(world, login):
    client = login(world.users.hr_admin)
    response = client.post(ATTENDANCE, {"upload": SimpleUploadedFile("foto.png", PNG)})
    assert response.status_code == 400
    assert 'data-testid="error"' in text(response)
    assert stored(world) == (0, 0, 0)


def test_an_oversized_file_is_refused_with_413(world, login, monkeypatch):
    monkeypatch.setattr(attendance_import, "MAX_BYTES", 100)
    response = login(world.users.hr_admin).post(ATTENDANCE, {"upload": week_of(world)})
    assert response.status_code == 413
    assert 'data-testid="error"' in text(response)
    assert stored(world) == (0, 0, 0)


def test_a_post_without_a_file_is_a_400(world, login):
    response = login(world.users.hr_admin).post(ATTENDANCE, {})
    assert response.status_code == 400
    assert stored(world) == (0, 0, 0)


def test_an_agency_admin_stores_their_agency_and_is_told_of_the_rest(world, login,
                                                                      django_capture_on_commit_callbacks):
    client = login(world.users.agency_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ATTENDANCE, {"upload": csv_file(
            "NIP;Waktu", f"{world.own.nip};2025-03-03 07:25", f"{world.other_unit.nip};2025-03-03 07:26")})
    page = client.get(response["Location"])
    assert "This employee does not belong to an agency you administer." in text(page)
    with within(world.gov):
        assert list(AttendancePunch.objects.values_list("employee_id", flat=True)) == [world.own.pk]


# --- the report ------------------------------------------------------------------------------


def test_the_import_page_lists_the_refused_rows_with_their_reasons(world, login,
                                                                   django_capture_on_commit_callbacks):
    client = login(world.users.hr_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ATTENDANCE, {"upload": csv_file(
            "NIP;Tanggal;Jam", f"{world.own.nip};03/03/2025;07:25", "199001012015031999;03/03/2025;07:30",
            f"{world.peer.nip};03/03/2025;pagi", f"{world.peer.nip};08/03/2025;08:00")})
    page = text(client.get(response["Location"]))
    assert "Unknown NIP." in page
    assert "199001012015031999" in page
    assert "The date or time cannot be read" in page
    assert "is not a working day in the calendar (stored anyway)." in page  # a Saturday
    assert 'data-testid="report"' in page


def test_a_long_report_is_paged(world, login):
    batch = a_batch(world, lines=130)  # rows 2..131
    client = login(world.users.hr_admin)
    first, second = text(client.get(import_url(batch))), text(client.get(import_url(batch), {"page": 2}))
    assert report_rows(first) == list(range(2, 102))
    assert report_rows(second) == list(range(102, 132))
    assert 'rel="next"' in first


def test_another_governments_import_is_not_found(world, login):
    batch = a_batch(world)
    with scopes_disabled():
        RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    client = login(world.users.other_gov)
    assert client.get(import_url(batch)).status_code == 404
    assert "mesin-lobi.csv" not in text(client.get(ATTENDANCE))


# --- leave -----------------------------------------------------------------------------------


def test_an_employee_asks_for_leave_and_it_waits(world, login):
    client = login(world.users.own)
    response = ask(client)
    assert response.status_code == 302
    assert leaves(world) == [(world.own.pk, "tahunan", MON, TUE, "pending")]
    page = text(client.get(LEAVE))
    assert "Pending" in page
    assert "Urusan keluarga" in page


def test_the_agency_admin_approves_and_the_days_become_leave(world, login):
    leave = pending_of(world, world.own)
    client = login(world.users.agency_admin)
    response = client.post(LEAVE, {"action": "approve", "leave": leave.pk})
    assert response.status_code == 302
    assert leaves(world) == [(world.own.pk, "tahunan", MON, TUE, "approved")]
    with within(world.gov):
        assert set(AttendanceDay.objects.filter(employee=world.own).values_list("kind", flat=True)) \
            == {DayKind.ON_LEAVE.value}
    assert world.own.nip not in text(client.get(LEAVE))  # no longer waiting


def test_the_agency_admin_rejects(world, login):
    leave = pending_of(world, world.own)
    response = login(world.users.agency_admin).post(LEAVE, {"action": "reject", "leave": leave.pk})
    assert response.status_code == 302
    assert leaves(world) == [(world.own.pk, "tahunan", MON, TUE, "rejected")]


def test_deciding_twice_is_a_conflict(world, login):
    leave = pending_of(world, world.own)
    client = login(world.users.agency_admin)
    client.post(LEAVE, {"action": "approve", "leave": leave.pk})
    assert client.post(LEAVE, {"action": "reject", "leave": leave.pk}).status_code == 409
    assert leaves(world)[0][-1] == "approved"


def test_an_overlapping_request_is_a_400_and_saves_nothing(world, login):
    client = login(world.users.own)
    ask(client)
    response = ask(client, kind="sakit", first="2025-03-04", last="2025-03-05")
    assert response.status_code == 400
    assert "already has" in text(response)
    assert 'value="sakit" selected' in text(response)  # the form keeps what was typed
    assert leaves(world) == [(world.own.pk, "tahunan", MON, TUE, "pending")]


@pytest.mark.parametrize(("fields", "message"), [
    ({"first": "2025-03-05", "last": "2025-03-03"}, "The leave ends before it starts."),
    ({"kind": "liburan"}, "Choose the kind of leave."),
    ({"first": "besok"}, "Enter a date as YYYY-MM-DD."),
])
def test_bad_requests_are_400s_and_save_nothing(world, login, fields, message):
    response = ask(login(world.users.own), **fields)
    assert response.status_code == 400
    assert message in text(response)
    assert leaves(world) == []


def test_an_admin_records_approved_leave_by_nip(world, login):
    client = login(world.users.agency_admin)
    response = client.post(LEAVE, {"action": "record", "nip": f" {world.own.nip} ",
                                   "kind": "dinas_luar", "first_day": "2025-03-03",
                                   "last_day": "2025-03-03", "reason": "ST 800/5"})
    assert response.status_code == 302
    assert leaves(world) == [(world.own.pk, "dinas_luar", MON, MON, "approved")]
    with within(world.gov):
        assert AttendanceDay.objects.get(employee=world.own, date=MON).kind == DayKind.ON_DUTY.value


@pytest.mark.parametrize("nip", ["199001012015031999", "other_unit"])
def test_recording_for_an_unknown_or_unadministered_nip_is_a_400(world, login, nip):
    nip = world.other_unit.nip if nip == "other_unit" else nip  # Dinkes, not the admin's agency
    response = login(world.users.agency_admin).post(LEAVE, {
        "action": "record", "nip": nip, "kind": "tahunan", "first_day": "2025-03-03",
        "last_day": "2025-03-04"})
    assert response.status_code == 400
    assert "No employee you administer has the NIP" in text(response)
    assert leaves(world) == []


def test_an_agency_admin_may_not_decide_for_another_agency(world, login):
    leave = pending_of(world, world.other_unit)
    client = login(world.users.agency_admin)
    assert world.other_unit.nip not in text(client.get(LEAVE))
    assert client.post(LEAVE, {"action": "approve", "leave": leave.pk}).status_code == 404
    assert leaves(world)[0][-1] == "pending"


def test_an_employee_may_not_record_or_decide(world, login):
    leave = pending_of(world, world.other_unit)
    client = login(world.users.own)
    # Another's request lies outside what an employee decides: not found.
    assert client.post(LEAVE, {"action": "approve", "leave": leave.pk}).status_code == 404
    assert client.post(LEAVE, {"action": "record", "nip": world.own.nip, "kind": "tahunan",
                               "first_day": "2025-03-10", "last_day": "2025-03-10"}).status_code == 403
    assert leaves(world) == [(world.other_unit.pk, "tahunan", MON, TUE, "pending")]


def test_the_atasan_approves_the_leave_of_a_direct_subordinate(world, login):
    leave = pending_of(world, world.own)
    client = login(world.users.supervisor)
    assert client.post(LEAVE, {"action": "approve", "leave": leave.pk}).status_code == 302
    assert leaves(world) == [(world.own.pk, "tahunan", MON, TUE, "approved")]


def test_an_atasan_of_another_unit_may_not_decide(world, login):
    leave = pending_of(world, world.other_unit)
    client = login(world.users.supervisor)
    assert client.post(LEAVE, {"action": "approve", "leave": leave.pk}).status_code == 404
    assert leaves(world)[0][-1] == "pending"


def test_nobody_decides_their_own_request(world, login):
    with within(world.gov):
        leave = record_leave(actor=Actor.for_user(world.users.hr_admin),
                             employee=world.hr_admin_employee, kind="tahunan", first_day=MON,
                             last_day=TUE)
    client = login(world.users.hr_admin)
    assert world.hr_admin_employee.nip not in text(client.get(LEAVE))
    assert client.post(LEAVE, {"action": "approve", "leave": leave.pk}).status_code == 404
    assert leaves(world)[0][-1] == "pending"


def test_another_governments_leave_cannot_be_decided(world, login):
    leave = pending_of(world, world.own)
    with scopes_disabled():
        RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    client = login(world.users.other_gov)
    assert world.own.nip not in text(client.get(LEAVE))
    assert client.post(LEAVE, {"action": "approve", "leave": leave.pk}).status_code == 404
    assert leaves(world)[0][-1] == "pending"


def test_an_unknown_action_is_a_400(world, login):
    assert login(world.users.own).post(LEAVE, {"action": "delete"}).status_code == 400


# --- the task and the query counts -----------------------------------------------------------


def test_the_recompute_task_takes_more_than_a_year_in_pieces_and_may_run_twice(world):
    args = (world.gov.pk, "2024-01-01", "2025-03-31")
    first = tasks.recompute_attendance_days.call(*args, employee_ids=[world.own.pk])
    again = tasks.recompute_attendance_days.call(*args, employee_ids=[world.own.pk])
    assert first == again == (D(2025, 3, 31) - D(2024, 1, 1)).days + 1
    with within(world.gov):
        assert AttendanceDay.objects.count() == first


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_lists_cost_the_same_queries_for_one_row_or_three(world, login):
    client = login(world.users.hr_admin)
    client.get(LEAVE)  # the session and the roles are read once and cached
    a_batch(world)
    pending_of(world, world.own)
    one = (_queries(client, ATTENDANCE), _queries(client, LEAVE))
    a_batch(world, world.users.agency_admin)
    a_batch(world)
    pending_of(world, world.other_unit)
    pending_of(world, world.own, first=WED, last=WED)
    assert (_queries(client, ATTENDANCE), _queries(client, LEAVE)) == one
