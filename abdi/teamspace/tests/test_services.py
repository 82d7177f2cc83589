"""The writes of the work space: what they store, whom they tell, what they refuse."""

import datetime

import pytest
from django.utils import timezone

from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.performance.models import Notification
from abdi.teamspace.models import Document, DocumentVersion, Meeting, TaskChange, TeamTask, Thread
from abdi.teamspace.services import documents, meetings, tasks, threads
from abdi.teamspace.tests.conftest import actor_of, upload
from abdi.teamspace.tests.factories import PDF, make_task, office
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def _notices(employee):
    return list(Notification.objects.filter(recipient=employee, topic="team")
                .values_list("message", flat=True))


def _task_data(world, **over):
    data = {"title": "Rekap data posyandu", "description": "Lihat https://example.org",
            "owner": str(world.peer.pk), "due_on": (TODAY + datetime.timedelta(days=5)).isoformat()}
    return data | over


def test_create_task_tells_the_owner_and_keeps_who_changed_what(world, team):
    with within(world.gov):
        task = tasks.create_task(actor=actor_of(world.users.own), team=team,
                                 data=_task_data(world))
        assert task.owner == world.peer
        assert task.status == "open"
        assert any("Rekap data posyandu" in m for m in _notices(world.peer))
        assert _notices(world.own) == []  # the author is not told of his own act
        changed = tasks.update_task(actor=actor_of(world.users.peer), team=team, task=task,
                                    version=task.version, data={"status": "in_progress"})
        assert changed.status == "in_progress"
        assert changed.version == 2
        history = list(TaskChange.objects.filter(task=task).order_by("at", "id"))
        assert history[-1].by_id == world.peer.pk
        assert history[-1].changes == {"status": ["open", "in_progress"]}


@pytest.mark.parametrize(("over", "field"), [
    ({"title": ""}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"owner": "abc"}, "owner"),
    ({"owner": "999999"}, "owner"),
    ({"due_on": "tomorrow"}, "due_on"),
    ({"due_on": "2001-01-01"}, "due_on"),
    ({"title": "Nul\x00byte"}, "title"),
])
def test_create_task_refuses_bad_input(world, team, over, field):
    with within(world.gov), pytest.raises(DomainError) as refused:
        tasks.create_task(actor=actor_of(world.users.own), team=team, data=_task_data(world, **over))
    assert refused.value.field == field
    with within(world.gov):
        assert not TeamTask.objects.exists()


def test_owners_must_be_active_members(world, team):
    for stranger in (world.sibling, world.other_unit, world.supervisor):  # left / outside / atasan
        with within(world.gov), pytest.raises(DomainError):
            tasks.create_task(actor=actor_of(world.users.own), team=team,
                              data=_task_data(world, owner=str(stranger.pk)))


def test_due_date_before_the_team_starts_is_refused(world, team):
    before = (team.starts_on - datetime.timedelta(days=1)).isoformat()
    with within(world.gov), pytest.raises(DomainError, match="before the team starts"):
        tasks.create_task(actor=actor_of(world.users.own), team=team,
                          data=_task_data(world, due_on=before))


def test_a_stale_task_form_is_a_conflict(world, team):
    with within(world.gov):
        task = make_task(team, world.own)
        tasks.update_task(actor=actor_of(world.users.peer), team=team, task=task, version=1,
                          data={"status": "done"})
        with pytest.raises(Conflict):
            tasks.update_task(actor=actor_of(world.users.own), team=team, task=task, version=1,
                              data={"status": "in_progress"})
        assert TeamTask.objects.get(pk=task.pk).status == "done"


def test_reassigning_a_task_of_a_member_who_left(world, team):
    with within(world.gov):
        task = make_task(team, world.sibling)
        changed = tasks.update_task(actor=actor_of(world.users.own), team=team, task=task,
                                    version=1, data={"owner": str(world.peer.pk)})
        assert changed.owner_id == world.peer.pk
        assert any("you own the task" in m for m in _notices(world.peer))


def test_non_posters_cannot_write(world, team):
    with within(world.gov):
        for user in (world.users.supervisor, world.users.hr_admin):
            with pytest.raises(Forbidden):
                tasks.create_task(actor=actor_of(user), team=team, data=_task_data(world))
        team.status = "closed"
        team.save()
        with pytest.raises(Forbidden):
            threads.start_thread(actor=actor_of(world.users.own), team=team, title="Halo",
                                 body="Tim")


def test_due_reminders_are_sent_once(world, team):
    with within(world.gov):
        due = make_task(team, world.peer, due_on=TODAY + datetime.timedelta(days=1))
        make_task(team, world.peer, title="Sudah selesai", status="done",
                  due_on=TODAY + datetime.timedelta(days=1))
        make_task(team, world.peer, title="Minggu depan", due_on=TODAY + datetime.timedelta(days=7))
        assert tasks.send_due_reminders(today=TODAY) == 1
        assert tasks.send_due_reminders(today=TODAY) == 0
        notices = _notices(world.peer)
        assert len(notices) == 1
        assert due.title in notices[0]


def test_due_reminder_command(world, team):
    from django.core.management import call_command

    with within(world.gov):
        make_task(team, world.peer, due_on=TODAY + datetime.timedelta(days=1))
    call_command("teamspace_due_reminders")
    call_command("teamspace_due_reminders")
    with within(world.gov):
        assert len(_notices(world.peer)) == 1


