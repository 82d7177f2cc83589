"""Team work-space rows for tests, straight into the tables (the services are tested on their
own). A team is made directly as abdi.teams stores it: a Team and its Membership rows."""

import datetime
import io
import zipfile

from django.utils import timezone

from abdi.org.queries import supervisor_of
from abdi.teams.models import Membership, Team
from abdi.teamspace.models import TeamTask

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def office(main_part: str) -> bytes:
    """A minimal Office Open XML package (DOCX: word/document.xml, XLSX: xl/workbook.xml)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<x/>")
    return buffer.getvalue()


def odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
    return buffer.getvalue()


def make_team(instansi, agency, *, name="Tim Percepatan Penurunan Stunting", lead=None,
              starts_on=None, ends_on=None, status="active"):
    today = timezone.localdate()
    return Team.objects.create(
        instansi=instansi, name=name, mandate="Menurunkan angka stunting lintas perangkat daerah",
        coordinating_agency=agency, lead=lead, status=status,
        starts_on=starts_on or today - datetime.timedelta(days=30),
        ends_on=ends_on or today + datetime.timedelta(days=180))


def add_member(team, employee, *, status="active", role="member"):
    """As abdi.teams leaves an agreed member: with the atasan who agreed (today's atasan)."""
    now = timezone.now()
    atasan = supervisor_of(employee, on=timezone.localdate())
    return Membership.objects.create(
        instansi_id=team.instansi_id, team=team, employee=employee, agency_id=employee.agency_id,
        role=role, status=status, member_answer="yes", atasan_answer="yes", atasan=atasan,
        joined_at=now if status in ("active", "ended") else None,
        ended_at=now if status == "ended" else None)


def make_task(team, owner, *, title="Susun data balita", due_on=None, status="open", **fields):
    return TeamTask.objects.create(
        instansi_id=team.instansi_id, team=team, owner=owner, title=title, status=status,
        due_on=due_on or timezone.localdate() + datetime.timedelta(days=7), **fields)
