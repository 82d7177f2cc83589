"""The official SKM report of one unit and period as a PDF (ReportLab), from the plain payload of
queries.unit_report. Labels are Indonesian: this is the published document, not the interface."""

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


def _date(day) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _num(value) -> str:
    return "-" if value is None else str(value).replace(".", ",")


def build_report_pdf(report: dict, government: str) -> bytes:
    styles = getSampleStyleSheet()
    body, small = styles["BodyText"], styles["BodyText"].clone("small", fontSize=8, leading=10)

    def p(text, style=body):
        return Paragraph(escape(str(text)), style)

    agency = f" ({report['agency']})" if report["agency"] not in ("", report["unit"]) else ""
    story = [
        Paragraph("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", styles["Title"]),
        p(government), p(f"Unit pelayanan: {report['unit']}{agency}"),
        p(f"Periode: {report['period']} ({_date(report['start'])} s.d. {_date(report['end'])})"),
        Spacer(1, 4 * mm),
    ]
    summary = [
        ["Populasi (N)", _num(report["population"])],
        ["Sampel minimum (Krejcie-Morgan)", _num(report["required"])],
        ["Responden diterima", str(report["respondents"])],
        ["IKM unit pelayanan", _num(report["ikm"])],
        ["Mutu pelayanan", f"{report['mutu']} ({report['mutu_label']})" if report["mutu"] else "-"],
    ]
    table = Table(summary, colWidths=[70 * mm, 90 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]))
    story += [table, Spacer(1, 3 * mm)]
    if report["below_sample"]:
        story.append(p("Catatan: jumlah responden belum mencapai sampel minimum; hasil belum "
                       "representatif."))
    if report["legacy"]:
        story.append(p(report["legacy_note"]))
    rows = [["Kode", "Unsur", "Jumlah isian", "NRR", "IKM unsur", "Mutu"]]
    rows += [[u["code"], p(u["name"], small), str(u["count"]), _num(u["nrr"]), _num(u["ikm"]),
              u["mutu"] or "-"] for u in report["unsur"]]
    unsur = Table(rows, colWidths=[12 * mm, 70 * mm, 22 * mm, 18 * mm, 22 * mm, 14 * mm], repeatRows=1)
    unsur.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 3 * mm), Paragraph("Nilai per unsur", styles["Heading3"]), unsur]
    if report["services"]:
        story.append(Paragraph("Jenis layanan", styles["Heading3"]))
        story += [p(f"{s['service__name'] or 'Tidak disebut'}: {s['n']} responden")
                  for s in report["services"]]
    profile = report.get("profile") or {}
    titles = (("sex", "Jenis kelamin"), ("band", "Umur (tahun)"), ("education", "Pendidikan terakhir"),
              ("occupation", "Pekerjaan"))
    if report["respondents"] and profile:
        story.append(Paragraph("Profil responden", styles["Heading3"]))
        story += [p(f"{title}: " + "; ".join(f"{label} {n}" for label, n in profile.get(key, [])), small)
                  for key, title in titles]
    if report["weakest"]:
        story.append(Paragraph("Unsur terendah", styles["Heading3"]))
        story += [p(f"{w['name']}: {_num(w['ikm'])}") for w in report["weakest"]]
    story += [Paragraph("Rencana tindak lanjut", styles["Heading3"]),
              p(report["follow_up"] or "Belum disusun."),
              Paragraph("Metode", styles["Heading3"]), p(report["method"], small)]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=f"SKM {report['unit']} {report['period']}",
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm).build(story)
    return buffer.getvalue()
