"""The exam card (kartu ujian) as a PDF: photo, registration number, opening, session, room and
seat when the CAT app has set them, and a QR code that opens the public card check."""

import io

from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas as pdfcanvas

from abdi.core.errors import DomainError
from abdi.core.pdf_qr import draw_qr

from ..rules import workflow


def exam_card_pdf(application, *, photo=None, verify_url: str) -> bytes:
    """Only an MS application has a card: the others do not sit the exam."""
    if application.status != workflow.Status.MS:
        raise DomainError(_("The exam card is issued once the application is MS."))
    applicant, opening, selection = application.applicant, application.opening, application.selection
    buffer = io.BytesIO()
    canvas = pdfcanvas.Canvas(buffer, pagesize=A5)
    width, height = A5
    canvas.setTitle(f"Kartu ujian {application.registration_number}")
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawCentredString(width / 2, height - 18 * mm, "KARTU PESERTA UJIAN")
    canvas.setFont("Helvetica", 10)
    canvas.drawCentredString(width / 2, height - 24 * mm, f"{selection.name}")
    canvas.drawCentredString(width / 2, height - 29 * mm, application.instansi.name)
    top = height - 40 * mm
    if photo is not None:
        try:
            canvas.drawImage(ImageReader(photo), 12 * mm, top - 40 * mm, width=30 * mm,
                             height=40 * mm, preserveAspectRatio=True, mask="auto")
        except OSError:  # an unreadable image: the card is still valid without it
            canvas.rect(12 * mm, top - 40 * mm, 30 * mm, 40 * mm)
    else:
        canvas.rect(12 * mm, top - 40 * mm, 30 * mm, 40 * mm)
    lines = [
        ("No. peserta", application.registration_number),
        ("Nama", applicant.name),
        ("Tanggal lahir", applicant.birth_date.strftime("%d-%m-%Y")),
        ("Formasi", opening.title),
        ("Sesi", application.exam_session_label or "-"),
        ("Ruang", application.exam_room or "-"),
        ("Kursi", application.exam_seat or "-"),
    ]
    y = top - 4 * mm
    for label, value in lines:
        canvas.setFont("Helvetica", 9)
        canvas.drawString(48 * mm, y, label)
        canvas.setFont("Helvetica-Bold", 9)
        # Long names and titles wrap inside the page (at most two lines each).
        for part in simpleSplit(str(value), "Helvetica-Bold", 9, width - 84 * mm)[:2]:
            canvas.drawString(72 * mm, y, part)
            y -= 4.5 * mm
        y -= 1.5 * mm
    draw_qr(canvas, verify_url, width - 42 * mm, 14 * mm, 30 * mm)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(12 * mm, 30 * mm, "Bawa kartu ini dan KTP asli saat ujian.")
    canvas.drawString(12 * mm, 25 * mm, "Pindai kode QR untuk memeriksa keaslian kartu:")
    canvas.drawString(12 * mm, 20 * mm, verify_url[:70])
    canvas.drawString(12 * mm, 15 * mm, f"Kode kartu: {application.card_code}")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
