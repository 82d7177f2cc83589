"""The payroll sheet of one monthly TPP run for one perangkat daerah, as XLSX and as PDF.

`payroll_sheet` reads what the run stored (three queries, whatever the number of slips) into
plain data; `sheet_xlsx` and `sheet_pdf` lay that data out. A run that is not locked says so in
its header and on every printed page, so a draft printout is never taken for the payroll.
XLSX keeps amounts as numbers (Rupiah format); the PDF writes them the Indonesian way (dots).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from abdi.core.errors import DomainError, Forbidden, NotFound
from abdi.org.models import Unit

from .. import policy
from ..models import TppRun, TppSlip
from ..rules.schedules import Share
from ..rules.tpp import Step

MAX_ID = 2**63 - 1
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Text a spreadsheet would run as a formula gets a leading apostrophe (as transfer/exports.py).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
RUPIAH_FORMAT = '"Rp" #,##0'
PERCENT_FORMAT = "0.00"


@dataclass(frozen=True)
class SheetRow:
    number: int
    name: str
    nip: str
    kelas_jabatan: int | None
    pagu: int | None  # None while the slip waits for data
    achievement_percent: Decimal | None
    disiplin_percent: Decimal | None
    amount: int | None
    remark: str  # why the slip waits for data; empty when it was computed


@dataclass(frozen=True)
class PayrollSheet:
    government: str
    agency: str
    agency_code: str
    year: int
    month: int
    revision: int
    reason: str
    locked: bool
    status: str  # "LOCKED", or the draft marker
    rules: str
    rows: tuple[SheetRow, ...]
    total_pagu: int
    total_amount: int
    printed_at: str

    @property
    def period(self) -> str:
        return f"{MONTHS[self.month]} {self.year}"


# ---------------------------------------------------------------- what the sheet shows


def disiplin_deduction_percent(lines: Iterable[dict]) -> Decimal:
    """pot_pct of §4.1 from a slip's stored lines: the disiplin deductions (rate x count) added
    up, held at the cap when a cap line shows the cap applied (as views/display.py totals it)."""
    rate, caps = Decimal(0), []
    for line in lines:
        if line.get("share") != Share.DISIPLIN or line.get("percent") is None:
            continue
        if line.get("step") == Step.DEDUCTION:
            count = line.get("count")
            rate += Decimal(line["percent"]) * (count if count is not None else 1)
        elif line.get("step") == Step.CAP:
            caps.append(Decimal(line["percent"]))
    return min([rate, *caps])


def may_export(actor, instansi_id: int, agency_id: int) -> bool:
    """The sheet of one agency: the BKPSDM admin of the government, or that agency's admin."""
    if policy.can_run_payroll(actor, instansi_id):
        return True
    return bool(actor.is_authenticated and actor.instansi_id == instansi_id
                and agency_id in actor.agency_ids)


def _status(run: TppRun) -> str:
    if run.is_locked:
        return _("LOCKED")
    draft = _("DRAFT – not locked")  # noqa: RUF001 - the marker's en dash, as printed
    if run.status != TppRun.Status.DONE:
        return f"{draft} ({run.get_status_display()})"
    return draft


def _row(number: int, slip: TppSlip, remark: Callable[[str], str]) -> SheetRow:
    employee = slip.employee
    computed = not slip.pending
    return SheetRow(
        number=number, name=employee.full_name, nip=employee.nip, kelas_jabatan=slip.kelas_jabatan,
        pagu=slip.pagu if computed else None,
        achievement_percent=slip.achievement_percent if computed else None,
        disiplin_percent=disiplin_deduction_percent(slip.lines) if computed else None,
        amount=slip.amount if computed else None,
        remark=remark(slip.pending) if slip.pending else "")


def payroll_sheet(*, actor, run_id: int, agency_id: int,
                  remark: Callable[[str], str] = str) -> PayrollSheet:
    """The sheet of run `run_id` for perangkat daerah `agency_id`, inside the request's scope.

    NotFound for a run or unit the actor's government does not have (the scope hides other
    governments), Forbidden for who may not export it, DomainError for a unit with no slip in
    the run. `remark` words a pending code for the reader.
    """
    run = (TppRun.objects.select_related("rule_set", "instansi").filter(pk=run_id).first()
           if 0 < run_id <= MAX_ID else None)
    agency = (Unit.objects.only("id", "instansi_id", "name", "code").filter(pk=agency_id).first()
              if 0 < agency_id <= MAX_ID else None)
    if run is None or agency is None or actor.instansi_id != run.instansi_id:
        raise NotFound(_("Not found."))
    if not may_export(actor, run.instansi_id, agency.pk):
        raise Forbidden(_("Only the BKPSDM admin, or the admin of this perangkat daerah, may "
                          "export its TPP."))
    slips = list(
        TppSlip.objects.filter(run=run, agency_id=agency.pk).select_related("employee")
        .only("id", "run_id", "instansi_id", "agency_id", "kelas_jabatan", "pagu", "amount",
              "pending", "achievement_percent", "lines", "employee__name", "employee__nip",
              "employee__front_title", "employee__back_title")
        .order_by("employee__name", "id"))
    if not slips:
        raise DomainError(_("%(unit)s is not a perangkat daerah of this TPP run.") % {"unit": agency.name})
    rows = tuple(_row(number, slip, remark) for number, slip in enumerate(slips, start=1))
    instansi = run.instansi
    now = timezone.localtime(timezone.now(), instansi.zone)
    return PayrollSheet(
        government=instansi.name, agency=agency.name, agency_code=agency.code, year=run.year,
        month=run.month, revision=run.revision, reason=run.reason, locked=run.is_locked,
        status=_status(run), rules=run.rule_set.name, rows=rows,
        total_pagu=sum(r.pagu or 0 for r in rows), total_amount=sum(r.amount or 0 for r in rows),
        printed_at=f"{now:%Y-%m-%d %H:%M} {instansi.zone_label}")


