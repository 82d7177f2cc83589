"""The reporter's escalation to the Ombudsman RI (public-service.md §2.7, R-CMP-5, T-CMP-8).

Abdi does not file the report: it prints a summary the reporter takes to the Ombudsman. The
identity typed for it (UU 37/2008 Pasal 24(1)) goes into the PDF only and is never saved; the
case keeps one timeline line saying the summary was prepared, without any of it.
"""

from dataclasses import dataclass
from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from abdi.core.errors import Conflict, DomainError

from .. import queries
from ..models import Complaint, ComplaintEvent
from ..rules.ombudsman import TIME_BAR_WARNING, may_escalate, past_ombudsman_time_bar
from ..rules.workflow import citizen_label
from .common import Context, event
from .intake import CITIZEN

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
# Where to submit (Ombudsman RI: ombudsman.go.id, call centre 137).
OMBUDSMAN_SITE, OMBUDSMAN_CALL_CENTRE = "ombudsman.go.id", "137"


@dataclass(frozen=True)
class Identity:
    """UU 37/2008 Pasal 24(1): full name, place and date of birth, marital status, occupation,
    address. Held in memory for one request only."""

    full_name: str
    birth_place: str
    birth_date: date
    marital_status: str
    occupation: str
    address: str


def is_eligible(case, today: date) -> bool:
    return may_escalate(case.status, case.completion_due, today)


def check_eligible(case, today: date) -> None:
    if not is_eligible(case, today):
        raise Conflict(_("A report to the Ombudsman RI can be prepared once this report is closed, "
                         "or when the agency has not finished it by its completion deadline."))


@transaction.atomic
def prepare_ombudsman_report(*, case, identity: Identity, event_date: date, description: str,
                             ip: str = "", now=None) -> bytes:
    """The PDF "Ringkasan laporan untuk Ombudsman RI"; the case's timeline records that it was
    prepared (no identity in it), so the coordinators see it."""
    case = (Complaint.objects.select_for_update(of=("self",)).select_related("agency", "instansi")
            .get(pk=case.pk))
    ctx = Context(case, now)
    check_eligible(case, ctx.today)
    if event_date > ctx.today:
        raise DomainError(_("The date of the event cannot be in the future."), field="event_date")
    description = str(description or "").strip()
    if not 20 <= len(description) <= 4000:
        raise DomainError(_("Write %(low)d to %(high)d characters.") % {"low": 20, "high": 4000},
                          field="description")
    events = [_timeline_row(e, case.instansi) for e in queries.timeline(case, public_only=True)]
    pdf = build_ombudsman_pdf({
        "tracking": case.tracking, "lapor_id": case.lapor_id, "agency": case.agency.name,
        "government": case.instansi.name, "province": case.instansi.province,
        "received_on": case.received_on, "status": citizen_label(case.status),
        "completion_due": case.completion_due, "event_date": event_date,
        "time_bar": past_ombudsman_time_bar(event_date, ctx.today), "today": ctx.today,
        "description": description, "identity": identity, "events": events})
    event(case, ComplaintEvent.Kind.STATUS, public=True, at=ctx.now, label=CITIZEN,
          text=_("Reporter prepared a report to the Ombudsman RI."))
    return pdf


def _timeline_row(row, instansi) -> dict:
    return {"at": timezone.localtime(row.at, instansi.zone), "kind": row.kind,
            "status": citizen_label(row.status_to) if row.status_to else "", "text": row.text}


def _tanggal(day) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else "-"


KIND_WORDS = {"answer": "Jawaban instansi", "citizen": "Pesan pelapor", "status": "Status"}


def build_ombudsman_pdf(data: dict) -> bytes:
    """Plain data in, PDF bytes out. Labels are Indonesian: the document goes to the Ombudsman."""
    styles = getSampleStyleSheet()
    body, small = styles["BodyText"], styles["BodyText"].clone("small", fontSize=8, leading=10)

    def p(text, style=body):
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)

    who: Identity = data["identity"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])
    identity = Table([
        ["Nama lengkap", p(who.full_name)],
        ["Tempat, tanggal lahir", p(f"{who.birth_place}, {_tanggal(who.birth_date)}")],
        ["Status perkawinan", p(who.marital_status)],
        ["Pekerjaan", p(who.occupation)],
        ["Alamat", p(who.address)],
    ], colWidths=[50 * mm, 124 * mm])
    identity.setStyle(grid)
    case_rows = [
        ["Nomor pelacakan", p(data["tracking"])],
        ["Instansi terlapor", p(f"{data['agency']}, {data['government']}")],
        ["Diterima", p(_tanggal(data["received_on"]))],
        ["Status saat ini", p(data["status"])],
        ["Batas penyelesaian", p(_tanggal(data["completion_due"]))],
        ["Tanggal kejadian", p(_tanggal(data["event_date"]))],
    ]
    if data["lapor_id"]:
        case_rows.insert(1, ["Nomor SP4N-LAPOR!", p(data["lapor_id"])])
    case_table = Table(case_rows, colWidths=[50 * mm, 124 * mm])
    case_table.setStyle(grid)
    story = [
        Paragraph("Ringkasan laporan untuk Ombudsman RI", styles["Title"]),
        p(f"Disusun oleh pelapor pada {_tanggal(data['today'])} dari kanal pengaduan "
          f"{data['government']}.", small),
        Spacer(1, 3 * mm),
        Paragraph("Identitas pelapor (UU 37/2008 Pasal 24 ayat 1)", styles["Heading3"]), identity,
        Paragraph("Laporan", styles["Heading3"]), case_table,
    ]
    if data["time_bar"]:
        story.append(p(f"Perhatian: kejadian {TIME_BAR_WARNING}; Ombudsman RI dapat menolak "
                       "laporan yang kejadiannya lebih dari 2 tahun yang lalu."))
    story += [Paragraph("Uraian", styles["Heading3"]), p(data["description"])]
    rows = [["Tanggal", "Peristiwa"]]
    for e in data["events"]:
        words = " · ".join(w for w in (e["status"], KIND_WORDS.get(e["kind"], "")
                                       if e["kind"] != "status" else "", e["text"]) if w)
        rows.append([e["at"].strftime("%d-%m-%Y %H:%M"), p(words or "-", small)])
    timeline = Table(rows, colWidths=[30 * mm, 144 * mm], repeatRows=1)
    timeline.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                                  ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                  ("FONTSIZE", (0, 0), (-1, -1), 8),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    province = data["province"] or "provinsi Anda"
    story += [
        Paragraph("Riwayat penanganan dan jawaban instansi", styles["Heading3"]), timeline,
        Paragraph("Ke mana laporan ini disampaikan", styles["Heading3"]),
        p(f"Ombudsman Republik Indonesia Perwakilan {province}: datang langsung, atau melalui "
          f"{OMBUDSMAN_SITE} dan call centre {OMBUDSMAN_CALL_CENTRE}. Lampirkan ringkasan ini, "
          "fotokopi KTP, dan bukti pendukung. Syarat: Anda sudah mengadu langsung kepada "
          "penyelenggara (laporan di atas) tanpa penyelesaian yang patut (UU 37/2008 Pasal 24)."),
    ]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=f"Ringkasan laporan Ombudsman {data['tracking']}",
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm).build(story)
    return buffer.getvalue()
