"""Export of a selection's applications for BKPSDM (CSV or XLSX); the NIK is masked."""

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook

from ..rules.eligibility import mask_nik
from .common import require_manager

HEADERS = ("Registration number", "Name", "NIK", "Birth date", "Education", "Major", "Opening",
           "Status", "Reason")


def rows_of(applications):
    for a in applications:
        yield (a.registration_number, a.applicant.name, mask_nik(a.applicant.nik),
               a.applicant.birth_date.isoformat(), a.applicant.education_level, a.applicant.major,
               a.opening.title, a.get_status_display(), a.reason)


def _safe(value):
    """No spreadsheet formula from citizen text (=, +, -, @ at the start)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def export_applications(*, actor, selection, applications, fmt: str) -> tuple[bytes, str]:
    require_manager(actor, selection.instansi_id)
    headers = [_(h) for h in HEADERS]
    if fmt == "xlsx":
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Pelamar")
        sheet.append(headers)
        for row in rows_of(applications):
            sheet.append([_safe(v) for v in row])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    for row in rows_of(applications):
        writer.writerow([_safe(v) for v in row])
    return out.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8"
