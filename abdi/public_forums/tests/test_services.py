"""Services: forum set-up and moves, minutes, registration, commitments and progress."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.public_forums import queries
from abdi.public_forums.models import Commitment, Forum, Registration
from abdi.public_forums.services import commitments, registrations
from abdi.public_forums.services import forums as forum_services
from abdi.tenancy.scoping import within

from .conftest import REGISTRANT_PHONE, actor
from .factories import ForumFactory, RegistrationFactory, in_days

pytestmark = pytest.mark.django_db


def _values(world, **more):
    return {"unit": world.unit.pk, "title": "FKP Standar Pelayanan PPDB", "topic": "PPDB",
            "description": "Membahas rancangan standar pelayanan.", "place": "Aula",
            "online_link": "", "capacity": 2, "starts_at": in_days(10),
            "registration_closes_at": in_days(9)} | more


def test_agency_admin_creates_a_draft_for_his_agency_and_it_is_audited(world):
    with within(world.gov):
        forum = forum_services.create_forum(actor=actor(world.users.agency_admin),
                                    instansi_id=world.gov.pk, values=_values(world))
        assert forum.status == "draft"
        assert forum.agency_id == world.agency.pk  # derived from the service unit
        assert AuditEntry.objects.filter(object_type="public_forums.forum",
                                         object_id=str(forum.pk), action="create").exists()


def test_agency_admin_cannot_organise_for_another_agency(world):
    with within(world.gov), pytest.raises(Forbidden):
        forum_services.create_forum(actor=actor(world.users.agency_admin), instansi_id=world.gov.pk,
                            values=_values(world, unit=world.other_agency.pk))


@pytest.mark.parametrize(("field", "value"), [
    ("title", " "), ("capacity", 0), ("unit", 2_000_000), ("online_link", "javascript:alert(1)"),
    ("registration_closes_at", in_days(11)), ("starts_at", "besok")])
def test_bad_forum_values_are_refused(world, field, value):
    with within(world.gov), pytest.raises(DomainError) as refused:
        forum_services.create_forum(actor=actor(world.users.hr_admin), instansi_id=world.gov.pk,
                            values=_values(world, **{field: value}))
    assert refused.value.field == field
    with scopes_disabled():
        assert not Forum.objects.exists()


def test_place_or_link_is_needed(world):
    with within(world.gov), pytest.raises(DomainError):
        forum_services.create_forum(actor=actor(world.users.hr_admin), instansi_id=world.gov.pk,
                            values=_values(world, place="", online_link=""))


def test_stale_edit_is_a_conflict_and_changes_nothing(world, forums):
    forum = forums.upcoming
    with within(world.gov):
        forum_services.update_forum(actor=actor(world.users.hr_admin), forum=forum,
                                    values=_values(world, title="Baru"), version=forum.version)
        with pytest.raises(Conflict):
            forum_services.update_forum(actor=actor(world.users.agency_admin), forum=forum,
                                        values=_values(world, title="Basi"),
                                        version=forum.version)
        assert Forum.objects.get(pk=forum.pk).title == "Baru"


def test_publish_then_cancel_before_start(world):
    with within(world.gov):
        admin = actor(world.users.hr_admin)
        forum = forum_services.create_forum(actor=admin, instansi_id=world.gov.pk, values=_values(world))
        forum = forum_services.publish_forum(actor=admin, forum=forum, version=forum.version)
        assert forum.status == "published"
        forum = forum_services.cancel_forum(actor=admin, forum=forum, reason="Banjir",
                                    version=forum.version)
        assert (forum.status, forum.cancel_reason) == ("cancelled", "Banjir")
        with pytest.raises(DomainError):
            forum_services.publish_forum(actor=admin, forum=forum, version=forum.version)


def test_cannot_cancel_a_forum_that_started(world):
    with within(world.gov):
        forum = ForumFactory(unit=world.unit, starts_at=in_days(-1),
                             registration_closes_at=in_days(-2))
        with pytest.raises(DomainError):
            forum_services.cancel_forum(actor=actor(world.users.hr_admin), forum=forum, reason="x",
                                version=forum.version)


def _pdf(size=200):
    return SimpleUploadedFile("notulen.pdf", b"%PDF-1.4\n" + b"0" * size, "application/pdf")


def test_minutes_after_the_forum_conclude_it(world):
    with within(world.gov):
        forum = ForumFactory(unit=world.unit, starts_at=in_days(-1),
                             registration_closes_at=in_days(-2))
        forum = forum_services.publish_minutes(actor=actor(world.users.agency_admin), forum=forum,
                                       minutes="Hasil forum", upload=_pdf(),
                                       version=forum.version)
        assert forum.status == "concluded"
        assert forum.minutes_file.name.endswith(".pdf")
        assert forum.minutes_published_at is not None


def test_minutes_before_the_forum_are_refused(world, forums):
    with within(world.gov), pytest.raises(DomainError):
        forum_services.publish_minutes(actor=actor(world.users.hr_admin), forum=forums.upcoming,
                                        minutes="Terlalu cepat", version=forums.upcoming.version)


@pytest.mark.parametrize("upload", [
    SimpleUploadedFile("notulen.pdf", b"MZ\x90\x00 an exe", "application/pdf"),
    SimpleUploadedFile("notulen.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), "application/pdf"),
])
def test_wrong_or_oversized_minutes_file_is_refused(world, upload):
    with within(world.gov):
        forum = ForumFactory(unit=world.unit, starts_at=in_days(-1),
                             registration_closes_at=in_days(-2))
        with pytest.raises(DomainError) as refused:
            forum_services.publish_minutes(actor=actor(world.users.hr_admin), forum=forum,
                                   minutes="Hasil", upload=upload, version=forum.version)
        assert refused.value.field == "minutes_file"
        assert Forum.objects.get(pk=forum.pk).status == "published"


def _register(forum, contact="0812 1111 2222", name="Budi"):
    return registrations.register(actor=None, forum=forum,
                                  values={"name": name, "contact": contact})


def test_registration_normalises_contact_and_refuses_the_same_person_twice(world, forums):
    with within(world.gov):
        registration, contact = _register(forums.upcoming)
        assert registration.contact == "6281211112222"
        assert contact.kind == "phone"
        with pytest.raises(Conflict):
            _register(forums.upcoming, contact="+62 812-1111-2222")
        with pytest.raises(Conflict):
            _register(forums.upcoming, contact="0" + REGISTRANT_PHONE[2:])
        assert Registration.objects.filter(forum=forums.upcoming).count() == 2


def test_registration_refused_when_full_closed_or_not_announced(world):
    with within(world.gov):
        full = ForumFactory(unit=world.unit, capacity=1)
        _register(full)
        with pytest.raises(DomainError, match="full"):
            _register(full, contact="budi@example.id")
        closed = ForumFactory(unit=world.unit, registration_closes_at=in_days(-1))
        with pytest.raises(DomainError, match="closed"):
            _register(closed)
        draft = ForumFactory(unit=world.unit, status="draft")
        with pytest.raises(DomainError):
            _register(draft)
        assert Registration.objects.filter(forum__in=[closed, draft]).count() == 0


def test_attendance_only_once_started(world, forums):
    with within(world.gov):
        with pytest.raises(DomainError):
            registrations.set_attendance(actor=actor(world.users.agency_admin),
                                         registration=forums.registrant, attended=True)
        Forum.objects.filter(pk=forums.upcoming.pk).update(starts_at=in_days(-1))
        done = registrations.set_attendance(actor=actor(world.users.agency_admin),
                                            registration=forums.registrant, attended=True)
        assert done.attended
        with pytest.raises(Forbidden):
            registrations.set_attendance(actor=actor(world.users.leader),
                                         registration=forums.registrant, attended=False)


def test_commitment_and_progress_until_done(world, forums):
    admin = actor(world.users.agency_admin)
    today = timezone.localdate()
    with within(world.gov):
        commitment = commitments.add_commitment(actor=admin, forum=forums.past, values={
            "promise": "Antrean daring", "responsible_unit": world.unit.pk,
            "due_date": today + datetime.timedelta(days=30)})
        commitments.record_progress(actor=admin, commitment=commitment, values={
            "status": "in_progress", "note": "Aplikasi diuji", "date": today})
        commitments.record_progress(actor=admin, commitment=commitment, values={
            "status": "done", "note": "Sudah berjalan", "date": today,
            "evidence_link": "https://kota-a.go.id/antrean"})
        commitment.refresh_from_db()
        assert commitment.status == "done"
        assert commitment.progress.count() == 2
        with pytest.raises(DomainError):
            commitments.record_progress(actor=admin, commitment=commitment, values={
                "status": "in_progress", "note": "lagi", "date": today})


def test_commitment_needs_a_concluded_forum(world, forums):
    with within(world.gov), pytest.raises(DomainError):
        commitments.add_commitment(actor=actor(world.users.hr_admin), forum=forums.upcoming,
                                   values={"promise": "x", "responsible_unit": world.unit.pk,
                                           "due_date": timezone.localdate()})


def test_dropping_keeps_the_reason_and_future_dates_are_refused(world, forums):
    admin = actor(world.users.hr_admin)
    today = timezone.localdate()
    with within(world.gov):
        with pytest.raises(DomainError):
            commitments.record_progress(actor=admin, commitment=forums.commitment, values={
                "status": "in_progress", "note": "x", "date": today + datetime.timedelta(days=1)})
        commitments.record_progress(actor=admin, commitment=forums.commitment, values={
            "status": "dropped", "note": "Anggaran dialihkan ke bencana", "date": today})
        dropped = Commitment.objects.get(pk=forums.commitment.pk)
        assert dropped.drop_reason == "Anggaran dialihkan ke bencana"


def test_commitment_summary_counts_statuses_and_overdue(world, forums):
    with within(world.gov):
        Commitment.objects.create(instansi=world.gov, forum=forums.past, promise="Terlambat",
                                  responsible_unit=world.unit, status="in_progress",
                                  due_date=timezone.localdate() - datetime.timedelta(days=3))
        Commitment.objects.create(instansi=world.gov, forum=forums.past, promise="Selesai",
                                  responsible_unit=world.unit, status="done",
                                  due_date=timezone.localdate() - datetime.timedelta(days=3))
    summary = queries.commitment_summary(world.gov.pk)
    assert summary == {"planned": 1, "in_progress": 1, "done": 1, "dropped": 0, "total": 3,
                       "overdue": 1}
    assert queries.commitment_summary(world.other_gov.pk)["total"] == 0



def test_capacity_cannot_drop_below_those_registered(world, forums):
    with scopes_disabled():
        RegistrationFactory(forum=forums.upcoming)  # now two have registered
    with within(world.gov), pytest.raises(DomainError) as refused:
        forum_services.update_forum(actor=actor(world.users.hr_admin), forum=forums.upcoming,
                                    values=_values(world, capacity=1),
                                    version=forums.upcoming.version)
    assert refused.value.field == "capacity"
