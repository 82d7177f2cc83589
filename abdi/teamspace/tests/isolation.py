"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app.

The walker's own control logs in as the first government's HR admin and expects every page to
answer: the work space is for members only, so that HR admin is made an active member of the
victim team. The team is abdi.teams' victim when its isolation module made one (both apps share
the `team_id` parameter), otherwise one made here.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from abdi.teams.models import Team
from abdi.teamspace.models import (
    Document,
    DocumentVersion,
    Meeting,
    MeetingAttendee,
    Reply,
    TaskChange,
    TeamTask,
    Thread,
)
from abdi.teamspace.tests.factories import PDF, add_member, make_team

PARAMS: dict[str, str] = {"team_id": "team", "task_id": "teamspace_task",
                          "thread_id": "teamspace_thread", "document_id": "teamspace_document",
                          "version_id": "teamspace_version", "meeting_id": "teamspace_meeting"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (TeamTask, TaskChange, Thread, Reply, Document, DocumentVersion, Meeting,
                          MeetingAttendee)


def _team(world, marked):
    team = Team.objects.filter(instansi=world.gov).order_by("pk").first()
    if team is None:
        team = make_team(world.gov, world.agency, name="Tim Rahasia Kota A", lead=marked)
    member = team.memberships.filter(employee=world.hr_admin_employee).first()
    if member is None:
        add_member(team, world.hr_admin_employee)
    elif member.status != "active":
        member.status, member.joined_at = "active", member.joined_at or timezone.now()
        member.save(update_fields=["status", "joined_at"])
    if not team.memberships.filter(employee=marked, status="active").exists():
        team.memberships.filter(employee=marked).delete()
        add_member(team, marked)
    return team


def victims(world, marked) -> tuple[dict, set]:
    team = _team(world, marked)
    task = TeamTask.objects.create(instansi=world.gov, team=team, owner=marked,
                                   title="Tugas Rahasia Kota A",
                                   due_on=timezone.localdate() + datetime.timedelta(days=3))
    TaskChange.objects.create(instansi=world.gov, task=task, by=marked,
                              changes={"title": [None, task.title]})
    thread = Thread.objects.create(instansi=world.gov, team=team, title="Topik Rahasia Kota A",
                                   body="Isi rahasia", author=marked,
                                   last_activity_at=timezone.now())
    Reply.objects.create(instansi=world.gov, thread=thread, author=marked,
                         body="Balasan Rahasia Kota A")
    document = Document.objects.create(instansi=world.gov, team=team, created_by=marked,
                                       title="Dokumen Rahasia Kota A", updated_at=timezone.now(),
                                       latest_number=1)
    version = DocumentVersion(instansi=world.gov, document=document, number=1,
                              filename="rahasia.pdf", kind="pdf", size=len(PDF),
                              uploaded_by=marked)
    version.file.save("rahasia.pdf", ContentFile(PDF), save=True)
    meeting = Meeting.objects.create(instansi=world.gov, team=team, title="Rapat Rahasia Kota A",
                                     held_on=timezone.localdate(), place="Ruang Rahasia",
                                     written_by=marked)
    MeetingAttendee.objects.create(instansi=world.gov, meeting=meeting, employee=marked)
    return ({"team": team, "teamspace_task": task, "teamspace_thread": thread,
             "teamspace_document": document, "teamspace_version": version,
             "teamspace_meeting": meeting},
            {"Tugas Rahasia Kota A", "Topik Rahasia Kota A", "Balasan Rahasia Kota A",
             "Dokumen Rahasia Kota A", "Rapat Rahasia Kota A"})
