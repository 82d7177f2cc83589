"""Exports of the ranking and the signed announcement (a PAdES-signed PDF with its SHA-256 and a QR
code to the public check page)."""

import csv
import hashlib
import io
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.services import record
from abdi.cat import queries
from abdi.cat.models import Announcement
from abdi.tenancy.models import Instansi

from . import signing
from .sessions import _require_manager

HEADER = ["rank", "registration_number", "TWK", "TIU", "TKP", "total", "passed_via", "to_SKB"]


def ranking_rows(opening_ref, formasi: int) -> list[list]:
    ranked, _failed = queries.ranking_of(opening_ref, formasi)
    return [[item.rank, r["registration_number"], r["twk"], r["tiu"], r["tkp"], r["total"], r["passed_via"],
             "yes" if item.forward else "no"] for item, r in ranked]


def ranking_csv(opening_ref, formasi: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(ranking_rows(opening_ref, formasi))
    return out.getvalue()


def ranking_xlsx(opening_ref, formasi: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Peringkat")
    sheet.append(HEADER)
    for row in ranking_rows(opening_ref, formasi):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _pdf(title: str, rows: list[list], code: str, verify_url: str, issued: str) -> bytes:
    import segno
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    height = A4[1]
    y = height - 20 * mm

    def header():
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(15 * mm, height - 15 * mm, _("Announcement of SKD results"))
        pdf.setFont("Helvetica", 9)
        pdf.drawString(15 * mm, height - 21 * mm, title[:110])
        pdf.drawString(15 * mm, height - 26 * mm, f"{issued} · {code}")

    header()
    y = height - 36 * mm
    pdf.setFont("Helvetica-Bold", 8)
    columns = [15, 28, 75, 92, 109, 126, 145, 170]
    for x, label in zip(columns, HEADER, strict=True):
        pdf.drawString(x * mm, y, label)
    pdf.setFont("Helvetica", 8)
    for row in rows:
        y -= 5 * mm
        if y < 40 * mm:
            pdf.showPage()
            header()
            pdf.setFont("Helvetica", 8)
            y = height - 36 * mm
        for x, value in zip(columns, row, strict=True):
            pdf.drawString(x * mm, y, str(value)[:24])
    qr = segno.make(verify_url, error="m")
    size = 28 * mm
    modules = qr.matrix
    drawing = Drawing(size, size)
    step = size / len(modules)
    for r, line in enumerate(modules):
        for c, dark in enumerate(line):
            if dark:
                drawing.add(Rect(c * step, size - (r + 1) * step, step, step, fillColor="black",
                                 strokeColor=None))
    renderPDF.draw(drawing, pdf, 15 * mm, 8 * mm)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(47 * mm, 20 * mm, _("Check this announcement at:"))
    pdf.drawString(47 * mm, 16 * mm, verify_url[:120])
    pdf.save()
    return out.getvalue()


def issue_announcement(*, actor, opening_ref, opening_title: str, formasi: int,
                       verify_url_of) -> Announcement:
    """Freeze the ranking of one opening into a PDF signed with the installation's certificate
    (services/signing.py); the signed bytes, their SHA-256 and a code are kept so anyone can check
    a copy on the public verification page."""
    _require_manager(actor)
    code = secrets.token_hex(6)
    issued = timezone.localtime().strftime("%Y-%m-%d %H:%M %Z")
    government = Instansi.objects.only("name").get(pk=actor.instansi_id).name
    pdf = signing.sign_pdf(_pdf(f"{opening_title} (formasi {formasi})", ranking_rows(opening_ref, formasi),
                                code, verify_url_of(code), issued), location=government)
    with transaction.atomic():
        announcement = Announcement.objects.create(
            instansi_id=actor.instansi_id, opening_ref=opening_ref, opening_title=opening_title[:200],
            code=code, content_hash=hashlib.sha256(pdf).hexdigest(), pdf=pdf,
            issued_by=actor.label[:150])
        record(actor=actor, action="create", obj=announcement,
               after={"opening": opening_title[:100], "sha256": announcement.content_hash})
    return announcement
