"""XLSX exports of the directory and the organisation, and the import templates.

Exports stream rows from the database into the XLSX bytes as they are read (xlsx.py: constant
memory for 100,000 rows). Text that a spreadsheet would run as a formula (= + - @) gets a
leading apostrophe; the import drops that apostrophe again, so an export re-imports unchanged.
Templates are small and made with openpyxl (formats, pick lists).
"""

import tempfile

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from abdi.org.models import Position, Unit
from abdi.people import policy
from abdi.people.choices import EmployeeKind, EmployeeStatus, JobKind, JobLevel
from abdi.people.queries import directory

from . import xlsx
from .columns import EMPLOYEES, POSITIONS, UNITS
from .parsing import FORMULA_PREFIXES

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe(value):
    """A cell value no spreadsheet will evaluate (CSV/formula injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _save(workbook):
    """The workbook in an anonymous temporary file, rewound for streaming."""
    stream = tempfile.TemporaryFile()  # noqa: SIM115 - the response closes it
    workbook.save(stream)
    stream.seek(0)
    return stream


# ---- employees -------------------------------------------------------------------------


def employee_columns(actor) -> list[tuple[str, str]]:
    """(header, database column) in the export's order; NIK only for those who may see it."""
    label = {c.field: str(c.label) for c in EMPLOYEES.columns}
    columns = [
        (label["nip"], "nip"), (label["name"], "name"), (label["front_title"], "front_title"),
        (label["back_title"], "back_title"), (label["birth_place"], "birth_place"),
        (label["birth_date"], "birth_date"), (label["gender"], "gender"),
        (label["kind"], "kind"), (label["grade"], "grade"), (label["tmt_grade"], "tmt_grade"),
        (label["tmt_cpns"], "tmt_cpns"), (label["unit"], "unit__code"),
        (_("Unit"), "unit__name"), (_("Perangkat daerah"), "agency__name"),
        (label["position"], "position__name"), (_("Kind of position"), "job_kind"),
        (label["tmt_position"], "tmt_position"), (label["status"], "status"),
        (label["education_level"], "education_level"), (label["email"], "email"),
        (label["phone"], "phone"), (_("Retirement (TMT pensiun)"), "retirement_date"),
        (label["contract_ends_on"], "contract_ends_on"),
    ]
    if policy.export_includes_personal_data(actor):
        columns.append((label["nik"], "nik"))
    return columns


def export_employees(actor, filters: dict):
    """The directory rows the actor sees, with the same filters, as streamed XLSX bytes."""
    columns = employee_columns(actor)
    fields = [name for _header, name in columns]
    status = {value: str(label) for value, label in EmployeeStatus.choices}
    job_kinds = {value: str(label) for value, label in JobKind.choices}
    status_at, job_kind_at = fields.index("status"), fields.index("job_kind")
    # Built now, inside the request's government scope; read while the file streams.
    rows = directory(actor, **filters).values_list(*fields).iterator(chunk_size=2000)

    def cells():
        for row in rows:
            row = list(row)
            row[status_at] = status.get(row[status_at], row[status_at])
            row[job_kind_at] = job_kinds.get(row[job_kind_at], row[job_kind_at])
            yield [safe(value) for value in row]

    return xlsx.stream([xlsx.Sheet(_("Employees"), [h for h, _name in columns], cells())])


def export_organisation(actor):
    """Units and positions of the government, in the layout the organisation import reads."""
    unit_kinds = {value: str(label) for value, label in Unit.Kind.choices}
    levels = {value: str(label) for value, label in JobLevel.choices}
    job_kinds = {value: str(label) for value, label in JobKind.choices}
    groups = {value: str(label) for value, label in Position.PelaksanaGroup.choices}
    yes, no = _("Yes"), _("No")
    units = (Unit.objects.order_by("path")
             .values_list("code", "name", "kind", "parent__code", "short_name", "sort_order",
                          "address").iterator(chunk_size=2000))
    positions = (Position.objects.order_by("unit__path", "-is_head", "name")
                 .values_list("unit__code", "name", "kind", "level", "kelas_jabatan", "is_head",
                              "pelaksana_group", "eselon").iterator(chunk_size=2000))

    def unit_rows():
        for code, name, kind, parent, short, order, address in units:
            yield [safe(v) for v in (code, name, unit_kinds.get(kind, kind), parent or "",
                                     short, order, address)]

    def position_rows():
        for code, name, kind, level, kelas, head, group, eselon in positions:
            yield [safe(v) for v in (code, name, job_kinds.get(kind, kind),
                                     levels.get(level, level), kelas, yes if head else no,
                                     groups.get(group, group), eselon)]

    return xlsx.stream([
        xlsx.Sheet(_("Units"), [str(c.label) for c in UNITS.columns], unit_rows()),
        xlsx.Sheet(_("Positions"), [str(c.label) for c in POSITIONS.columns], position_rows()),
    ])