def file_name(sheet: PayrollSheet, extension: str) -> str:
    """TPP-2025-03-r1-disdik.xlsx: month, revision and agency; a draft says so in its name."""
    agency = slugify(sheet.agency_code) or "perangkat-daerah"
    draft = "" if sheet.locked else "-draft"
    return f"TPP-{sheet.year}-{sheet.month:02d}-r{sheet.revision}-{agency}{draft}.{extension}"


def _headings() -> list[str]:
    return [_("No."), _("Name"), "NIP", _("Kelas jabatan"), _("Pagu TPP"),
            _("Capaian produktivitas %"), _("Disiplin deductions %"), _("TPP received (Rp)"),
            _("Remarks")]


def _revision(sheet: PayrollSheet) -> str:
    revision = _("Revision %(revision)s") % {"revision": sheet.revision}
    return f"{revision}: {sheet.reason}" if sheet.reason else revision


def _header_lines(sheet: PayrollSheet) -> list[tuple[str, bool]]:
    """The lines above the table, each with whether it is bold (the status is)."""
    return [
        (f"{_('Perangkat daerah')}: {sheet.agency}", False),
        (f"{_('Month')}: {sheet.period}", False),
        (_revision(sheet), False),
        (f"{_('Status')}: {sheet.status}", True),
        (f"{_('Rules')}: {sheet.rules}", False),
    ]


# ---------------------------------------------------------------- XLSX


def _safe(value):
    """A cell value no spreadsheet will evaluate (formula injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _cell(worksheet, value, *, number_format: str | None = None, bold: bool = False):
    cell = WriteOnlyCell(worksheet, value=_safe(value))
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = Font(bold=True)
    return cell


def _number(value) -> float | int | None:
    return float(value) if isinstance(value, Decimal) else value


def sheet_xlsx(sheet: PayrollSheet) -> bytes:
    """One worksheet: the header lines, the table (header row frozen and printed on every
    page) and a total row; landscape A4, the status in every printed page's header."""
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=f"TPP {sheet.year}-{sheet.month:02d}")
    header = _header_lines(sheet)
    table_row = len(header) + 4  # government, title, the header lines, an empty row
    worksheet.freeze_panes = f"A{table_row + 1}"
    worksheet.print_title_rows = f"{table_row}:{table_row}"
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    worksheet.oddHeader.center.text = sheet.status
    worksheet.oddFooter.right.text = "&P / &N"
    for letter, width in zip("ABCDEFGHI", (6, 36, 22, 10, 16, 14, 14, 16, 36), strict=True):
        worksheet.column_dimensions[letter].width = width

    worksheet.append([_cell(worksheet, sheet.government, bold=True)])
    worksheet.append([_cell(worksheet, _("TPP payroll sheet"), bold=True)])
    for line, bold in header:
        worksheet.append([_cell(worksheet, line, bold=bold)])
    worksheet.append([])
    worksheet.append([_cell(worksheet, h, bold=True) for h in _headings()])
    for row in sheet.rows:
        worksheet.append([
            row.number, _cell(worksheet, row.name), _cell(worksheet, row.nip), row.kelas_jabatan,
            _cell(worksheet, row.pagu, number_format=RUPIAH_FORMAT),
            _cell(worksheet, _number(row.achievement_percent), number_format=PERCENT_FORMAT),
            _cell(worksheet, _number(row.disiplin_percent), number_format=PERCENT_FORMAT),
            _cell(worksheet, row.amount, number_format=RUPIAH_FORMAT),
            _cell(worksheet, row.remark),
        ])
    worksheet.append([
        None, _cell(worksheet, _("Total"), bold=True), None, None,
        _cell(worksheet, sheet.total_pagu, number_format=RUPIAH_FORMAT, bold=True),
        None, None, _cell(worksheet, sheet.total_amount, number_format=RUPIAH_FORMAT, bold=True),
    ])
    stream = BytesIO()
    workbook.save(stream)
    return stream.getvalue()


