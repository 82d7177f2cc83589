"""The back office's export of the cases it may see, as CSV or XLSX (openpyxl, write-only).

Identity columns come from policy.identity_of, the one function deciding who sees a reporter.
"""

import csv
import io

from openpyxl import Workbook

from .. import policy, queries

EXPORT_HEADER = ["tracking", "received_on", "kind", "class", "status", "agency", "category",
                 "location", "description", "anonymous", "confidential", "stage", "stage_due",
                 "reporter_name", "reporter_phone", "reporter_email"]
EXPORT_LIMIT = 10000
NO_IDENTITY = {"name": "", "phone": "", "email": ""}


def _cell(value):
    """Neutralise spreadsheet formulas in citizen text (CSV/formula injection); keep other types."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_rows(desk):
    """The header, then one list per case the desk may see (at most EXPORT_LIMIT, oldest first)."""
    yield EXPORT_HEADER
    cases = queries.visible_cases(desk).order_by("received_at", "id")[:EXPORT_LIMIT]
    for case in cases:
        who = policy.identity_of(desk, case) or NO_IDENTITY
        yield [_cell(value) for value in (
            case.tracking, case.received_on, case.kind, case.case_class, case.status,
            case.agency.name, case.category, case.location, case.description,
            case.is_anonymous, case.is_confidential, case.stage, case.stage_due,
            who["name"], who["phone"], who["email"])]


def export_csv(desk) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in export_rows(desk):
        writer.writerow(["" if value is None else str(value) for value in row])
    return out.getvalue()


def export_xlsx(desk) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("pengaduan")
    for row in export_rows(desk):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
