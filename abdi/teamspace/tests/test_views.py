"""The pages: lists in a constant number of queries, filters and flags, bad input answered with a
clear message and a 4xx, forged ids answered with 404, downloads through the view only."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from abdi.teamspace.models import Document, DocumentVersion, Meeting, TeamTask
from abdi.teamspace.services import documents, meetings, threads
from abdi.teamspace.tests.conftest import actor_of, upload
from abdi.teamspace.tests.factories import add_member, make_task, make_team
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def _fill(world, team, n):
    actor = actor_of(world.users.own)
    for i in range(n):
        make_task(team, (world.own, world.peer, world.sibling)[i % 3], title=f"Tugas {i}")
        thread = threads.start_thread(actor=actor, team=team, title=f"Topik {i}", body="Isi")
        threads.reply(actor=actor_of(world.users.peer), team=team, thread=thread, body="Balas")
        document = documents.create_document(actor=actor, team=team, title=f"Dokumen {i}",
                                             upload=upload())
        documents.add_version(actor=actor, team=team, document=document, based_on=1,
                              upload=upload())
        meetings.publish_meeting(
            actor=actor, team=team, attendees=[world.own.pk, world.peer.pk],
            data={"title": f"Rapat {i}", "held_on": TODAY.isoformat(), "place": "Aula"},
            follow_ups=[{"title": f"Tindak lanjut {i}", "owner": world.peer.pk,
                         "due_on": TODAY.isoformat()}])


@pytest.mark.parametrize("page", ["tasks", "threads", "documents", "meetings"])
def test_lists_take_a_constant_number_of_queries(world, team, client, login, page,
                                                 django_assert_max_num_queries):
    login(world.users.own)
    url = reverse(f"teamspace:{page}", args=[team.pk])
    with within(world.gov):
        _fill(world, team, 1)
    client.get(url)  # warm the caches a first request fills
    with django_assert_max_num_queries(14) as few:
        assert client.get(url).status_code == 200
    with within(world.gov):
        _fill(world, team, 4)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200
    assert "4" in response.content.decode()


def test_task_filters_and_flags(world, team, client, login):
    with within(world.gov):
        late = make_task(team, world.own, title="Terlambat", due_on=TODAY - datetime.timedelta(days=1))
        make_task(team, world.peer, title="Punya rekan")
        make_task(team, world.own, title="Sudah beres", status="done")
        left = make_task(team, world.sibling, title="Ditinggal")
        make_task(team, world.sibling, title="Selesai sebelum keluar", status="done")
    login(world.users.own)
    url = reverse("teamspace:tasks", args=[team.pk])
    body = client.get(url).content.decode()
    assert body.count('data-testid="owner-left"') == 1  # his done task needs nobody
    assert f'data-testid="task-{left.pk}"' in body
    mine = client.get(url, {"show": "mine"}).content.decode()
    assert "Terlambat" in mine
    assert "Punya rekan" not in mine
    overdue = client.get(url, {"show": "overdue"}).content.decode()
    assert f'data-testid="task-{late.pk}"' in overdue
    assert "Ditinggal" not in overdue
    open_ = client.get(url, {"show": "open"}).content.decode()
    assert "Sudah beres" not in open_
    assert client.get(url, {"show": "<script>"}).status_code == 200


def test_a_task_owner_who_is_not_a_member_is_refused_with_a_message(world, team, client, login):
    login(world.users.own)
    response = client.post(reverse("teamspace:task_create", args=[team.pk]), {
        "title": "Rekap", "owner": world.other_unit.pk, "due_on": TODAY.isoformat()})
    assert response.status_code == 400
    assert "active member" in response.content.decode()
    assert 'value="Rekap"' in response.content.decode()  # what was typed stays
    with within(world.gov):
        assert not TeamTask.objects.exists()


def test_ids_of_another_team_are_404(world, team, client, login):
    with within(world.gov):
        other = make_team(world.gov, world.other_agency, name="Tim Lain")
        add_member(other, world.own)
        task = make_task(other, world.own)
        document = documents.create_document(actor=actor_of(world.users.own), team=other,
                                             title="Lain", upload=upload())
        version = document.versions.get()
    login(world.users.own)
    assert client.get(reverse("teamspace:task", args=[team.pk, task.pk])).status_code == 404
    assert client.post(reverse("teamspace:task_update", args=[team.pk, task.pk]),
                       {"version": 1, "status": "done"}).status_code == 404
    assert client.get(reverse("teamspace:download",
                              args=[team.pk, document.pk, version.pk])).status_code == 404
    assert client.get(reverse("teamspace:tasks", args=[999999])).status_code == 404


def test_second_version_through_the_pages_and_download(world, team, client, login):
    login(world.users.own)
    response = client.post(reverse("teamspace:document_create", args=[team.pk]),
                           {"title": "Notulen", "file": upload("notulen.pdf")})
    assert response.status_code == 302
    with within(world.gov):
        document = Document.objects.get()
    url = reverse("teamspace:version_create", args=[team.pk, document.pk])
    response = client.post(url, {"based_on": 1, "note": "perbaikan", "file": upload("v2.pdf")})
    assert response.status_code == 302
    stale = client.post(url, {"based_on": 1, "file": upload("v2b.pdf")})
    assert stale.status_code == 409
    assert 'data-testid="error"' in stale.content.decode()
    wrong = client.post(url, {"based_on": 2, "file": upload("x.pdf", b"GIF89a")})
    assert wrong.status_code == 400
    with within(world.gov):
        second = DocumentVersion.objects.get(document=document, number=2)
        assert DocumentVersion.objects.filter(document=document).count() == 2
    download = client.get(reverse("teamspace:download", args=[team.pk, document.pk, second.pk]))
    assert download.status_code == 200
    assert download["X-Content-Type-Options"] == "nosniff"
    assert 'filename="v2.pdf"' in download["Content-Disposition"]
    assert not second.file.url.startswith("/tim/")  # the media URL is never what pages link
    page = client.get(reverse("teamspace:document", args=[team.pk, document.pk])).content.decode()
    assert second.file.url not in page


def test_messages_are_escaped_and_linkified(world, team, client, login):
    login(world.users.own)
    response = client.post(reverse("teamspace:thread_create", args=[team.pk]), {
        "title": "Tautan", "body": "<script>alert(1)</script> lihat https://example.org/data"})
    assert response.status_code == 302
    body = client.get(response["Location"]).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body
    assert 'href="https://example.org/data"' in body


def test_meeting_notes_through_the_form(world, team, client, login):
    login(world.users.own)
    url = reverse("teamspace:meeting_new", args=[team.pk])
    assert client.get(url).status_code == 200
    data = {"title": "Rapat koordinasi", "held_on": TODAY.isoformat(), "place": "",
            "online_link": "https://meet.example.org/abc", "notes": "Catatan",
            "decisions": "Satu\nDua", "attendees": [world.own.pk, world.peer.pk],
            "fu-0-title": "Kirim data", "fu-0-owner": world.sibling.pk,
            "fu-0-due_on": TODAY.isoformat()}
    refused = client.post(url, data)  # the follow-up's owner has left the team
    assert refused.status_code == 400
    assert "active member" in refused.content.decode()
    response = client.post(url, data | {"fu-0-owner": world.peer.pk})
    assert response.status_code == 302
    with within(world.gov):
        meeting = Meeting.objects.get()
        follow_up = TeamTask.objects.get()
    assert follow_up.meeting_id == meeting.pk
    page = client.get(response["Location"]).content.decode()
    assert "Kirim data" in page
    task_page = client.get(reverse("teamspace:task", args=[team.pk, follow_up.pk])).content.decode()
    assert 'data-testid="task-meeting"' in task_page


def test_the_atasan_reads_but_gets_no_forms(world, team, client, login):
    login(world.users.supervisor)
    body = client.get(reverse("teamspace:meeting_new", args=[team.pk]))
    assert body.status_code == 403
    tasks_page = client.get(reverse("teamspace:tasks", args=[team.pk])).content.decode()
    assert 'data-testid="task-form"' not in tasks_page
