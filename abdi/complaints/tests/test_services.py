"""Services: intake, the coordinator's and the agency's moves, the citizen's answers, the tick."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone

from abdi.audit.models import AuditEntry
from abdi.complaints import queries
from abdi.complaints.models import Complaint, ComplaintEvent, TrackingCounter
from abdi.complaints.rules.clock import add_working_days
from abdi.complaints.services import clocks, handling, intake
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import PNG, file_case

pytestmark = pytest.mark.django_db


def test_submit_issues_a_yearly_tracking_number_and_keeps_only_the_hash(world):
    with within(world.gov):
        first, secret = file_case(world.gov, world.agency)
        second, _s = file_case(world.gov, world.agency)
        year = queries.today_of(world.gov).year
        assert first.tracking == f"KOTA-A-{year}-00001"
        assert second.tracking == f"KOTA-A-{year}-00002"
        assert secret not in first.secret_hash
        assert first.status == "diterima"
        assert first.stage == "verification"
        today = queries.today_of(world.gov)
        assert first.stage_due == add_working_days(today, 3, world.gov.weekdays, frozenset())
        assert AuditEntry.objects.filter(object_id=str(first.pk), action="create").exists()
    assert queries.find_by_tracking(first.tracking, secret).pk == first.pk
    assert queries.find_by_tracking(first.tracking, "WRONGSECRT") is None
    assert queries.find_by_tracking("KOTA-A-1999-00001", secret) is None
    assert queries.find_by_tracking("nonsense", secret) is None


def test_numbers_continue_after_those_issued_before_the_year_had_a_sequence(world):
    """A government that filed 41 reports this year under the counter row goes on at 42."""
    with within(world.gov):
        year = queries.today_of(world.gov).year
        TrackingCounter.objects.create(instansi=world.gov, year=year, last=41)
        case, _secret = file_case(world.gov, world.agency)
        later, _secret = file_case(world.gov, world.agency)
    assert (case.tracking, later.tracking) == (f"KOTA-A-{year}-00042", f"KOTA-A-{year}-00043")


def _set_last_number(gov, year: int, last: int) -> None:
    """As if `last` reports had been filed this year (after one that made the year's number)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT setval(%s, %s)", [f"complaints_tracking_{gov.pk}_{year}", last])
    else:
        TrackingCounter.objects.filter(instansi=gov, year=year).update(last=last)


def test_numbers_past_five_digits_keep_every_digit(world):
    with within(world.gov):
        year = queries.today_of(world.gov).year
        file_case(world.gov, world.agency)  # the year's first report makes its numbering
        _set_last_number(world.gov, year, 99998)
        trackings = [file_case(world.gov, world.agency)[0].tracking for _ in range(2)]
        stored = list(Complaint.objects.order_by("id").values_list("tracking", flat=True))
    assert trackings == [f"KOTA-A-{year}-99999", f"KOTA-A-{year}-100000"]
    assert stored[1:] == trackings


def test_every_filing_is_audited_alike_whichever_way_it_was_written(world):
    """The year's first report goes through a transaction; on PostgreSQL the next ones are one
    statement (core.insert_chain): their audit entries must not differ but for the case."""
    with within(world.gov):
        first, _s = file_case(world.gov, world.agency, ip="10.1.1.1")
        second, _s = file_case(world.gov, world.agency, ip="10.1.1.2")
        rows = {e.object_id: e for e in AuditEntry.objects.filter(object_type="complaints.complaint")}
        stored = Complaint.objects.get(pk=second.pk)
    assert stored.tracking == second.tracking
    assert stored.secret_hash == second.secret_hash
    entries = [rows[str(first.pk)], rows[str(second.pk)]]
    assert [e.object_repr for e in entries] == [first.tracking, second.tracking]
    assert [e.ip for e in entries] == ["10.1.1.1", "10.1.1.2"]
    assert entries[0].changes == entries[1].changes
    assert entries[1].changes["status"] == [None, "diterima"]
    assert {(e.action, e.actor_id, e.actor_label, e.agency_id) for e in entries} == {
        ("create", None, entries[0].actor_label, world.agency.pk)}
    assert all(e.at is not None for e in entries)


def test_anonymous_identity_is_never_stored(world):
    with within(world.gov):
        case, _secret = file_case(world.gov, world.agency, anonymous=True, ip="10.9.8.7")
        named, _secret = file_case(world.gov, world.agency, ip="10.9.8.6")
        audit = dict(AuditEntry.objects.filter(object_type="complaints.complaint")
                     .values_list("object_id", "ip"))
    assert (case.reporter_name, case.reporter_phone, case.reporter_email) == ("", "", "")
    assert audit == {str(case.pk): "", str(named.pk): "10.9.8.6"}  # not even its address


def test_submit_refuses_bad_input_and_writes_nothing(world):
    with within(world.gov):
        with pytest.raises(DomainError):
            file_case(world.gov, world.unit)  # not an agency
        with pytest.raises(DomainError):
            file_case(world.gov, world.agency, description="short")
        with pytest.raises(DomainError):
            file_case(world.gov, world.agency, name="")
        exe = SimpleUploadedFile("foto.jpg", b"MZ\x90\x00 not an image")
        with pytest.raises(DomainError):
            file_case(world.gov, world.agency, files=[exe])
        big = SimpleUploadedFile("big.png", PNG + b"0" * (5 * 1024 * 1024))
        with pytest.raises(DomainError):
            file_case(world.gov, world.agency, files=[big])
        many = [SimpleUploadedFile(f"{i}.png", PNG) for i in range(4)]
        with pytest.raises(DomainError):
            file_case(world.gov, world.agency, files=many)
        assert not Complaint.objects.exists()
        case, _s = file_case(world.gov, world.agency, files=[SimpleUploadedFile("a.png", PNG)])
        assert case.attachments.get().content_type == "image/png"


def test_dispose_sets_the_clocks(world, desk, disposed):
    case = disposed.case
    with within(world.gov):
        today = queries.today_of(world.gov)
        weekdays = world.gov.weekdays
        assert case.status == "terdisposisi"
        assert case.stage == "first_reply"
        assert case.stage_due == add_working_days(today, 5, weekdays, frozenset())
        assert case.completion_due == add_working_days(today, 14, weekdays, frozenset())


def test_stale_version_is_a_conflict(world, desk, filed):
    with within(world.gov), pytest.raises(Conflict):
        handling.hold_case(actor=actor_of(world.users.hr_admin), case=filed.case,
                           version=filed.case.version + 1, request_text="Mohon foto lokasi.")


def test_only_coordinators_dispose(world, desk, filed):
    with within(world.gov):
        for user in (world.users.agency_admin, desk.users.liaison, world.users.leader,
                     world.users.own):
            with pytest.raises(Forbidden):
                handling.dispose_case(actor=actor_of(user), case=filed.case,
                                      version=filed.case.version, agency=world.agency,
                                      case_class="pengaduan")
        case = handling.dispose_case(actor=actor_of(desk.users.coordinator), case=filed.case,
                                     version=filed.case.version, agency=world.agency,
                                     case_class="pengaduan")
        assert case.status == "terdisposisi"


def test_t_cmp_4_pengawasan_goes_to_inspektorat(world, desk, filed):
    with within(world.gov):
        case = handling.dispose_case(actor=actor_of(world.users.hr_admin), case=filed.case,
                                     version=filed.case.version, agency=world.agency,
                                     case_class="pengawasan")
        today = queries.today_of(world.gov)
        assert case.completion_due == add_working_days(today, 60, world.gov.weekdays, frozenset())
        with pytest.raises(Forbidden):
            handling.answer_case(actor=actor_of(world.users.agency_admin), case=case,
                                 version=case.version, text="Sudah kami tangani dengan baik.")
        auditor = queries.desk_of(actor_of(desk.users.auditor))
        assert queries.agency_queue(auditor).filter(pk=case.pk).exists()
        from abdi.complaints import policy

        assert policy.identity_of(auditor, case) is None
        assert policy.identity_of(queries.desk_of(actor_of(world.users.hr_admin)), case)


def test_t_cmp_5_not_our_authority_returns_to_the_coordinator(world, desk, disposed):
    with within(world.gov):
        case = handling.reject_competence(actor=actor_of(desk.users.liaison), case=disposed.case,
                                          version=disposed.case.version,
                                          reason="Jalan ini jalan provinsi, bukan kewenangan kami.")
        assert case.status == "bukan_wewenang"
        assert case.stage == "verification"
        today = queries.today_of(world.gov)
        assert case.stage_due == add_working_days(today, 3, world.gov.weekdays, frozenset())
        coordinator = queries.desk_of(actor_of(desk.users.coordinator))
        assert queries.coordinator_queue(coordinator).filter(pk=case.pk).exists()
        case = handling.dispose_case(actor=actor_of(desk.users.coordinator), case=case,
                                     version=case.version, agency=world.other_agency,
                                     case_class="pengaduan")
        assert case.agency == world.other_agency


def test_t_cmp_6_reopen_keeps_the_completion_deadline(world, desk, disposed):
    with within(world.gov):
        case = handling.answer_case(actor=actor_of(desk.users.liaison), case=disposed.case,
                                    version=disposed.case.version,
                                    text="Perbaikan dijadwalkan minggu depan.")
        assert case.status == "ditanggapi"
        assert case.stage == "reporter_window"
        assert case.handler_id == desk.users.liaison.employee_id
        due = case.completion_due
        case = intake.object_to_answer(case=case, reason="Belum ada perbaikan sama sekali.")
        assert case.status == "dibuka_kembali"
        assert case.reopened_count == 1
        assert case.stage == "completion"
        assert case.stage_due == due == case.completion_due
        case = handling.answer_case(actor=actor_of(desk.users.liaison), case=case,
                                    version=case.version, text="Perbaikan selesai hari ini.")
        assert case.completion_due == due
        assert case.status == "ditanggapi"


def test_t_cmp_7_tick_closes_lapsed_answers_and_escalates_once(world, desk, disposed, settings,
                                                                django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    world.users.hr_admin.email = "bkpsdm@kota-a.go.id"
    world.users.hr_admin.save()
    with within(world.gov):
        answered = handling.answer_case(actor=actor_of(desk.users.liaison), case=disposed.case,
                                        version=disposed.case.version, text="Sudah diperbaiki.")
        late, _s = file_case(world.gov, world.agency)
        later = timezone.now() + datetime.timedelta(days=40)
        with django_capture_on_commit_callbacks(execute=True):
            result = clocks.tick(world.gov, now=later)
        assert result == {"closed": 1, "escalated": 1, "warned": 0}
        answered.refresh_from_db()
        late.refresh_from_db()
        assert answered.status == "selesai"
        assert answered.closed_at
        assert late.escalated_key.startswith("verification:")
        assert ComplaintEvent.objects.filter(complaint=late, kind="escalation").count() == 1
        assert clocks.tick(world.gov, now=later) == {"closed": 0, "escalated": 0, "warned": 0}
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["bkpsdm@kota-a.go.id"]
    assert "Siti" not in mail.outbox[0].body
    assert late.tracking in mail.outbox[0].subject


def test_citizen_accepts_and_rates_once(world, desk, disposed):
    with within(world.gov):
        case = handling.answer_case(actor=actor_of(desk.users.liaison), case=disposed.case,
                                    version=disposed.case.version, text="Sudah diperbaiki.")
        with pytest.raises(Conflict):
            intake.rate_handling(case=case, score=5)
        case = intake.accept_answer(case=case)
        assert case.status == "selesai"
        with pytest.raises(DomainError):
            intake.rate_handling(case=case, score=9)
        with pytest.raises(DomainError):  # a NUL byte PostgreSQL cannot store: refused, no crash
            intake.rate_handling(case=case, score=4, comment="Cepat\x00")
        intake.rate_handling(case=case, score=4, comment="Cepat")
        with pytest.raises(Conflict):
            intake.rate_handling(case=case, score=5)
    found, handler = queries.closed_case_for_rating(case.tracking, disposed.secret)
    assert found.pk == case.pk
    assert handler.pk == desk.users.liaison.employee_id
    assert queries.closed_case_for_rating(case.tracking, "WRONGSECRT") is None


def test_archive_and_merge(world, desk, filed):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        other, _s = file_case(world.gov, world.agency)
        merged = handling.merge_case(actor=hr, case=other, version=other.version,
                                     into_tracking=filed.case.tracking.lower())
        assert merged.status == "ditolak_arsip"
        assert merged.merged_into_id == filed.case.pk
        with pytest.raises(DomainError):
            handling.merge_case(actor=hr, case=filed.case, version=filed.case.version,
                                into_tracking=filed.case.tracking)
        archived = handling.archive_case(actor=hr, case=filed.case, version=filed.case.version,
                                         reason="Laporan di luar kewenangan pemerintah daerah.")
        assert archived.status == "ditolak_arsip"


def test_notes_stay_internal(world, desk, disposed):
    with within(world.gov):
        handling.add_note(actor=actor_of(desk.users.liaison), case=disposed.case,
                          text="Catatan internal: cek ke UPT jalan.")
        assert not any(line.kind == "note" for line in queries.timeline(disposed.case, public_only=True))
        with pytest.raises(Forbidden):
            handling.add_note(actor=actor_of(desk.users.other_admin), case=disposed.case,
                              text="Catatan dari dinas lain yang tidak berhak.")


def test_leader_summary(world, desk, disposed):
    with within(world.gov):
        handling.answer_case(actor=actor_of(desk.users.liaison), case=disposed.case,
                             version=disposed.case.version, text="Sudah diperbaiki.")
        file_case(world.gov, world.other_agency)
    today = disposed.case.received_on
    summary = queries.leader_summary(world.gov.pk, today, today)
    assert summary["total"] == 2
    assert summary["by_status"] == {"ditanggapi": 1, "diterima": 1}
    assert {row["agency__name"] for row in summary["by_agency"]} == {"Dinas Pendidikan",
                                                                      "Dinas Kesehatan"}
    assert summary["median_hours_to_first_answer"] is not None
    assert summary["overdue"] == 0
    assert summary["reopened"] == 0
    only = queries.leader_summary(world.gov.pk, today, today, agency_id=world.other_agency.pk)
    assert only["total"] == 1


def test_red_threshold_warns_the_coordinators_once(world, desk, disposed, settings,
                                                   django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    desk.users.coordinator.email = "koordinator@kota-a.go.id"
    desk.users.coordinator.save()
    due = disposed.case.stage_due  # the last day of the first-reply clock: 100%, not yet late
    on_due = datetime.datetime.combine(due, datetime.time(10, 0), tzinfo=world.gov.zone)
    with within(world.gov), django_capture_on_commit_callbacks(execute=True):
        assert clocks.tick(world.gov, now=on_due)["warned"] == 1
        assert clocks.tick(world.gov, now=on_due)["warned"] == 0
    assert mail.outbox[0].to == ["koordinator@kota-a.go.id"]
    assert disposed.case.tracking in mail.outbox[0].body


def test_the_timeline_opens_with_the_receipt_read_from_the_case(world):
    """Filing writes no timeline line (the case row is the receipt); cases filed before that
    keep their stored line, and show it once."""
    with within(world.gov):
        case, _secret = file_case(world.gov, world.agency)
        assert not ComplaintEvent.objects.filter(complaint=case).exists()
        for public_only in (True, False):
            (first,) = queries.timeline(case, public_only=public_only)
            assert (first.status_to, first.at, first.public) == ("diterima", case.received_at, True)
        ComplaintEvent.objects.create(instansi=world.gov, complaint=case, at=case.received_at,
                                      kind="status", status_to="diterima", public=True,
                                      by_label="pelapor")
        lines = queries.timeline(case, public_only=True)
    assert [(line.pk is not None, line.status_to) for line in lines] == [(True, "diterima")]