# ---------------------------------------------------------------- PDF

PAGE_SIZE = landscape(A4)
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
MARGIN = 12 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.HexColor("#444444")
HEAD_BG = colors.HexColor("#e6e6e6")
WATERMARK = colors.HexColor("#e0e0e0")

TEXT = ParagraphStyle("text", fontName="Helvetica", fontSize=8, leading=10)
NUMBER = ParagraphStyle("number", parent=TEXT, alignment=2)  # right-aligned
BOLD = ParagraphStyle("bold", parent=TEXT, fontName="Helvetica-Bold")
BOLD_NUMBER = ParagraphStyle("bold_number", parent=BOLD, alignment=2)
HEAD = ParagraphStyle("head", parent=BOLD, alignment=TA_CENTER)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=12, leading=15, alignment=TA_CENTER)
SUBTITLE = ParagraphStyle("subtitle", parent=BOLD, fontSize=9, leading=11, alignment=TA_CENTER)
MARKER = ParagraphStyle("marker", parent=SUBTITLE, fontSize=11, leading=14, textColor=colors.darkred)
COLUMNS = (10 * mm, 62 * mm, 38 * mm, 16 * mm, 30 * mm, 22 * mm, 22 * mm, 32 * mm)


def ribuan(amount: int | None) -> str:
    """Whole Rupiah with dots between thousands (4.680.000)."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".")


def angka(value: Decimal | None) -> str:
    """A percentage without trailing zeros and with a decimal comma (92,5)."""
    if value is None:
        return ""
    value = value.normalize()
    if value == value.to_integral():
        value = value.quantize(Decimal(1))
    return format(value, "f").replace(".", ",")


def _p(text, style=TEXT) -> Paragraph:
    return Paragraph(escape(str(text if text is not None else "")), style)


def _table(sheet: PayrollSheet) -> Table:
    widths = [*COLUMNS, WIDTH - sum(COLUMNS)]
    rows = [[_p(h, HEAD) for h in _headings()]]
    for row in sheet.rows:
        rows.append([_p(row.number, NUMBER), _p(row.name), _p(row.nip), _p(row.kelas_jabatan, NUMBER),
                     _p(ribuan(row.pagu), NUMBER), _p(angka(row.achievement_percent), NUMBER),
                     _p(angka(row.disiplin_percent), NUMBER), _p(ribuan(row.amount), NUMBER),
                     _p(row.remark)])
    rows.append([_p(_("Total"), BOLD), "", "", "", _p(ribuan(sheet.total_pagu), BOLD_NUMBER), "", "",
                 _p(ribuan(sheet.total_amount), BOLD_NUMBER), ""])
    last = len(rows) - 1
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("BACKGROUND", (0, last), (-1, last), HEAD_BG),
        ("SPAN", (0, last), (3, last)),
    ]))
    return table


def _page(sheet: PayrollSheet):
    """Every page: a DRAFT watermark while the run is not locked, and a footer naming the
    sheet, its status and the page."""
    def draw(canvas, doc):
        if not sheet.locked:
            canvas.saveState()
            canvas.setFillColor(WATERMARK)
            canvas.setFont("Helvetica-Bold", 110)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(30)
            canvas.drawCentredString(0, -40, "DRAFT")
            canvas.restoreState()
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        revision = _("Revision %(revision)s") % {"revision": sheet.revision}
        canvas.drawString(MARGIN, 7 * mm, f"{sheet.agency} · {sheet.period} · {revision} · {sheet.status}")
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 7 * mm, " · ".join([
            _("Printed %(when)s") % {"when": sheet.printed_at},
            _("Page %(page)s") % {"page": doc.page}]))
        canvas.restoreState()
    return draw


def sheet_pdf(sheet: PayrollSheet) -> bytes:
    """Landscape A4: the government, the title, the header lines, the table whose header row
    repeats on every page, and the total row."""
    story = [
        _p(sheet.government.upper(), SUBTITLE),
        Spacer(1, 2 * mm),
        _p(_("TPP payroll sheet").upper(), TITLE),
        _p(sheet.agency.upper(), SUBTITLE),
        _p(f"{sheet.period} · {_revision(sheet)}", SUBTITLE),
        _p(sheet.status, SUBTITLE if sheet.locked else MARKER),
        _p(f"{_('Rules')}: {sheet.rules}", SUBTITLE),
        Spacer(1, 3 * mm),
        _table(sheet),
    ]
    buffer = BytesIO()
    title = f"{_('TPP payroll sheet')} {sheet.agency} {sheet.period}"
    doc = SimpleDocTemplate(buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 3 * mm, title=title,
                            author=sheet.government, subject=sheet.status, creator="Abdi")
    page = _page(sheet)
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()
