"""Reading uploaded CSV and XLSX files into rows, and turning cells into python values.

Nothing here evaluates a formula: XLSX cells are read as the values stored in the file (python-
calamine), CSV cells as text. A hostile file (corrupt, a zip bomb, a binary renamed .csv, a
million rows, a 10 MB cell) is refused with a clear, translated message instead of an error.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import python_calamine
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from abdi.core.errors import DomainError

from .columns import Column, Spec

# Excel's own limit for the text of one cell.
MAX_CELL_CHARS = 32_767
# A workbook whose sheets unpack beyond this is refused before it is parsed (zip bomb).
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
# How far down the header row is looked for (a title row above it is common).
HEADER_SEARCH_ROWS = 10
# Spreadsheet programs evaluate cells starting with these (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_EXCEL_EPOCH = date(1899, 12, 30)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"')
_ALLOWED_EXTENSIONS = {"csv", "txt", "xlsx"}


def grouped(number: int) -> str:
    """A count with the thousands separator of the active language (100.000 / 100,000)."""
    return number_format(number, force_grouping=True)


class UploadRejected(DomainError):
    """The file as a whole cannot be read; nothing was stored."""


class UploadTooLarge(UploadRejected):
    status = 413


class CellError(ValueError):
    """One cell cannot be read as its column's type; the message is translated."""


@dataclass
class Sheet:
    name: str
    rows: list[list]  # rows[i] is spreadsheet row i + 1


@dataclass
class Book:
    format: str  # "xlsx" or "csv"
    sheets: list[Sheet]


@dataclass
class Table:
    """A sheet whose header row was recognised for one spec."""

    sheet: str
    spec: Spec
    header_row: int
    index: dict[str, int]  # field -> column position
    headers: dict[str, str]  # field -> header as written in the file
    unknown: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rows: list[tuple[int, list]] = field(default_factory=list)  # (row number, cells)

    def header_of(self, name: str) -> str:
        return self.headers.get(name) or str(self.spec.column(name).label)

    def has(self, name: str) -> bool:
        return name in self.index

    def cells(self, cells: list) -> dict:
        return {name: (cells[i] if i < len(cells) else "") for name, i in self.index.items()}


# ---- the file as a whole ----------------------------------------------------------------


