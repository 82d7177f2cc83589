"""Importing task lists of an ABK from XLSX or CSV: a dry run lists every bad row and why, the
commit is all or nothing and replaces the task list of each jabatan the file names.

Hostile files (damaged, zip bombs, binaries renamed .csv, too many rows) are refused by the
shared reader of abdi.transfer.parsing, which never evaluates a formula.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError
from abdi.transfer.parsing import CellError, UploadRejected, UploadTooLarge, key, read_book, text

from ..models import AbkTask
from . import abk as abk_services

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
# Header texts (compared casefolded, spaces squeezed) -> field.
HEADERS = {
    "jabatan": "position", "nama jabatan": "position", "position": "position",
    "uraian tugas": "name", "tugas": "name", "task": "name",
    "satuan hasil": "output_unit", "satuan": "output_unit", "output unit": "output_unit",
    "hasil kerja": "output_unit",
    "volume": "volume", "beban kerja": "volume", "target": "volume",
    "volume per tahun": "volume", "beban kerja per tahun": "volume",
    "periode": "period", "per": "period", "period": "period",
    "norma waktu": "norma_minutes", "norma waktu (menit)": "norma_minutes",
    "waktu penyelesaian": "norma_minutes", "waktu penyelesaian (menit)": "norma_minutes",
    "norma (menit)": "norma_minutes", "minutes": "norma_minutes",
}
REQUIRED = ("position", "name", "output_unit", "volume", "norma_minutes")
PERIOD_WORDS = {"": "tahun", "tahun": "tahun", "tahunan": "tahun", "year": "tahun",
                "bulan": "bulan", "bulanan": "bulan", "month": "bulan",
                "minggu": "minggu", "mingguan": "minggu", "week": "minggu",
                "hari": "hari", "harian": "hari", "day": "hari"}


@dataclass
class ImportResult:
    rows: list[dict] = field(default_factory=list)  # good rows, with "row" and "line"
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, why)
    committed: bool = False

    @property
    def positions(self) -> int:
        return len({row["line"].pk for row in self.rows})


def _header(row) -> dict[str, int] | None:
    index = {}
    for position, cell in enumerate(row):
        name = HEADERS.get(" ".join(str(cell or "").casefold().split()))
        if name and name not in index:
            index[name] = position
    return index if len(index) >= 3 else None


def read_tasks(abk, data: bytes, filename: str) -> ImportResult:
    """Every row checked; nothing is written."""
    if len(data) > MAX_BYTES:
        raise UploadTooLarge(_("The file is larger than 2 MB."))
    book = read_book(data, filename=filename, max_rows=MAX_ROWS)
    sheet = book.sheets[0] if book.sheets else None
    index, start = None, 0
    for number, row in enumerate(sheet.rows[:10] if sheet else []):
        index = _header(row)
        if index:
            start = number + 1
            break
    if not index or any(name not in index for name in REQUIRED):
        raise UploadRejected(_("The first sheet needs the columns Jabatan, Uraian tugas, Satuan "
                               "hasil, Volume and Norma waktu (menit); Periode is optional."))
    lines = {key(line.position_name): line for line in abk.lines.all()}
    result = ImportResult()
    for number, cells in enumerate(sheet.rows[start:], start=start + 1):
        values = {}
        try:
            for name, position in index.items():
                values[name] = text(cells[position]) if position < len(cells) else ""
        except CellError as error:
            result.errors.append((number, str(error)))
            continue
        if not any(values.values()):
            continue
        line = lines.get(key(values["position"]))
        if line is None:
            result.errors.append((number, _("“%(name)s” is not a jabatan of this unit.")
                                  % {"name": values["position"][:80]}))
            continue
        period = PERIOD_WORDS.get(values.get("period", "").casefold().replace("per ", "").strip())
        if period is None:
            result.errors.append((number, _("The period must be tahun, bulan, minggu or hari.")))
            continue
        try:
            task = abk_services.clean_task(name=values["name"], output_unit=values["output_unit"],
                                           volume=values["volume"], period=period,
                                           norma_minutes=values["norma_minutes"])
        except DomainError as error:
            result.errors.append((number, str(error.message)))
            continue
        result.rows.append({"row": number, "line": line, **task})
    if not result.rows and not result.errors:
        raise UploadRejected(_("The file holds no task rows."))
    per_line: dict[int, int] = {}
    for row in result.rows:
        per_line[row["line"].pk] = per_line.get(row["line"].pk, 0) + 1
        if per_line[row["line"].pk] == abk_services.MAX_TASKS_PER_LINE + 1:
            result.errors.append((row["row"], _("A jabatan can have at most %(max)s tasks.")
                                  % {"max": abk_services.MAX_TASKS_PER_LINE}))
    return result


def import_tasks(*, actor, abk, data: bytes, filename: str, version, commit: bool) -> ImportResult:
    """Dry run (commit=False) or all-or-nothing import of a task list."""
    abk_services._require_edit(actor, abk)
    result = read_tasks(abk, data, filename)
    if not commit or result.errors:
        return result
    with transaction.atomic():
        locked = abk_services._locked(type(abk), abk.pk, version)
        touched = {row["line"].pk: row["line"] for row in result.rows}
        AbkTask.objects.filter(line_id__in=touched).delete()
        AbkTask.objects.bulk_create(
            AbkTask(instansi_id=abk.instansi_id, line=row["line"],
                    **{k: v for k, v in row.items() if k not in ("row", "line")})
            for row in result.rows)
        for line in touched.values():
            try:
                abk_services._check_line_load(line, locked.wke_minutes)
            except DomainError as error:
                raise DomainError(_("Jabatan “%(name)s”: %(why)s")
                                  % {"name": line.position_name, "why": error.message}) from None
        abk_services._bump(locked)
        abk_services.recompute(locked)
        record(actor=actor, action=AuditEntry.Action.IMPORT, obj=locked,
               after={"file": filename[:120], "tasks": len(result.rows),
                      "positions": len(touched)},
               unit_id=abk.unit_id, agency_id=abk.agency_id)
    result.committed = True
    return result
