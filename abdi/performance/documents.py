"""The SKP and the Dokumen Evaluasi Kinerja Pegawai as PDF, built from plain data (no ORM).

Engine: ReportLab. It is a pure-Python wheel on PyPI (no Cairo, Pango or other system
libraries, unlike WeasyPrint), needs no browser and no network at run time (unlike HTML to
PDF through Chromium), its platypus tables lay out the official multi-column forms and split
long ones across pages, and its built-in Helvetica needs no font files (Indonesian is plain
Latin). The QR code comes from segno, which the accounts app already uses for TOTP, drawn as
vector squares so it stays sharp when printed. Labels are Indonesian: this is the official
layout (PermenPANRB 6/2022; performance.md §2 and §9), not the interface.

`fingerprint` is the document's identity: sha256 of a canonical JSON of what it shows.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from abdi.core.pdf_qr import draw_qr

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
NO_VALUE = "-"
# Shown but not part of the fingerprint: a later promotion or a renamed seat of government does
# not make an issued document false.
UNSIGNED_FIELDS = frozenset({"pangkat", "place"})


def tanggal(day: date | None) -> str:
    """A date the Indonesian way ("20 Januari 2026"), independent of the active language."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else NO_VALUE


def angka(value: Decimal | int | float | None) -> str:
    """A number the Indonesian way: no trailing zeros, a decimal comma ("12", "95,5")."""
    if value is None:
        return NO_VALUE
    text = format(Decimal(value).normalize(), "f")
    return text.replace(".", ",")


@dataclass(frozen=True)
class Person:
    name: str
    nip: str
    pangkat: str = ""
    position: str = ""
    unit: str = ""


@dataclass(frozen=True)
class IndicatorRow:
    aspect: str  # aspek (non-JPT) or perspektif (JPT)
    text: str
    target: str
    realised: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class ResultRow:
    category: str  # "Utama" or "Tambahan"
    text: str
    parent: str
    indicators: tuple[IndicatorRow, ...]
    feedback: tuple[str, ...] = ()


@dataclass(frozen=True)
class BehaviourRow:
    number: int
    name: str
    indicators: tuple[str, ...]
    expectation: str
    feedback: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkpDocument:
    government: str
    jpt: bool
    approach: str
    year: int
    period: str
    revision: int
    employee: Person
    appraiser: Person | None
    results: tuple[ResultRow, ...]
    behaviours: tuple[BehaviourRow, ...]
    lampiran: tuple[tuple[str, tuple[str, ...]], ...]
    place: str
    date: str


@dataclass(frozen=True)
class EvaluationDocument:
    government: str
    jpt: bool
    approach: str
    period: str
    revision: int  # of the SKP it evaluates
    employee: Person
    appraiser: Person | None
    org_predikat: str
    distribution: tuple[str, ...]
    results: tuple[ResultRow, ...]
    result_rating: str
    behaviours: tuple[BehaviourRow, ...]
    behaviour_rating: str
    predikat: str
    place: str
    date: str


def _signed(value):
    if isinstance(value, dict):
        return {k: _signed(v) for k, v in value.items() if k not in UNSIGNED_FIELDS}
    if isinstance(value, list | tuple):
        return [_signed(v) for v in value]
    return value


def canonical_json(document: SkpDocument | EvaluationDocument) -> str:
    data = {"document": type(document).__name__, **_signed(asdict(document))}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(document: SkpDocument | EvaluationDocument) -> str:
    """sha256 of what the document shows: any change of content gives another fingerprint."""
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def short_code(code) -> str:
    """The first eight hex digits of the document's code, for people reading the footer."""
    hexed = str(code).replace("-", "").upper()
    return f"{hexed[:4]}-{hexed[4:8]}"


# ---------------------------------------------------------------- layout

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
FOOTER_HEIGHT = 30 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.HexColor("#444444")
HEAD_BG = colors.HexColor("#e6e6e6")

TEXT = ParagraphStyle("text", fontName="Helvetica", fontSize=8, leading=10)
BOLD = ParagraphStyle("bold", parent=TEXT, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=BOLD, alignment=TA_CENTER)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=12, leading=15, alignment=TA_CENTER)
SUBTITLE = ParagraphStyle("subtitle", parent=BOLD, fontSize=9, leading=11, alignment=TA_CENTER)
SECTION = ParagraphStyle("section", parent=BOLD, fontSize=9, leading=11, spaceBefore=6, spaceAfter=3)


def _p(text, style=TEXT) -> Paragraph:
    return Paragraph(escape(str(text or NO_VALUE)).replace("\n", "<br/>"), style)


def _lines(items: Iterable[str], style=TEXT) -> Paragraph:
    items = [i for i in items if i]
    if not items:
        return _p(NO_VALUE, style)
    return Paragraph("<br/>".join(f"- {escape(i)}" for i in items), style)


