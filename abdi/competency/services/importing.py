"""Importing assessment results from an assessment centre (XLSX or CSV).

One row per employee: NIP, date, assessor, optional institution and potential score, then one
column per competency code (M1..M8, SK1, and the government's technical codes). A dry run
reports every bad row and why; the commit is all or nothing. Hostile files (damaged, zip bombs,
binaries renamed .csv, too many rows) are refused by abdi.transfer.parsing.read_book.
"""

import contextlib
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError, Forbidden
from abdi.people.models import Employee
from abdi.transfer.parsing import (
    CellError,
    UploadRejected,
    UploadTooLarge,
    key,
    parse_date,
    read_book,
    text,
)

from .. import policy, queries
from .assessments import _build, _save, clean_header, clean_levels, clean_potential

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
HEADERS = {
    "nip": "nip", "tanggal": "date", "tanggal asesmen": "date", "tanggal penilaian": "date",
    "date": "date", "asesor": "assessor", "assessor": "assessor", "penilai": "assessor",
    "lembaga": "institution", "institution": "institution", "assessment centre": "institution",
    "potensi": "potential", "nilai potensi": "potential", "potential": "potential",
}
REQUIRED = ("nip", "date", "assessor")


@dataclass
class ImportResult:
    rows: list[dict] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    committed: bool = False


def _header(row, known) -> tuple[dict[str, int], dict[str, int], list[str]] | None:
    fields, codes, unknown = {}, {}, []
    for position, cell in enumerate(row):
        raw = " ".join(str(cell or "").split())
        name = HEADERS.get(raw.casefold())
        if name:
            fields.setdefault(name, position)
        elif raw.upper() in known:
            codes.setdefault(raw.upper(), position)
        elif raw:
            unknown.append(raw[:30])
    if not all(name in fields for name in REQUIRED):
        return None
    return fields, codes, unknown


def read_assessments(actor, data: bytes, filename: str) -> ImportResult:
    """Every row checked; nothing is written."""
    if len(data) > MAX_BYTES:
        raise UploadTooLarge(_("The file is larger than 2 MB."))
    book = read_book(data, filename=filename, max_rows=MAX_ROWS)
    sheet = book.sheets[0] if book.sheets else None
    known = queries.known_codes()
    found, start = None, 0
    for number, row in enumerate(sheet.rows[:10] if sheet else []):
        found = _header(row, known)
        if found:
            start = number + 1
            break
    if not found:
        raise UploadRejected(_("The first sheet needs the columns NIP, Tanggal and Asesor, then "
                               "one column per competency code (M1 … M8, SK1)."))
    fields, codes, unknown = found
    if unknown:
        raise UploadRejected(_("Unknown competency columns: %(names)s. Use the codes M1 … M8, "
                               "SK1 or a technical competency of this government.")
                             % {"names": ", ".join(unknown[:10])})
    if not codes:
        raise UploadRejected(_("The file has no competency columns."))
    nips = set()
    for cells in sheet.rows[start:]:
        position = fields["nip"]
        if position < len(cells):
            with contextlib.suppress(CellError):
                nips.add(text(cells[position]))
    employees = {e.nip: e for e in Employee.objects.filter(nip__in=nips)
                 .select_related("position")}
    required = queries.required_levels_of_many(list(employees.values()))
    result, seen = ImportResult(), {}
    for number, cells in enumerate(sheet.rows[start:], start=start + 1):
        def cell(position, cells=cells):
            return cells[position] if position < len(cells) else ""
        try:
            nip = text(cell(fields["nip"]))
            if not nip and not any(text(c) for c in cells):
                continue
            employee = employees.get(nip)
            if employee is None:
                raise DomainError(_("NIP “%(nip)s” is not an employee of this government.")
                                  % {"nip": nip[:20]})
            if not policy.can_record_assessment(actor, employee):
                raise DomainError(_("You may not record results of this employee."))
            if key(nip) in seen:
                raise DomainError(_("This NIP is already on row %(row)s.") % {"row": seen[key(nip)]})
            date, assessor = clean_header(parse_date(cell(fields["date"])),
                                          text(cell(fields["assessor"])))
            levels = clean_levels({c: text(cell(p)) for c, p in codes.items()}, known)
            potential = clean_potential(text(cell(fields["potential"]))
                                        if "potential" in fields else None)
            institution = text(cell(fields["institution"])) if "institution" in fields else ""
        except CellError as error:
            result.errors.append((number, str(error)))
            continue
        except DomainError as error:
            result.errors.append((number, str(error.message)))
            continue
        seen[key(nip)] = number
        result.rows.append({"row": number, "employee": employee, "date": date,
                            "assessor": assessor, "institution": institution,
                            "potential": potential, "levels": levels,
                            "required": required[employee.pk]})
    if not result.rows and not result.errors:
        raise UploadRejected(_("The file holds no assessment rows."))
    return result


def import_assessments(*, actor, data: bytes, filename: str, commit: bool) -> ImportResult:
    """Dry run (commit=False) or all-or-nothing import."""
    if not policy.can_import(actor):
        raise Forbidden(_("Only BKPSDM imports assessment results."))
    result = read_assessments(actor, data, filename)
    if not commit or result.errors:
        return result
    with transaction.atomic():
        pairs = [_build(row["employee"], date=row["date"], assessor=row["assessor"],
                        institution=row["institution"], potential=row["potential"],
                        levels=row["levels"], required=row["required"], source="import")
                 for row in result.rows]
        _save(pairs)
        record(actor=actor, action=AuditEntry.Action.IMPORT, obj=pairs[0][0],
               after={"file": filename[:120], "assessments": len(pairs)})
    result.committed = True
    return result
