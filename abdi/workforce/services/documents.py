"""The formation proposal as PDF (ReportLab, landscape A4) and XLSX (openpyxl), with the WKE used
and the names and NIPs of who prepared and approved it. A draft says DRAFT on every page."""

from io import BytesIO
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..choices import ProposalStatus
from .proposals import draft_rows, summary

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _safe(value):
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _title(proposal) -> str:
    scope = proposal.agency.name if proposal.agency_id else _("Whole government")
    return _("Formation proposal (usul kebutuhan ASN) %(year)s — %(scope)s") % {
        "year": proposal.year, "scope": scope}


def _years(proposal) -> list[int]:
    return [proposal.year + offset for offset in range(5)]


def _headers(proposal) -> list[str]:
    bezetting = _("Bezetting (31 Dec %(year)s)") % {"year": proposal.year - 1}
    return [_("No"), _("Perangkat daerah"), _("Unit"), _("Position"), _("Class"), _("FTE"),
            _("Needed"), bezetting, _("Shortage"), _("Excess"), _("Retiring in 5 years"),
            *[str(y) for y in _years(proposal)], _("Proposed")]


def _cells(number, row) -> list:
    gap = row["bezetting"] - row["needed"]
    additions = list(row["additions"]) + [0] * (5 - len(row["additions"]))
    return [number, row["agency_name"], row["unit_name"], row["position_name"],
            row["kelas_jabatan"] or "", float(row["fte"]), row["needed"], row["bezetting"],
            max(0, -gap), max(0, gap), row["departures_5y"], *additions[:5], row["proposed"]]


def _signatures(proposal) -> list[str]:
    lines = [_("WKE used: %(minutes)s minutes a year (PermenPANRB 1/2020)")
             % {"minutes": f"{proposal.wke_minutes:,}".replace(",", ".")}]
    if proposal.prepared_by_name:
        lines.append(_("Prepared by: %(name)s, NIP %(nip)s")
                     % {"name": proposal.prepared_by_name, "nip": proposal.prepared_by_nip or "-"})
    if proposal.status == ProposalStatus.APPROVED:
        lines.append(_("Approved by BKPSDM: %(name)s, NIP %(nip)s, on %(date)s")
                     % {"name": proposal.approved_by_name, "nip": proposal.approved_by_nip or "-",
                        "date": timezone.localtime(proposal.approved_at).strftime("%d-%m-%Y")})
    else:
        lines.append(_("DRAFT — not approved"))
    return lines


def proposal_xlsx(proposal) -> bytes:
    rows = draft_rows(proposal)
    book = Workbook()
    sheet = book.active
    sheet.title = "Usul kebutuhan"
    sheet.append([_safe(_title(proposal))])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(_headers(proposal))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=1):
        sheet.append([_safe(c) for c in _cells(number, row)])
    total = summary(rows)
    sheet.append(["", _("Total"), "", "", "", "", total.needed, total.bezetting, total.shortage,
                  total.excess, total.departures, "", "", "", "", "", total.proposed])
    sheet.append([])
    for text in _signatures(proposal):
        sheet.append([_safe(text)])
    sheet.freeze_panes = "A4"
    for column, width in zip("ABCD", (5, 30, 30, 40), strict=True):
        sheet.column_dimensions[column].width = width
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def proposal_pdf(proposal) -> bytes:
    rows = draft_rows(proposal)
    out = BytesIO()
    draft = proposal.status != ProposalStatus.APPROVED

    def _page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(10 * mm, 7 * mm, f"{_title(proposal)} — {doc.page}")
        if draft:
            canvas.setFont("Helvetica-Bold", 40)
            canvas.setFillColor(colors.Color(0.85, 0.85, 0.85))
            canvas.drawCentredString(148 * mm, 105 * mm, _("DRAFT"))
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=_title(proposal))
    small = ParagraphStyle("small", fontName="Helvetica", fontSize=7, leading=8.5)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12, leading=15)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12)
    story = [Paragraph(escape(proposal.instansi.name), body),
             Paragraph(escape(_title(proposal)), head), Spacer(1, 4 * mm)]
    data = [[Paragraph(escape(h), small) for h in _headers(proposal)]]
    for number, row in enumerate(rows, start=1):
        cells = _cells(number, row)
        cells[5] = f"{cells[5]:.2f}"
        data.append([Paragraph(escape(str(c)), small) for c in cells])
    total = summary(rows)
    data.append([Paragraph(escape(str(c)), small) for c in
                 ["", _("Total"), "", "", "", "", total.needed, total.bezetting, total.shortage,
                  total.excess, total.departures, "", "", "", "", "", total.proposed]])
    widths = [7, 30, 32, 44, 11, 12, 14, 15, 14, 13, 14, 11, 11, 11, 11, 11, 15]  # 276 of 277 mm
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.96)),
        ("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [table, Spacer(1, 6 * mm)]
    story += [Paragraph(escape(text), body) for text in _signatures(proposal)]
    doc.build(story, onFirstPage=_page, onLaterPages=_page)
    return out.getvalue()
