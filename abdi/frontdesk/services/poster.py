"""A counter's QR code: SVG for the printable page and a one-page A4 PDF poster (ReportLab), both
from segno, drawn as vector squares so the code stays sharp on paper."""

from io import BytesIO

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from abdi.core.pdf_qr import draw_qr


def qr_data_uri(url: str) -> str:
    """The QR code as an SVG data URI for an <img> (the CSP allows data: images, no |safe)."""
    return segno.make(url, error="m").svg_data_uri(scale=8, border=2)


def _centred(canvas, text: str, y: float, size: int, font="Helvetica") -> None:
    canvas.setFont(font, size)
    width = A4[0]
    while canvas.stringWidth(text, font, size) > width - 30 * mm and size > 8:
        size -= 1
        canvas.setFont(font, size)
    canvas.drawCentredString(width / 2, y, text)


def poster_pdf(*, url: str, government: str, unit: str, counter: str) -> bytes:
    """One A4 page: title, the unit and counter, a large QR code, the link written out."""
    buffer = BytesIO()
    canvas = pdf_canvas.Canvas(buffer, pagesize=A4)
    canvas.setTitle(f"QR SKM {unit} {counter}")
    width, height = A4
    _centred(canvas, government, height - 25 * mm, 14)
    _centred(canvas, "SURVEI KEPUASAN MASYARAKAT", height - 45 * mm, 24, "Helvetica-Bold")
    _centred(canvas, unit, height - 58 * mm, 16, "Helvetica-Bold")
    _centred(canvas, counter, height - 68 * mm, 14)
    size = 120 * mm
    draw_qr(canvas, url, (width - size) / 2, height - 75 * mm - size, size)
    _centred(canvas, "Pindai kode QR dengan ponsel Anda, isi survei (± 2 menit).",
             height - 205 * mm, 13)
    _centred(canvas, "Tanpa akun, tanpa nama. Pendapat Anda membantu kami memperbaiki layanan.",
             height - 213 * mm, 11)
    _centred(canvas, url, height - 225 * mm, 10, "Courier")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