def detect_format(data: bytes, filename: str) -> str:
    """"xlsx" or "csv", from the content; the extension only rules out other kinds of file."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise UploadRejected(_("The file is empty."))
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UploadRejected(_("This is an old Excel file (.xls) or a password-protected "
                               "workbook. Save it as .xlsx without a password, or as .csv, and "
                               "upload it again."))
    if extension and extension not in _ALLOWED_EXTENSIONS:
        raise UploadRejected(_("Only .xlsx and .csv files can be imported."))
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if _looks_like_text(data):
        return "csv"
    raise UploadRejected(_("The file is neither an Excel workbook (.xlsx) nor a CSV text file."))


def _looks_like_text(data: bytes) -> bool:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True  # UTF-16 as written by "Unicode text" exports
    head = data[:65536]
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    return controls <= len(head) // 100


def read_book(data: bytes, *, filename: str, max_rows: int) -> Book:
    fmt = detect_format(data, filename)
    sheets = _read_xlsx(data, max_rows) if fmt == "xlsx" else [_read_csv(data, max_rows)]
    if not any(any(_filled(c) for c in row) for sheet in sheets for row in sheet.rows):
        raise UploadRejected(_("The file holds no rows."))
    return Book(fmt, sheets)


def too_many_rows(max_rows: int) -> UploadRejected:
    return UploadRejected(
        _("The file has more than %(max)s rows. Split it into files of at most %(max)s rows.")
        % {"max": grouped(max_rows)}
    )


def _read_xlsx(data: bytes, max_rows: int) -> list[Sheet]:
    corrupt = UploadRejected(_("The Excel file is damaged or not a real .xlsx workbook. Open "
                               "it in Excel or LibreOffice, save it as .xlsx and try again."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            raise corrupt
        parts = [i for i in archive.infolist() if i.filename.startswith("xl/")]
        if sum(i.file_size for i in parts) > MAX_UNPACKED_BYTES:
            raise UploadRejected(_("The workbook unpacks to more data than can be imported."))
        for info in parts:
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                with archive.open(info) as stream:
                    match = _DIMENSION.search(stream.read(4096))
                if match and int(match[1]) > max_rows + HEADER_SEARCH_ROWS:
                    raise too_many_rows(max_rows)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise corrupt from exc
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for meta in workbook.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            if sheet.height > max_rows + HEADER_SEARCH_ROWS:
                raise too_many_rows(max_rows)
            sheets.append(Sheet(meta.name, sheet.to_python(skip_empty_area=False)))
    except UploadRejected:
        raise
    except Exception as exc:
        raise corrupt from exc
    return sheets


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, else Latin-1."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UploadRejected(_("The text file is not readable.")) from exc
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: comma, semicolon (Indonesian Excel) or tab."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    outside = re.sub(r'"[^"]*"', "", line)
    counts = {sep: outside.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(data: bytes, max_rows: int) -> Sheet:
    text = decode_text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > max_rows + HEADER_SEARCH_ROWS:
                raise too_many_rows(max_rows)
    except csv.Error as exc:
        raise UploadRejected(
            _("Row %(row)s of the CSV file cannot be read (a cell is too long or a quote is "
              "not closed).") % {"row": reader.line_num}
        ) from exc
    return Sheet("CSV", rows)


# ---- finding the header row ------------------------------------------------------------


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def match_table(sheet: Sheet, spec: Spec) -> Table | None:
    """The sheet read with `spec`: the header is the first row naming two known columns."""
    seen = 0
    for position, row in enumerate(sheet.rows):
        if not any(_filled(c) for c in row):
            continue
        seen += 1
        if seen > HEADER_SEARCH_ROWS:
            return None
        table = _header(sheet.name, spec, position + 1, row)
        if table is not None:
            table.rows = [
                (number, cells)
                for number, cells in enumerate(sheet.rows[position + 1:], start=position + 2)
                if any(_filled(c) for c in cells)
            ]
            return table
    return None


def _header(sheet_name: str, spec: Spec, number: int, row: list) -> Table | None:
    index, headers, unknown, duplicates = {}, {}, [], []
    for position, cell in enumerate(row):
        if not _filled(cell):
            continue
        text = str(cell).strip()[:100]
        column = spec.match(text)
        if column is None:
            unknown.append(text)
        elif column.field in index:
            duplicates.append(text)
        else:
            index[column.field] = position
            headers[column.field] = text
    if len(index) < 2:
        return None
    return Table(sheet_name, spec, number, index, headers, unknown, duplicates)


def score(table: Table | None) -> float:
    """How well a table fits its spec: share of required columns found, then of all."""
    if table is None:
        return 0.0
    required = [c.field for c in table.spec.columns if c.required]
    found = sum(1 for name in required if name in table.index)
    return found / len(required) + len(table.index) / 100


# ---- cells -------------------------------------------------------------------------------


def text(value, column: Column | None = None) -> str:
    """A cell as clean text. A leading apostrophe that guarded a formula sign is dropped."""
    if value is None or (isinstance(value, str) and not value):
        return ""
    if isinstance(value, bool):
        result = "1" if value else "0"
    elif isinstance(value, float) and value.is_integer():
        result = str(int(value))
    elif isinstance(value, datetime):
        result = value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    elif isinstance(value, date):
        result = value.isoformat()
    else:
        result = str(value)
    if len(result) > MAX_CELL_CHARS:
        raise CellError(_("The cell holds %(count)s characters; at most %(max)s are read.")
                        % {"count": grouped(len(result)), "max": grouped(MAX_CELL_CHARS)})
    result = " ".join(_CONTROL.sub(" ", result).split())
    if len(result) > 1 and result[0] == "'" and result[1] in FORMULA_PREFIXES:
        result = result[1:]
    if column is not None and column.max_length and len(result) > column.max_length:
        raise CellError(_("Too long: at most %(max)s characters, this has %(count)s.")
                        % {"max": column.max_length, "count": grouped(len(result))})
    return result


_SCIENTIFIC = re.compile(r"[0-9.,]+[eE]\+?[0-9]+")


def number_text(value, column: Column) -> str:
    """A long identifier (NIP, NIK) that must keep every digit."""
    lost = CellError(_("Excel stored this number as a number and dropped its last digits. "
                       "Format the column as Text and type the number again."))
    if isinstance(value, float | int) and not isinstance(value, bool):
        if abs(value) >= 1e15:
            raise lost
        return text(value, column)
    result = text(value)
    if _SCIENTIFIC.fullmatch(result):
        raise lost
    result = "".join(result.split())
    if column.max_length and len(result) > column.max_length:
        raise CellError(_("Too long: at most %(max)s characters, this has %(count)s.")
                        % {"max": column.max_length, "count": grouped(len(result))})
    return result


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_date(value) -> date | None:
    """Real Excel dates, Excel day numbers, or text YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, float | int) and not isinstance(value, bool):
        if not 1 <= value <= 73050:  # day numbers of 1900-01-01 … 2099-12-31
            raise _bad_date(value)
        result = _EXCEL_EPOCH + timedelta(days=int(value))
    else:
        raw = text(value)
        candidate = raw.split(" ")[0] if re.fullmatch(r"\S+ 0?0:00(:00)?", raw) else raw
        for pattern in _DATE_FORMATS:
            try:
                result = datetime.strptime(candidate, pattern).date()
                break
            except ValueError:
                continue
        else:
            raise _bad_date(raw)
    if not 1900 <= result.year <= 2099:
        raise _bad_date(value)
    return result


def _bad_date(value) -> CellError:
    shown = str(value)[:40]
    return CellError(_("“%(value)s” is not a date; write it as YYYY-MM-DD, DD-MM-YYYY or "
                       "DD/MM/YYYY.") % {"value": shown})


def parse_int(value, *, low: int, high: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = text(value) if not isinstance(value, int) or isinstance(value, bool) else value
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise CellError(_("“%(value)s” is not a whole number.") % {"value": str(raw)[:40]}) \
            from None
    if not low <= number <= high:
        raise CellError(_("Must be a whole number from %(low)s to %(high)s.")
                        % {"low": low, "high": high})
    return number


_TRUE = {"1", "y", "ya", "yes", "true", "benar", "x", "v", "kepala"}
_FALSE = {"", "0", "n", "t", "tidak", "no", "false", "salah", "bukan", "-"}


def parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    raw = text(value).casefold()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise CellError(_("Write Ya or Tidak (yes or no)."))


def key(value: str) -> str:
    """A lookup key for codes and names: case and spacing do not matter."""
    return " ".join(value.casefold().split()) if value else ""
