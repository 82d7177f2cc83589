"""The succession plan as a PDF for the promotion committee (ReportLab)."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


def plan_pdf(plan, candidates) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title=_("Succession plan"))
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    story = [Paragraph(_("Succession plan (rencana suksesi)"), styles["Title"]),
             Paragraph(f"{plan.position.name} - {plan.position.unit.name}", styles["Heading2"]),
             Paragraph(_("Talent year %(year)s, printed %(date)s. Confidential: for the promotion "
                         "committee only.") % {"year": plan.year,
                                               "date": timezone.localdate().isoformat()}, cell),
             Spacer(1, 6 * mm)]
    rows = [[_("Rank"), _("Name"), "NIP", _("Current position"), _("Evidence"), _("Ready"),
             _("Reason for the order")]]
    for c in candidates:
        rows.append([str(c.rank), Paragraph(c.employee.name, cell), c.employee.nip,
                     Paragraph(c.employee.position.name if c.employee.position else "-", cell),
                     Paragraph("; ".join(c.evidence), cell), _("yes") if c.ready else "-",
                     Paragraph(c.reason or "-", cell)])
    if len(rows) == 1:
        rows.append(["-", _("No candidate in boxes 7 to 9."), "", "", "", "", ""])
    table = Table(rows, colWidths=[12 * mm, 45 * mm, 38 * mm, 50 * mm, 70 * mm, 14 * mm, 38 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    doc.build(story)
    return buffer.getvalue()
