"""Demo work spaces for the demo teams (abdi.demo.teams): a few tasks (one overdue, one done),
a discussion topic with replies, a document with two versions and a meeting with decisions and a
follow-up task. Rows are written directly (no notifications for seeded history).

Call inside the government's scope, after abdi.demo.teams.seed:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from abdi.teams.models import Membership, Team
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

TASKS = (  # title, days from today to the due date, status
    ("Menyusun data sasaran per kecamatan", -3, "in_progress"),
    ("Menyiapkan draf protokol rujukan bersama", 1, "open"),
    ("Mengumpulkan laporan bulanan anggota", 10, "open"),
    ("Menyusun jadwal rapat koordinasi", -10, "done"),
)


def _pdf(text: str) -> bytes:
    return (b"%PDF-1.4\n1 0 obj<<>>endobj\n% " + text.encode("ascii", "ignore")
            + b"\ntrailer<<>>\n%%EOF\n")


def _due(team, today: date, offset: int) -> date:
    return min(max(today + timedelta(days=offset), team.starts_on), team.ends_on)


def _seed_team(team, members: list, today: date) -> dict:
    lead = team.lead if team.lead_id in {m.pk for m in members} else members[0]
    made = {"tasks": 0, "threads": 0, "documents": 0, "meetings": 0}
    meeting = Meeting.objects.create(
        instansi_id=team.instansi_id, team=team, title="Rapat koordinasi perdana",
        held_on=max(team.starts_on, today - timedelta(days=7)), place="Ruang rapat Bappeda",
        notes="Rapat dibuka oleh ketua tim. Anggota menyampaikan data awal dari perangkat "
              "daerah masing-masing.",
        decisions=["Data sasaran dihimpun per kecamatan", "Rapat koordinasi setiap dua minggu"],
        written_by=lead)
    MeetingAttendee.objects.bulk_create([MeetingAttendee(instansi_id=team.instansi_id,
                                                         meeting=meeting, employee=m)
                                         for m in members])
    made["meetings"] += 1
    for n, (title, offset, status) in enumerate(TASKS):
        owner = members[n % len(members)]
        task = TeamTask.objects.create(
            instansi_id=team.instansi_id, team=team, title=title, owner=owner, status=status,
            due_on=_due(team, today, offset), created_by=lead,
            meeting=meeting if n == 0 else None,
            description="Koordinasikan dengan admin kepegawaian perangkat daerah.")
        TaskChange.objects.create(instansi_id=team.instansi_id, task=task, by=lead,
                                  changes={"title": [None, title], "status": [None, status]})
        made["tasks"] += 1
    thread = Thread.objects.create(
        instansi_id=team.instansi_id, team=team, title="Format data sasaran", author=lead,
        body="Usul: kita pakai satu format tabel untuk semua perangkat daerah.\n\nMohon "
             "tanggapan sebelum Jumat.", last_activity_at=timezone.now(), reply_count=0)
    for member in members[1:3]:
        Reply.objects.create(instansi_id=team.instansi_id, thread=thread, author=member,
                             body="Setuju, kami siapkan datanya dengan format itu.")
        thread.reply_count += 1
    thread.save(update_fields=["reply_count"])
    made["threads"] += 1
    document = Document.objects.create(instansi_id=team.instansi_id, team=team,
                                       title="Rencana aksi tim", created_by=lead,
                                       updated_at=timezone.now(), latest_number=2)
    for number, (author, note) in enumerate(((lead, "Draf awal"),
                                             (members[-1], "Target per kecamatan ditambah")),
                                            start=1):
        version = DocumentVersion(instansi_id=team.instansi_id, document=document, number=number,
                                  filename=f"rencana-aksi-v{number}.pdf", kind="pdf",
                                  size=0, note=note, uploaded_by=author)
        content = _pdf(f"Rencana aksi versi {number}")
        version.size = len(content)
        version.file.save(f"{document.pk}-{number}-demo.pdf", ContentFile(content), save=False)
        version.save()
    made["documents"] += 1
    return made


def seed(instansi, today: date) -> dict:
    made = {"tasks": 0, "threads": 0, "documents": 0, "meetings": 0}
    for team in Team.objects.filter(instansi=instansi, status="active").order_by("pk"):
        if TeamTask.objects.filter(team=team).exists():
            continue  # seeded already
        members = [m.employee for m in Membership.objects.filter(team=team, status="active")
                   .select_related("employee").order_by("pk")]
        if not members:
            continue
        for key, count in _seed_team(team, members, today).items():
            made[key] += count
    return made