def _grid(rows, widths, *, header_rows=1, spans=()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=header_rows)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *list(spans),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG))
    table.setStyle(TableStyle(style))
    return table


def _people(employee: Person, appraiser: Person | None) -> Table:
    """Pegawai yang dinilai and pejabat penilai kinerja side by side, five fields each."""
    appraiser = appraiser or Person(name="", nip="")
    labels = ("NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA")
    rows = [[_p("PEGAWAI YANG DINILAI", BOLD), "", _p("PEJABAT PENILAI KINERJA", BOLD), ""]]
    for label, mine, theirs in zip(labels, _fields(employee), _fields(appraiser), strict=True):
        rows.append([_p(label), _p(mine), _p(label), _p(theirs)])
    quarter = WIDTH / 2
    return _grid(rows, [28 * mm, quarter - 28 * mm, 28 * mm, quarter - 28 * mm],
                 spans=[("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0))])


def _fields(person: Person) -> tuple[str, ...]:
    return (person.name, person.nip, person.pangkat, person.position, person.unit)


def _results_table(results: tuple[ResultRow, ...], *, jpt: bool, evaluation: bool) -> list:
    """Hasil kerja, Utama then Tambahan; one line per indicator, the result spanning its lines."""
    aspect = "PERSPEKTIF" if jpt else "ASPEK"
    flow = []
    for category in ("Utama", "Tambahan"):
        rows_of = [r for r in results if r.category == category]
        flow.append(_p(f"{category.upper()}", BOLD))
        if evaluation:
            header = ["NO", "RHK ATASAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", aspect,
                      "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI BERDASARKAN BUKTI DUKUNG",
                      "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"]
            widths = [7 * mm, 24 * mm, 26 * mm, 15 * mm, 30 * mm, 17 * mm, 30 * mm]
        else:
            header = ["NO", "RHK ATASAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", aspect,
                      "INDIKATOR KINERJA INDIVIDU", "TARGET"]
            widths = [7 * mm, 40 * mm, 42 * mm, 18 * mm, 48 * mm]
        widths.append(WIDTH - sum(widths))
        rows = [[_p(h, HEAD) for h in header]]
        spans = []
        if not rows_of:
            rows.append([_p(NO_VALUE)] + [""] * (len(header) - 1))
            spans.append(("SPAN", (0, 1), (-1, 1)))
        for number, result in enumerate(rows_of, start=1):
            first = len(rows)
            indicators = result.indicators or (IndicatorRow("", "", ""),)
            for line, indicator in enumerate(indicators):
                row = [_p(number) if line == 0 else "",
                       _p(result.parent) if line == 0 else "",
                       _p(result.text) if line == 0 else "",
                       _p(indicator.aspect), _p(indicator.text), _p(indicator.target)]
                if evaluation:
                    realised = indicator.realised
                    if indicator.evidence:
                        realised = f"{realised}\n{indicator.evidence}"
                    row += [_p(realised), _lines(result.feedback) if line == 0 else ""]
                rows.append(row)
            last = len(rows) - 1
            if last > first:
                spans += [("SPAN", (col, first), (col, last)) for col in (0, 1, 2)]
                if evaluation:
                    spans.append(("SPAN", (7, first), (7, last)))
        flow.append(_grid(rows, widths, spans=spans))
        flow.append(Spacer(1, 3 * mm))
    return flow


def _behaviour_table(behaviours: tuple[BehaviourRow, ...], *, evaluation: bool) -> Table:
    header = ["NO", "PERILAKU KERJA (BerAKHLAK)", "EKSPEKTASI KHUSUS PIMPINAN"]
    widths = [7 * mm, 95 * mm]
    if evaluation:
        header.append("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG")
        widths.append(40 * mm)
    widths.insert(2, WIDTH - sum(widths))
    rows = [[_p(h, HEAD) for h in header]]
    for behaviour in behaviours:
        values = Paragraph(f"<b>{escape(behaviour.name)}</b><br/>"
                           + "<br/>".join(f"- {escape(i)}" for i in behaviour.indicators), TEXT)
        row = [_p(behaviour.number), values, _p(behaviour.expectation)]
        if evaluation:
            row.append(_lines(behaviour.feedback))
        rows.append(row)
    return _grid(rows, widths)


def _rating_line(label: str, value: str) -> Table:
    return _grid([[_p(label, BOLD), _p(value or NO_VALUE, BOLD)]], [WIDTH / 2, WIDTH / 2],
                 header_rows=0)


def _signature(place: str, day: str, signers: list[tuple[str, Person | None]]) -> Table:
    """Place and date above the right-hand signer; each block leaves room for the signature."""
    cells = []
    for role, person in signers:
        person = person or Person(name="", nip="")
        cells.append(Paragraph(
            f"{escape(role)}<br/><br/><br/><br/><br/><u>{escape(person.name or NO_VALUE)}</u><br/>"
            f"NIP {escape(person.nip or NO_VALUE)}", TEXT))
    if len(cells) == 1:
        cells.insert(0, "")  # a single signer signs on the right
    heading = [""] * (len(cells) - 1) + [_p(f"{place}, {day}")]
    table = Table([heading, cells], colWidths=[WIDTH / len(cells)] * len(cells))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def _footer(code: str, verify_url: str, government: str):
    def draw(canvas, doc):
        canvas.saveState()
        size = 24 * mm
        draw_qr(canvas, verify_url, MARGIN, 6 * mm, size)
        x = MARGIN + size + 4 * mm
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(x, 24 * mm, f"Kode dokumen: {short_code(code)}")
        canvas.setFont("Helvetica", 7)
        canvas.drawString(x, 20 * mm, "Pindai kode QR atau buka alamat berikut untuk memeriksa bahwa "
                                      "dokumen ini asli dan tidak diubah:")
        canvas.drawString(x, 16.5 * mm, verify_url)
        canvas.drawString(x, 13 * mm, f"Diterbitkan oleh {government} melalui Abdi.")
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 8 * mm, f"Halaman {doc.page}")
        canvas.restoreState()
    return draw


def _build(story: list, *, title: str, government: str, code: str, verify_url: str) -> bytes:
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + FOOTER_HEIGHT - 6 * mm,
                            title=title, author=government, subject=f"Kode dokumen {code}",
                            creator="Abdi", invariant=True)
    footer = _footer(code, verify_url, government)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _heading(title: str, document: SkpDocument | EvaluationDocument) -> list:
    jabatan = ("BAGI PEJABAT PIMPINAN TINGGI" if document.jpt
               else "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")
    return [
        _p(document.government.upper(), SUBTITLE),
        Spacer(1, 2 * mm),
        _p(title, TITLE),
        _p(f"PENDEKATAN HASIL KERJA {document.approach.upper()}", SUBTITLE),
        _p(jabatan, SUBTITLE),
        _p(f"PERIODE: {document.period.upper()}", SUBTITLE),
        Spacer(1, 4 * mm),
        _people(document.employee, document.appraiser),
    ]


def render_skp(document: SkpDocument, *, code: str, verify_url: str) -> bytes:
    """Sasaran Kinerja Pegawai (performance.md §2): header, hasil kerja, perilaku, lampiran."""
    story = _heading("SASARAN KINERJA PEGAWAI", document)
    story.append(_p(f"Revisi ke-{document.revision}", TEXT))
    story.append(_p("HASIL KERJA", SECTION))
    story += _results_table(document.results, jpt=document.jpt, evaluation=False)
    story.append(_p("PERILAKU KERJA", SECTION))
    story.append(_behaviour_table(document.behaviours, evaluation=False))
    story.append(_p("LAMPIRAN SASARAN KINERJA PEGAWAI", SECTION))
    rows = [[_p(label.upper(), BOLD), _lines(items)] for label, items in document.lampiran]
    rows = rows or [[_p(NO_VALUE), _p(NO_VALUE)]]
    story.append(_grid(rows, [50 * mm, WIDTH - 50 * mm], header_rows=0))
    story.append(_signature(document.place, document.date, [
        ("Pegawai yang Dinilai", document.employee),
        ("Pejabat Penilai Kinerja", document.appraiser),
    ]))
    return _build(story, title=f"Sasaran Kinerja Pegawai {document.year}",
                  government=document.government, code=code, verify_url=verify_url)


def render_evaluation(document: EvaluationDocument, *, code: str, verify_url: str) -> bytes:
    """Dokumen Evaluasi Kinerja Pegawai (performance.md §9, items 1 to 10)."""
    story = _heading("EVALUASI KINERJA PEGAWAI", document)
    story.append(Spacer(1, 3 * mm))
    story.append(_grid([
        [_p("CAPAIAN KINERJA ORGANISASI", BOLD), _p(document.org_predikat, BOLD)],
        [_p("POLA DISTRIBUSI", BOLD), _lines(document.distribution)],
    ], [WIDTH / 2, WIDTH / 2], header_rows=0))
    story.append(_p("HASIL KERJA", SECTION))
    story += _results_table(document.results, jpt=document.jpt, evaluation=True)
    story.append(_rating_line("RATING HASIL KERJA", document.result_rating))
    story.append(_p("PERILAKU KERJA", SECTION))
    story.append(_behaviour_table(document.behaviours, evaluation=True))
    story.append(_rating_line("RATING PERILAKU KERJA", document.behaviour_rating))
    story.append(Spacer(1, 3 * mm))
    story.append(_rating_line("PREDIKAT KINERJA PEGAWAI", document.predikat))
    story.append(_signature(document.place, document.date,
                            [("Pejabat Penilai Kinerja", document.appraiser)]))
    return _build(story, title=f"Evaluasi Kinerja Pegawai {document.period}",
                  government=document.government, code=code, verify_url=verify_url)