def test_new_topic_tells_members_and_replies_tell_subscribers(world, team):
    with within(world.gov):
        thread = threads.start_thread(actor=actor_of(world.users.own), team=team,
                                      title="Jadwal turun lapangan", body="Usul:\n\n- Senin")
        assert thread.body == "Usul:\n\n- Senin"
        assert any("Jadwal turun lapangan" in m for m in _notices(world.peer))
        assert _notices(world.sibling) == []  # a member who left is not told
        Notification.objects.all().delete()
        threads.reply(actor=actor_of(world.users.peer), team=team, thread=thread, body="Setuju")
        assert len(_notices(world.own)) == 1  # the author is a subscriber
        thread.refresh_from_db()
        assert thread.reply_count == 1
        with pytest.raises(DomainError):
            threads.reply(actor=actor_of(world.users.peer), team=team, thread=thread, body="  ")


def test_document_versions_are_kept(world, team):
    with within(world.gov):
        document = documents.create_document(actor=actor_of(world.users.own), team=team,
                                             title="Rencana aksi", upload=upload(), note="draf")
        second = documents.add_version(actor=actor_of(world.users.peer), team=team,
                                       document=document, based_on=1, note="revisi",
                                       upload=upload("rencana.docx", office("word/document.xml")))
        assert second.number == 2
        assert second.kind == "docx"
        assert second.filename == "rencana.docx"
        assert list(DocumentVersion.objects.filter(document=document)
                    .values_list("number", flat=True).order_by("number")) == [1, 2]
        assert DocumentVersion.objects.get(document=document, number=1).file.read() == PDF
        assert any("version 2" in m for m in _notices(world.own))


def test_a_version_based_on_an_older_one_is_refused(world, team):
    with within(world.gov):
        document = documents.create_document(actor=actor_of(world.users.own), team=team,
                                             title="Rencana aksi", upload=upload())
        documents.add_version(actor=actor_of(world.users.peer), team=team, document=document,
                              based_on=1, upload=upload())
        with pytest.raises(Conflict, match="version 2"):
            documents.add_version(actor=actor_of(world.users.own), team=team, document=document,
                                  based_on=1, upload=upload())
        assert DocumentVersion.objects.filter(document=document).count() == 2


@pytest.mark.parametrize(("file", "message"), [
    (None, "Choose a file"),
    (upload("kosong.pdf", b""), "empty"),
    (upload("virus.pdf", b"MZ\x90\x00binary"), "must be a PDF"),
    (upload("page.png", b"<html><script>alert(1)</script>"), "must be a PDF"),
])
def test_bad_uploads_are_refused(world, team, file, message):
    with within(world.gov), pytest.raises(DomainError, match=message):
        documents.create_document(actor=actor_of(world.users.own), team=team, title="Berkas",
                                  upload=file)
    with within(world.gov):
        assert not Document.objects.exists()


def test_oversized_upload_is_refused(world, team, monkeypatch):
    from abdi.teamspace.rules import files

    monkeypatch.setattr(files, "MAX_DOCUMENT_BYTES", 10)
    with within(world.gov), pytest.raises(DomainError, match="20 MB"):
        documents.create_document(actor=actor_of(world.users.own), team=team, title="Berkas",
                                  upload=upload())


def _meeting(world, **over):
    data = {"title": "Rapat koordinasi I", "held_on": TODAY.isoformat(), "place": "Aula Bappeda",
            "online_link": "", "notes": "Dibuka oleh ketua.", "decisions": "Data per kecamatan\n\n"
            "Rapat berikut bulan depan"}
    return data | over


def test_meeting_notes_make_follow_up_tasks(world, team):
    due = (TODAY + datetime.timedelta(days=3)).isoformat()
    with within(world.gov):
        meeting = meetings.publish_meeting(
            actor=actor_of(world.users.own), team=team, data=_meeting(world),
            attendees=[str(world.own.pk), str(world.peer.pk)],
            follow_ups=[{"title": "Kirim data", "owner": str(world.peer.pk), "due_on": due},
                        {"title": "", "owner": "", "due_on": ""}])
        assert meeting.decisions == ["Data per kecamatan", "Rapat berikut bulan depan"]
        assert meeting.attendees.count() == 2
        follow_up = TeamTask.objects.get(meeting=meeting)
        assert follow_up.owner == world.peer
        assert follow_up.due_on.isoformat() == due
        assert any("Rapat koordinasi I" in m for m in _notices(world.peer))


@pytest.mark.parametrize(("over", "attendees", "follow_ups"), [
    ({"place": "", "online_link": ""}, ["own"], []),
    ({"online_link": "javascript:alert(1)"}, ["own"], []),
    ({"held_on": "10/06/2026"}, ["own"], []),
    ({}, [], []),
    ({}, ["sibling"], []),
    ({}, ["own"], [{"title": "Kirim data", "owner": "sibling", "due_on": "+3"}]),
    ({}, ["own"], [{"title": "Kirim data", "owner": "peer", "due_on": ""}]),
])
def test_bad_meeting_notes_save_nothing(world, team, over, attendees, follow_ups):
    def pk(name):
        return str(getattr(world, name).pk)

    rows = [{"title": r["title"], "owner": pk(r["owner"]),
             "due_on": (TODAY + datetime.timedelta(days=3)).isoformat() if r["due_on"] else ""}
            for r in follow_ups]
    with within(world.gov), pytest.raises(DomainError):
        meetings.publish_meeting(actor=actor_of(world.users.own), team=team,
                                 data=_meeting(world, **over),
                                 attendees=[pk(a) for a in attendees], follow_ups=rows)
    with within(world.gov):
        assert not Meeting.objects.exists()
        assert not TeamTask.objects.exists()
        assert not Thread.objects.exists()
