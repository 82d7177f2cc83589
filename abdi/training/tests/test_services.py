"""The training services: registration, the atasan's decision, HR's outcome, reports, JP."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within
from abdi.training import queries
from abdi.training.models import JpReminder, TrainingEvent, TrainingRecord
from abdi.training.services import events, records, reminders
from abdi.training.tests.conftest import actor_of, pdf
from abdi.training.tests.factories import make_completed, make_event, make_institution

pytestmark = pytest.mark.django_db
YEAR = datetime.date.today().year


def _through(world, event):
    """Register `own`, approve by the supervisor, HR records attendance and completion."""
    record = records.register(actor=actor_of(world.users.own), event=event)
    record = records.decide_registration(actor=actor_of(world.users.supervisor), record=record,
                                         version=record.version, approve=True)
    hr = actor_of(world.users.hr_admin)
    record = records.record_attendance(actor=hr, record=record, version=record.version,
                                       attended=True)
    return records.complete(actor=hr, record=record, version=record.version, result="Lulus",
                            certificate=pdf())


def test_the_whole_way_credits_jp(world, event):
    with within(world.gov):
        assert queries.jp_of(world.own.pk, event.ends_on.year) == 0
        record = _through(world, event)
        assert record.status == "completed"
        assert record.jp == 8
        assert record.certificate.name.endswith(".pdf")
        assert queries.jp_of(world.own.pk, event.ends_on.year) == 8
        assert AuditEntry.objects.filter(object_id=str(record.pk)).count() == 4


def test_nobody_but_the_atasan_approves(world, event):
    with within(world.gov):
        record = records.register(actor=actor_of(world.users.own), event=event)
        for user in (world.users.own, world.users.hr_admin, world.users.other_unit):
            with pytest.raises(Forbidden):
                records.decide_registration(actor=actor_of(user), record=record,
                                            version=record.version, approve=True)
        assert TrainingRecord.objects.get(pk=record.pk).status == "registered"


def test_refusal_needs_a_reason(world, event):
    with within(world.gov):
        record = records.register(actor=actor_of(world.users.own), event=event)
        with pytest.raises(DomainError):
            records.decide_registration(actor=actor_of(world.users.supervisor), record=record,
                                        version=record.version, approve=False, reason="")
        refused = records.decide_registration(actor=actor_of(world.users.supervisor),
                                              record=record, version=record.version,
                                              approve=False, reason="Beban kerja bulan ini tinggi")
        assert refused.status == "refused"


def test_double_registration_and_full_quota(world):
    with within(world.gov):
        event = make_event(world.gov, quota=1)
        records.register(actor=actor_of(world.users.own), event=event)
        with pytest.raises(Conflict, match="already"):
            records.register(actor=actor_of(world.users.own), event=event)
        with pytest.raises(Conflict, match="quota"):
            records.register(actor=actor_of(world.users.other_unit), event=event)
        assert TrainingRecord.objects.count() == 1


def test_stale_version_is_a_conflict(world, event):
    with within(world.gov):
        record = records.register(actor=actor_of(world.users.own), event=event)
        records.decide_registration(actor=actor_of(world.users.supervisor), record=record,
                                    version=record.version, approve=True)
        with pytest.raises(Conflict):
            records.decide_registration(actor=actor_of(world.users.supervisor), record=record,
                                        version=record.version, approve=False, reason="berubah pikiran")
        hr = actor_of(world.users.hr_admin)
        with pytest.raises(Conflict):
            events.update_event(actor=hr, event=event, version=event.version + 5,
                                data={"title": "Judul baru sekali", "form": "teknis",
                                      "institution": event.institution_id,
                                      "starts_on": event.starts_on, "ends_on": event.ends_on,
                                      "stated_jp": "8", "quota": "20"})


def _event_data(institution, **changes):
    data = {"title": "Workshop SAKIP", "form": "workshop", "institution": institution.pk,
            "starts_on": "2026-05-04", "ends_on": "2026-05-04", "minutes": "360",
            "stated_jp": "8", "quota": "30", "cost": "750000", "competency_codes": "m4, t-sakip"}
    return data | changes


def test_hr_creates_and_edits_events(world):
    with within(world.gov):
        hr = actor_of(world.users.hr_admin)
        institution = events.create_institution(actor=hr, name="Universitas Sriwijaya",
                                                kind="university")
        event = events.create_event(actor=hr, data=_event_data(institution))
        assert event.competency_codes == ["M4", "T-SAKIP"]
        assert event.jp == 8
        edited = events.update_event(actor=hr, event=event, version=event.version,
                                     data=_event_data(institution, quota="40"))
        assert edited.quota == 40
        assert edited.version == 2
        with pytest.raises(Forbidden):
            events.create_event(actor=actor_of(world.users.own), data=_event_data(institution))


@pytest.mark.parametrize(("changes", "field"), [
    ({"ends_on": "2026-05-01"}, "ends_on"),
    ({"stated_jp": "9"}, "stated_jp"),
    ({"minutes": "0", "stated_jp": ""}, "minutes"),
    ({"quota": "0"}, "quota"),
    ({"form": "dance"}, "form"),
    ({"starts_on": "kemarin"}, "starts_on"),
])
def test_bad_events_are_refused_with_the_field(world, changes, field):
    with within(world.gov):
        hr = actor_of(world.users.hr_admin)
        institution = make_institution(world.gov)
        with pytest.raises(DomainError) as refused:
            events.create_event(actor=hr, data=_event_data(institution, **changes))
        assert refused.value.field == field
        assert TrainingEvent.objects.count() == 0


REPORT = {"title": "Webinar Transformasi Digital", "form": "belajar_mandiri",
          "organiser": "Kementerian Kominfo", "starts_on": "2026-02-10", "ends_on": "2026-02-10",
          "minutes": "100"}


def test_external_report_verified_counts_floor_jp(world):
    with within(world.gov):
        record = records.report_external(actor=actor_of(world.users.own), data=REPORT,
                                         certificate=pdf())
        assert record.status == "reported"
        assert record.jp == 0
        verified = records.verify_external(actor=actor_of(world.users.hr_admin), record=record,
                                           version=record.version, accept=True)
        assert verified.jp == 2  # 100/45 = 2.22, floor (T-KOM-7)
        assert queries.jp_of(world.own.pk, 2026) == 2


def test_external_report_refused_with_reason(world):
    with within(world.gov):
        record = records.report_external(actor=actor_of(world.users.own), data=REPORT,
                                         certificate=pdf())
        with pytest.raises(Forbidden):  # nobody verifies his own
            records.verify_external(actor=actor_of(world.users.own), record=record,
                                    version=record.version, accept=True)
        refused = records.verify_external(actor=actor_of(world.users.hr_admin), record=record,
                                          version=record.version, accept=False,
                                          reason="Sertifikat tidak terbaca")
        assert refused.status == "refused"
        assert refused.jp == 0


@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("s.pdf", b"MZ\x90\x00 not a pdf"), "PDF, JPEG or PNG"),
    (SimpleUploadedFile("s.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024)), "5 MB"),
    (None, "Attach"),
])
def test_certificate_must_be_pdf_or_image_within_5_mb(world, upload, message):
    with within(world.gov):
        with pytest.raises(DomainError, match=message):
            records.report_external(actor=actor_of(world.users.own), data=REPORT,
                                    certificate=upload)
        assert TrainingRecord.objects.count() == 0


def test_evaluation_after_attending_once(world, event):
    with within(world.gov):
        record = _through(world, event)
        answers = {"content": "5", "teaching": "4", "organisation": "4", "usefulness": "5"}
        with pytest.raises(DomainError):
            records.evaluate(actor=actor_of(world.users.own), record=record,
                             answers=answers | {"teaching": "9"})
        records.evaluate(actor=actor_of(world.users.own), record=record, answers=answers,
                         comment="Bermanfaat")
        with pytest.raises(Conflict):
            records.evaluate(actor=actor_of(world.users.own), record=record, answers=answers)
        assert queries.evaluation_summary(event)["n"] == 1


def test_t_kom_7_standing(world):
    with within(world.gov):
        make_completed(world.own, minutes=180, form="e_learning")
        make_completed(world.own, minutes=360, stated_jp=8, form="workshop")
        make_completed(world.own, minutes=270, form="coaching")
        assert not queries.standing_of(world.own.pk, YEAR).met
        make_completed(world.own, minutes=100, form="belajar_mandiri")
        standing = queries.standing_of(world.own.pk, YEAR)
        assert standing.jp == 20
        assert standing.met


def test_agency_standing_and_who_is_behind(world):
    with within(world.gov):
        make_completed(world.own, jp=20)
        make_completed(world.peer, jp=12)
        hr = actor_of(world.users.hr_admin)
        rows = {row["agency_id"]: row for row in queries.agency_standing(hr, YEAR, 20)}
        disdik = rows[world.agency.pk]
        assert disdik["met"] == 1
        assert disdik["behind"] == disdik["total"] - 1
        behind = list(queries.behind_in_agency(hr, world.agency.pk, YEAR, 20))
        assert world.peer in behind
        assert world.own not in behind
        assert queries.agency_standing(actor_of(world.users.agency_admin), YEAR, 20)[0]["agency_id"] \
            == world.agency.pk


def test_reminders_once_per_employee_and_year(world):
    with within(world.gov):
        make_completed(world.own, jp=25)
        world.peer.email = "rekan@kota-a.go.id"
        world.peer.save()
        assert reminders.send_jp_reminders(instansi_id=world.gov.pk,
                                           today=datetime.date(YEAR, 9, 30)) == 0
        first = reminders.send_jp_reminders(instansi_id=world.gov.pk,
                                            today=datetime.date(YEAR, 10, 1))
        assert first >= 1
        assert not JpReminder.objects.filter(employee=world.own).exists()
        assert any("rekan@kota-a.go.id" in m.to for m in mail.outbox)
        sent = len(mail.outbox)
        assert reminders.send_jp_reminders(instansi_id=world.gov.pk,
                                           today=datetime.date(YEAR, 10, 2)) == 0
        assert len(mail.outbox) == sent