# ---- templates -------------------------------------------------------------------------


def _instructions(workbook, lines: list[str]) -> None:
    sheet = workbook.create_sheet(title=_("Instructions")[:31])
    sheet.column_dimensions["A"].width = 110
    for line in lines:
        sheet.append([line])
    sheet["A1"].font = Font(bold=True)


def _header_row(sheet, columns) -> None:
    sheet.append([c.header for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"


def _column_format(sheet, position: int, number_format: str, width: int = 14) -> None:
    letter = sheet.cell(row=1, column=position + 1).column_letter
    sheet.column_dimensions[letter].number_format = number_format
    sheet.column_dimensions[letter].width = width
    for row in range(2, 502):  # typed-in cells keep their text; Excel applies it per cell
        sheet.cell(row=row, column=position + 1).number_format = number_format


def _choice_list(sheet, position: int, values) -> None:
    letter = sheet.cell(row=1, column=position + 1).column_letter
    validation = DataValidation(type="list", formula1='"' + ",".join(values) + '"',
                                allow_blank=True)
    validation.add(f"{letter}2:{letter}100000")
    sheet.add_data_validation(validation)


def employee_template(actor):
    """The import template: headers, text/date formats, pick lists and the actor's units."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Pegawai"
    columns = list(EMPLOYEES.columns)
    _header_row(sheet, columns)
    names = [c.field for c in columns]
    for name in ("nip", "nik", "phone"):
        _column_format(sheet, names.index(name), TEXT_FORMAT, 22)
    for name in ("birth_date", "tmt_grade", "tmt_cpns", "tmt_position", "contract_ends_on"):
        _column_format(sheet, names.index(name), DATE_FORMAT, 13)
    sheet.column_dimensions["B"].width = 30
    _choice_list(sheet, names.index("gender"), ["L", "P"])
    _choice_list(sheet, names.index("kind"), EmployeeKind.values)
    _choice_list(sheet, names.index("status"), EmployeeStatus.values)
    _instructions(workbook, [
        _("How to fill in this template"),
        _("One employee per row, from row 2. Keep the header row; the column order does not "
          "matter."),
        _("Required for a new employee: NIP, Nama, Tanggal Lahir, Jenis Kelamin, Jenis Pegawai, "
          "Kode Unit."),
        _("NIP and NIK: type them as text (the columns are formatted as text) so Excel keeps "
          "all 18 or 16 digits."),
        _("Dates: YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, or a real Excel date."),
        _("Akhir Perjanjian Kerja: the day the PPPK contract ends (optional); leave it empty "
          "for PNS and CPNS."),
        _("Jenis Kelamin: L or P. Jenis Pegawai: PNS, CPNS, PPPK or PPPK_PARUH_WAKTU."),
        _("Golongan: III/a … IV/e for PNS and CPNS; I … XVII for PPPK."),
        _("Kode Unit: see the sheet “Units”. Jabatan: the exact name of a position in that "
          "unit (optional)."),
        _("An employee whose NIP already exists is updated; empty cells keep the current "
          "value."),
        _("Nothing is saved until you have seen the check report and confirmed."),
    ])
    units = workbook.create_sheet(title=_("Units")[:31])
    units.append([_("Unit code"), _("Unit"), _("Perangkat daerah")])
    for cell in units[1]:
        cell.font = Font(bold=True)
    agencies = None if actor.is_hr_admin else actor.agency_ids
    rows = Unit.objects.order_by("path").values_list("code", "name", "agency__name", "agency_id")
    for code, name, agency, agency_id in rows:
        if agencies is None or agency_id in agencies:
            units.append([safe(code), safe(name), safe(agency)])
    return _save(workbook)


def organisation_template():
    workbook = Workbook()
    units = workbook.active
    units.title = "Unit"
    _header_row(units, UNITS.columns)
    positions = workbook.create_sheet(title="Jabatan")
    _header_row(positions, POSITIONS.columns)
    _choice_list(positions, 2, JobKind.values)
    _instructions(workbook, [
        _("How to fill in this template"),
        _("Sheet Unit: one unit per row. Kode Induk is the code of the parent unit; leave it "
          "empty for a perangkat daerah. Parents may come after their children."),
        _("Jenis (unit): %(kinds)s.") % {"kinds": ", ".join(Unit.Kind.values)},
        _("Sheet Jabatan: one position per row, in the unit named by Kode Unit (a unit of the "
          "Unit sheet or one that exists)."),
        _("Jenis Jabatan: JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL or PELAKSANA. Jenjang: "
          "required for FUNGSIONAL (e.g. AHLI_MUDA), optional for JPT (PRATAMA)."),
        _("Kelas Jabatan: 1 to 17. Kepala Unit: Ya for the head position of the unit (one per "
          "unit)."),
        _("Existing units and positions (same code, or same name in the same unit) are "
          "updated; moving a unit to another parent is not done by import."),
    ])
    return _save(workbook)
