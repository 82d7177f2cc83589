"""Organisation import: units (with their parent code) and positions, dry run and bulk commit.

A workbook may hold a units sheet and a positions sheet (told apart by their headers); a CSV
holds one of them. Parents may come later in the file than their children: the tree is
resolved after all rows are read, and new units are inserted level by level.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.utils import translation
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import build_entry, snapshot
from abdi.core.errors import Conflict
from abdi.org import policy
from abdi.org.models import Position, Unit
from abdi.org.services import POSITION_FIELDS, UNIT_FIELDS
from abdi.people import rules
from abdi.people.choices import JobKind, JobLevel

from . import parsing
from .columns import POSITIONS, UNITS
from .parsing import CellError, UploadRejected
from .report import Report

BATCH = 1000


def _names(choices, extra=None) -> dict[str, str]:
    """Lookup of a choice by value or label, in either language."""
    names = {}
    for language in ("en", "id"):
        with translation.override(language):
            for value, label in choices:
                names[parsing.key(str(label))] = value
    for value, _label in choices:
        names[parsing.key(value)] = value
        names[parsing.key(value.replace("_", " "))] = value
    return names | (extra or {})


def _unit_kinds():
    return _names(Unit.Kind.choices, {"uptd": "upt", "upt": "upt", "sekretariat daerah": "setda",
                                      "rsud": "rsud", "satpol pp": "satpol"})


def _job_kinds():
    return _names(JobKind.choices, {"jpt": "JPT", "jf": "FUNGSIONAL", "jabatan fungsional":
                                    "FUNGSIONAL", "jabatan pelaksana": "PELAKSANA",
                                    "jabatan administrator": "ADMINISTRATOR",
                                    "jabatan pengawas": "PENGAWAS"})


def _levels():
    names = _names(JobLevel.choices)
    for level in ("UTAMA", "MADYA", "PRATAMA"):
        names[parsing.key(f"jpt {level}")] = level
    return names


@dataclass
class UnitRow:
    number: int
    code: str
    values: dict
    existing: Unit | None = None
    parent: "UnitRow | Unit | None" = None
    depth: int = 0
    agency_id: int | None = None  # of an existing ancestor; None under a new root
    obj: Unit | None = None
    changed: frozenset = frozenset()
    state: str = ""  # "", "visiting", "done" or "bad" while the tree is resolved


@dataclass
class PositionRow:
    number: int
    unit: "UnitRow | Unit"
    values: dict
    existing: Position | None = None
    obj: Position | None = None
    changed: frozenset = frozenset()
    before: dict = field(default_factory=dict)


@dataclass
class Plan:
    report: Report
    units: list = field(default_factory=list)  # valid UnitRow to create or change
    positions: list = field(default_factory=list)  # valid PositionRow to create or change
    versions: dict = field(default_factory=dict)  # unit id -> version read at check time


def find_tables(book) -> tuple[parsing.Table | None, parsing.Table | None]:
    units = positions = None
    for sheet in book.sheets:
        as_units, as_positions = (parsing.match_table(sheet, UNITS),
                                  parsing.match_table(sheet, POSITIONS))
        hint = parsing.key(sheet.name)
        prefer_positions = parsing.score(as_positions) > parsing.score(as_units) or (
            as_positions is not None and ("jabatan" in hint or "position" in hint))
        if prefer_positions and positions is None:
            positions = as_positions
        elif as_units is not None and not prefer_positions and units is None:
            units = as_units
    if units is None and positions is None:
        raise UploadRejected(
            _("No header row was found. A units sheet needs the columns %(units)s; a positions "
              "sheet needs %(positions)s.")
            % {"units": ", ".join(c.header for c in UNITS.columns if c.required),
               "positions": ", ".join(c.header for c in POSITIONS.columns if c.required)})
    return units, positions


def analyse(book, *, actor, instansi_id: int, progress=None, build=True) -> Plan:
    units_table, positions_table = find_tables(book)
    report = Report()
    plan = Plan(report)
    for table, kind in ((units_table, "units"), (positions_table, "positions")):
        if table is not None:
            report.sheets[table.sheet] = {"rows": len(table.rows), "kind": kind}
            report.rows += len(table.rows)
            if table.unknown:
                report.notes.append(_("Sheet %(sheet)s: columns not recognised and ignored: "
                                      "%(columns)s.") % {"sheet": table.sheet,
                                                         "columns": ", ".join(table.unknown[:20])})
    existing_units = {parsing.key(u.code): u for u in Unit.objects.all()}
    checker = _Checker(report, plan, actor, instansi_id, existing_units)
    file_units = checker.units(units_table) if units_table else {}
    if progress:
        progress(1, 2)
    if positions_table:
        checker.positions(positions_table, file_units)
    counts = {"new": 0, "updated": 0, "unchanged": checker.unchanged}
    for row in (*plan.units, *plan.positions):
        counts["new" if row.existing is None else "updated"] += 1
    report.counts = counts
    return plan


class _Checker:
    def __init__(self, report, plan, actor, instansi_id, existing_units):
        self.report, self.plan, self.actor = report, plan, actor
        self.instansi_id = instansi_id
        self.existing_units = existing_units
        self.unchanged = 0

    # ---- units ----

    def units(self, table) -> dict[str, UnitRow]:
        report, kinds, rows = self.report, _unit_kinds(), {}
        for number, cells in table.rows:
            values = self._unit_values(table, number, cells, kinds)
            code = values.pop("code", "")
            if not code:
                if not report.is_invalid(table, number):
                    report.error(table, number, "code", _("This field is required."))
                continue
            code_key = parsing.key(code)
            if code_key in rows:
                report.error(table, number, "code",
                             _("This code already appears on row %(row)s of the file.")
                             % {"row": rows[code_key].number})
                continue
            row = UnitRow(number, code, values, existing=self.existing_units.get(code_key))
            rows[code_key] = row
            if row.existing is None:
                for name in ("name", "kind"):
                    if name not in values and not report.is_invalid(table, number):
                        report.error(table, number, name, _("This field is required."))
        for row in rows.values():
            self._place(table, row, rows)
        for row in rows.values():
            self._plan_unit(row)
        return rows

    def _unit_values(self, table, number, cells, kinds) -> dict:
        values = {}
        for name, value in table.cells(cells).items():
            column = UNITS.column(name)
            try:
                if name == "sort_order":
                    result = parsing.parse_int(value, low=0, high=1_000_000)
                else:
                    result = parsing.text(value, column)
                if name == "kind" and result:
                    if parsing.key(result) not in kinds:
                        raise CellError(_("Unknown kind of unit “%(value)s”.")
                                        % {"value": result[:40]})
                    result = kinds[parsing.key(result)]
            except CellError as exc:
                self.report.error(table, number, name, str(exc))
                continue
            if result not in ("", None):
                values[name] = result
        return values

    def _place(self, table, row, rows) -> None:
        """Resolve the parent (in the file or the database), the depth and the agency."""
        if row.state:
            return
        report = self.report
        if report.is_invalid(table, row.number):
            row.state = "bad"
            return
        row.state = "visiting"
        parent_code = row.values.get("parent", "")
        target = None
        if parent_code:
            parent_key = parsing.key(parent_code)
            target = rows.get(parent_key) or self.existing_units.get(parent_key)
            if target is None:
                report.error(table, row.number, "parent",
                             _("Unknown parent unit code “%(code)s”.")
                             % {"code": parent_code[:40]})
                row.state = "bad"
                return
        if isinstance(target, UnitRow) and target.existing is None:
            if target.state == "visiting" or target is row:
                report.error(table, row.number, "parent",
                             _("The parent codes form a loop; a unit cannot be its own "
                               "ancestor."))
                row.state = "bad"
                return
            self._place(table, target, rows)
            if target.state == "bad":
                report.error(table, row.number, "parent",
                             _("The parent unit on row %(row)s has errors.")
                             % {"row": target.number})
                row.state = "bad"
                return
        elif isinstance(target, UnitRow):
            target = target.existing
        if row.existing is not None:
            if target is not None and (not isinstance(target, Unit)
                                       or target.pk != row.existing.parent_id):
                report.error(table, row.number, "parent",
                             _("Moving a unit to another parent is done by a reorganisation."))
                row.state = "bad"
                return
            row.depth, row.agency_id = row.existing.depth, row.existing.agency_id
        elif isinstance(target, Unit) or target is not None:
            row.parent, row.depth, row.agency_id = target, target.depth + 1, target.agency_id
        if not self._may_change_unit(table, row):
            row.state = "bad"
            return
        row.state = "done"

    def _may_change_unit(self, table, row) -> bool:
        actor, existing = self.actor, row.existing
        if existing is not None:
            allowed = policy.can_manage_units(actor, existing.agency_id) and (
                existing.parent_id is not None or policy.can_create_agency(actor))
        elif row.parent is None:
            allowed = policy.can_create_agency(actor)
        else:
            allowed = policy.can_manage_units(actor, row.agency_id)
        if not allowed:
            self.report.error(table, row.number, "code",
                              _("You may not change this part of the organisation."))
        return allowed

    def _plan_unit(self, row) -> None:
        if row.state != "done":
            return
        existing = row.existing
        if existing is None:
            self.plan.units.append(row)
            return
        changed = {name for name, value in row.values.items()
                   if name != "parent" and getattr(existing, name) != value}
        if not changed:
            self.unchanged += 1
            return
        row.changed = frozenset(changed)
        self.plan.versions[existing.pk] = existing.version
        self.plan.units.append(row)

    # ---- positions ----

    def positions(self, table, file_units) -> None:
        report = self.report
        kinds, levels = _job_kinds(), _levels()
        existing = {(p.unit_id, parsing.key(p.name)): p
                    for p in Position.objects.select_related("unit")}
        heads = {p.unit_id: p for p in existing.values() if p.is_head}
        seen, rows = {}, []
        for number, cells in table.rows:
            values = self._position_values(table, number, cells, kinds, levels)
            code, name = values.pop("unit", ""), values.get("name", "")
            for field_name, value in (("unit", code), ("name", name)):
                if not value and not report.is_invalid(table, number):
                    report.error(table, number, field_name, _("This field is required."))
            if report.is_invalid(table, number):
                continue
            unit = file_units.get(parsing.key(code)) or self.existing_units.get(parsing.key(code))
            if unit is None:
                report.error(table, number, "unit", _("Unknown unit code “%(code)s”.")
                             % {"code": code[:40]})
                continue
            if isinstance(unit, UnitRow):
                if unit.state != "done":
                    report.error(table, number, "unit",
                                 _("The unit %(code)s has errors in the units sheet.")
                                 % {"code": code[:40]})
                    continue
                unit = unit.existing or unit
            unit_key = (unit.pk if isinstance(unit, Unit) else id(unit), parsing.key(name))
            if unit_key in seen:
                report.error(table, number, "name",
                             _("This position already appears on row %(row)s of the file.")
                             % {"row": seen[unit_key]})
                continue
            seen[unit_key] = number
            found = existing.get(unit_key) if isinstance(unit, Unit) else None
            row = PositionRow(number, unit, values, existing=found)
            if self._position_rules(table, row):
                rows.append(row)
        self._check_heads(table, rows, heads)
        for row in rows:
            if report.is_invalid(table, row.number):
                continue
            if row.existing is not None and not row.changed:
                self.unchanged += 1
            else:
                self.plan.positions.append(row)

    def _position_values(self, table, number, cells, kinds, levels) -> dict:
        values = {}
        for name, value in table.cells(cells).items():
            column = POSITIONS.column(name)
            try:
                if name == "kelas_jabatan":
                    result = parsing.parse_int(value, low=1, high=17)
                elif name == "is_head":
                    result = parsing.parse_bool(value) if parsing.text(value) else None
                else:
                    result = parsing.text(value, column)
                if name == "kind" and result:
                    match = kinds.get(parsing.key(result)) or levels.get(parsing.key(result))
                    if match is None:
                        raise CellError(_("Unknown kind of position “%(value)s”.")
                                        % {"value": result[:40]})
                    if match in ("UTAMA", "MADYA", "PRATAMA"):  # "JPT Pratama" in one cell
                        values.setdefault("level", match)
                        match = "JPT"
                    result = match
                elif name == "level" and result:
                    if parsing.key(result) not in levels:
                        raise CellError(_("Unknown level “%(value)s”.") % {"value": result[:40]})
                    result = levels[parsing.key(result)]
                elif name == "pelaksana_group" and result:
                    groups = _names(Position.PelaksanaGroup.choices)
                    if parsing.key(result) not in groups:
                        raise CellError(_("Use klerek, operator or teknisi."))
                    result = groups[parsing.key(result)]
            except CellError as exc:
                self.report.error(table, number, name, str(exc))
                continue
            if result not in ("", None):
                values[name] = result
        return values

    def _position_rules(self, table, row) -> bool:
        report, values, existing = self.report, row.values, row.existing
        if existing is None:
            for name in ("kind", "kelas_jabatan"):
                if name not in values:
                    report.error(table, row.number, name, _("This field is required."))
            if report.is_invalid(table, row.number):
                return False
        kind = values.get("kind") or existing.kind
        level = values.get("level")
        if level is None:
            level = existing.level if existing is not None and kind == existing.kind else ""
        try:
            normalised = rules.normalise_job_level(kind, level)
        except ValueError:
            message = (_("A jabatan fungsional needs its jenjang (e.g. Ahli Muda).")
                       if kind == JobKind.FUNGSIONAL and not level else
                       _("The level %(level)s does not fit this kind of position.")
                       % {"level": level})
            report.error(table, row.number, "level", message)
            return False
        values["kind"], values["level"] = kind, str(normalised) if normalised else ""
        agency_id = self._agency_of(row.unit)
        if not policy.can_manage_units(self.actor, agency_id):
            report.error(table, row.number, "unit",
                         _("You may not change this part of the organisation."))
            return False
        if existing is not None:
            row.changed = frozenset(name for name, value in values.items()
                                    if name != "name" and getattr(existing, name) != value)
        return True

    def _agency_of(self, unit) -> int | None:
        return unit.agency_id  # a new unit under a new root has none yet

    def _check_heads(self, table, rows, heads) -> None:
        """At most one head position per unit, counting the file and the database."""
        holder = {unit_id: position.pk for unit_id, position in heads.items()}
        for row in rows:  # first release heads the file takes away
            if row.existing is not None and row.values.get("is_head") is False:
                holder.pop(row.existing.unit_id, None)
        for row in rows:
            if not row.values.get("is_head"):
                continue
            unit_key = row.unit.pk if isinstance(row.unit, Unit) else id(row.unit)
            current = holder.get(unit_key)
            own = row.existing.pk if row.existing is not None else ("row", row.number)
            if current is not None and current != own:
                where = (_("row %(row)s of the file") % {"row": current[1]}
                         if isinstance(current, tuple) else _("an existing position"))
                self.report.error(table, row.number, "is_head",
                                  _("This unit already has a head position (%(where)s).")
                                  % {"where": where})
            else:
                holder[unit_key] = own


def write(plan: Plan, *, actor, instansi_id: int, progress=None) -> None:
    """Save a checked plan; call inside a transaction."""
    _lock_and_compare(plan.versions)
    audit = []
    new_units = [row for row in plan.units if row.existing is None]
    for depth in sorted({row.depth for row in new_units}):
        level = [row for row in new_units if row.depth == depth]
        for row in level:
            parent = row.parent.obj if isinstance(row.parent, UnitRow) else row.parent
            row.obj = Unit(instansi_id=instansi_id, parent=parent, code=row.code,
                           **{k: v for k, v in row.values.items() if k != "parent"})
        Unit.objects.bulk_create([row.obj for row in level], batch_size=BATCH)
        for row in level:
            unit, parent = row.obj, row.obj.parent
            unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
            unit.depth = parent.depth + 1 if parent else 0
            unit.agency_id = parent.agency_id if parent else unit.pk
        Unit.objects.bulk_update([row.obj for row in level], ["path", "depth", "agency"],
                                 batch_size=BATCH)
        audit.extend(build_entry(actor=actor, action=AuditEntry.Action.IMPORT, obj=row.obj,
                                 after=snapshot(row.obj, UNIT_FIELDS), unit_id=row.obj.pk,
                                 agency_id=row.obj.agency_id) for row in level)
    changed_units = [row for row in plan.units if row.existing is not None]
    for row in changed_units:
        unit = row.existing
        before = snapshot(unit, UNIT_FIELDS)
        for name in row.changed:
            setattr(unit, name, row.values[name])
        unit.version += 1
        audit.append(build_entry(actor=actor, action=AuditEntry.Action.IMPORT, obj=unit,
                                 before=before, after=snapshot(unit, UNIT_FIELDS),
                                 unit_id=unit.pk, agency_id=unit.agency_id))
    if changed_units:
        fields = sorted(set().union(*(row.changed for row in changed_units)))
        Unit.objects.bulk_update([row.existing for row in changed_units], [*fields, "version"],
                                 batch_size=BATCH)
    if progress:
        progress(1, 2)
    _write_positions(plan, actor, instansi_id, audit)
    AuditEntry.objects.bulk_create([a for a in audit if a is not None], batch_size=BATCH)


def _write_positions(plan, actor, instansi_id, audit) -> None:
    creates, changes = [], []
    for row in plan.positions:
        unit = row.unit if isinstance(row.unit, Unit) else row.unit.obj
        if row.existing is None:
            row.obj = Position(instansi_id=instansi_id, unit=unit, **row.values)
            creates.append(row)
        else:
            row.before = snapshot(row.existing, POSITION_FIELDS)
            changes.append(row)
    # Heads given up first, so the one-head-per-unit constraint holds after every statement.
    for release in (True, False):
        batch = [row for row in changes if (row.values.get("is_head") is False) == release]
        for row in batch:
            for name in row.changed:
                setattr(row.existing, name, row.values[name])
        if batch:
            fields = sorted(set().union(*(row.changed for row in batch)))
            Position.objects.bulk_update([row.existing for row in batch], fields,
                                         batch_size=BATCH)
    Position.objects.bulk_create([row.obj for row in creates], batch_size=BATCH)
    for row in creates:
        audit.append(build_entry(actor=actor, action=AuditEntry.Action.IMPORT, obj=row.obj,
                                 after=snapshot(row.obj, POSITION_FIELDS),
                                 unit_id=row.obj.unit_id, agency_id=row.obj.unit.agency_id))
    for row in changes:
        audit.append(build_entry(actor=actor, action=AuditEntry.Action.IMPORT, obj=row.existing,
                                 before=row.before, after=snapshot(row.existing, POSITION_FIELDS),
                                 unit_id=row.existing.unit_id,
                                 agency_id=row.existing.unit.agency_id))


def _lock_and_compare(versions: dict) -> None:
    if not versions:
        return
    rows = Unit.objects.filter(pk__in=list(versions))
    if connection.features.has_select_for_update:
        rows = rows.select_for_update()
    current = dict(rows.values_list("pk", "version"))
    if any(current.get(pk) != version for pk, version in versions.items()):
        raise Conflict(_("Units were changed by someone else after the check. Upload the file "
                         "again to check it against the current data."))
