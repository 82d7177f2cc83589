"""Employee import: a dry run that checks every row without writing, and the bulk commit.

Lookups (units by code, positions by unit and name, employees by NIP, held head positions)
are loaded once, so checking 50,000 rows makes no query per row. The commit writes with
bulk_create / bulk_update in batches, inside the caller's transaction.
"""

import logging
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import build_entry, snapshot
from abdi.core.errors import Conflict
from abdi.org.models import Position, Unit
from abdi.people import policy
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee, PositionHistory, RankHistory
from abdi.people.services import EMPLOYEE_FIELDS, change_history, derive_fields, opening_history
from abdi.people.validation import check_employee

from . import bulk, parsing
from .columns import EMPLOYEES
from .parsing import CellError, UploadRejected
from .report import Report

log = logging.getLogger(__name__)
# Fields the import may set; the rest of an employee (photo, address, …) is left alone.
IMPORT_FIELDS = [c.field for c in EMPLOYEES.columns]
DERIVED_FIELDS = ["agency", "job_kind", "grade_ordinal", "retirement_date"]
DATE_FIELDS = {"birth_date", "tmt_grade", "tmt_cpns", "tmt_position", "contract_ends_on"}

_GENDERS = {
    "l": "L", "lk": "L", "laki laki": "L", "laki-laki": "L", "pria": "L", "m": "L",
    "male": "L", "1": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "f": "P", "female": "P", "2": "P",
}
_KINDS = {"P3K": "PPPK", "PPPK_PW": "PPPK_PARUH_WAKTU", "PPPK_PARUHWAKTU": "PPPK_PARUH_WAKTU"}
_EDUCATION = {
    "SMA": "SMA", "SMK": "SMA", "SLTA": "SMA", "MA": "SMA", "SMASMK": "SMA", "SMU": "SMA",
    "SMP": "SMP", "SLTP": "SMP", "MTS": "SMP", "SD": "SD", "MI": "SD",
    "D1": "D1", "DI": "D1", "D2": "D2", "DII": "D2", "D3": "D3", "DIII": "D3",
    "D4": "D4", "DIV": "D4", "S1": "S1", "S2": "S2", "S3": "S3",
}


def _status_names() -> dict[str, str]:
    names = {}
    for language in ("en", "id"):
        with translation.override(language):
            for value, label in EmployeeStatus.choices:
                names[parsing.key(str(label))] = value
    for value in EmployeeStatus.values:
        names[value] = value
        names[value.replace("_", " ")] = value
    return names


def _gender(value, column):
    raw = parsing.text(value, column)
    if raw and raw.casefold() not in _GENDERS:
        raise CellError(_("Sex must be L (male) or P (female)."))
    return _GENDERS.get(raw.casefold(), raw)


def _kind(value, column):
    raw = "_".join(parsing.text(value, column).upper().replace("-", " ").split())
    return _KINDS.get(raw, raw)


def _education(value, column):
    raw = parsing.text(value, column)
    compact = "".join(ch for ch in raw.upper() if ch.isalnum())
    return _EDUCATION.get(compact, raw)


def _phone(value, column):
    result = parsing.text(value, column)
    # Excel drops the leading zero of a number typed as 0812…
    if isinstance(value, float | int) and result.startswith("8"):
        result = "0" + result
    return result


def _lower(value, column):
    return parsing.text(value, column).lower()


def _date(value, column):
    return parsing.parse_date(value)


CONVERTERS = {
    "nip": parsing.number_text, "nik": parsing.number_text, "gender": _gender, "kind": _kind,
    "education_level": _education, "phone": _phone, "email": _lower,
    **dict.fromkeys(DATE_FIELDS, _date),
}


@dataclass
class Lookups:
    """Everything a row is checked against, loaded with a handful of queries."""

    units: dict = field(default_factory=dict)  # code key -> Unit
    units_by_id: dict = field(default_factory=dict)
    positions: dict = field(default_factory=dict)  # (unit id, name key) -> Position
    positions_by_id: dict = field(default_factory=dict)
    heads: dict = field(default_factory=dict)  # head position id -> holder employee id
    existing: dict = field(default_factory=dict)  # NIP -> Employee

    @classmethod
    def load(cls, nips) -> "Lookups":
        lookups = cls()
        for unit in Unit.objects.all():
            lookups.units_by_id[unit.pk] = unit
            lookups.units.setdefault(parsing.key(unit.code), unit)
        for position in Position.objects.all():
            position.unit = lookups.units_by_id[position.unit_id]
            lookups.positions_by_id[position.pk] = position
            lookups.positions[(position.unit_id, parsing.key(position.name))] = position
        lookups.heads = dict(Employee.objects.filter(position__is_head=True)
                             .values_list("position_id", "id"))
        nips = sorted(set(nips))
        for start in range(0, len(nips), 500):
            # No ORDER BY: sorting by name would make SQLite walk the name index instead.
            for employee in Employee.objects.filter(nip__in=nips[start:start + 500]).order_by():
                employee.unit = lookups.units_by_id[employee.unit_id]
                employee.position = lookups.positions_by_id.get(employee.position_id)
                lookups.existing[employee.nip] = employee
        return lookups


@dataclass
class Update:
    employee: Employee
    before: dict
    after: dict
    fields: frozenset


@dataclass
class Plan:
    report: Report
    build: bool = True  # False in the dry run: count the rows, build no objects
    new: int = 0
    updated: int = 0
    creates: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    versions: dict = field(default_factory=dict)  # employee id -> version read at check time


def find_table(book) -> parsing.Table:
    tables = [parsing.match_table(sheet, EMPLOYEES) for sheet in book.sheets]
    best = max(tables, key=parsing.score, default=None)
    if best is None or "nip" not in best.index:
        expected = ", ".join(c.header for c in EMPLOYEES.columns if c.required)
        raise UploadRejected(
            _("No header row was found. The first row must name the columns, at least: "
              "%(columns)s.") % {"columns": expected})
    return best


def analyse(book, *, actor, instansi_id: int, progress=None, build=True) -> Plan:
    """Check every row as the actor; nothing is written. `build` prepares the objects."""
    table = find_table(book)
    report = Report(rows=len(table.rows))
    report.sheets[table.sheet] = {"rows": len(table.rows), "kind": "employees"}
    _note_headers(table, report)
    rows = _convert(table, report)
    lookups = Lookups.load(values["nip"] for _n, values, _f in rows if values.get("nip"))
    plan = Plan(report, build=build)
    checker = _RowChecker(table, report, lookups, actor, instansi_id, plan)
    for done, (number, values, failed) in enumerate(rows, start=1):
        checker.check(number, values, failed)
        if progress and done % 500 == 0:
            progress(done, len(rows))
    report.counts = {"new": plan.new, "updated": plan.updated, "unchanged": checker.unchanged}
    return plan


def _note_headers(table, report) -> None:
    missing = [c.header for c in EMPLOYEES.columns if c.required and c.field not in table.index]
    if missing:
        report.notes.append(
            _("Columns missing: %(columns)s. Rows for new employees need them; existing "
              "employees are updated with the columns present.") % {"columns": ", ".join(missing)})
    if table.unknown:
        report.notes.append(_("Columns not recognised and ignored: %(columns)s.")
                            % {"columns": ", ".join(table.unknown[:20])})
    if table.duplicates:
        report.notes.append(_("Columns named twice; only the first is read: %(columns)s.")
                            % {"columns": ", ".join(table.duplicates[:20])})


def _convert(table, report) -> list[tuple[int, dict, set]]:
    """Cells into python values; a cell that cannot be read is reported and left out."""
    rows = []
    columns = {name: EMPLOYEES.column(name) for name in table.index}
    for number, cells in table.rows:
        values, failed = {}, set()
        for name, value in table.cells(cells).items():
            convert = CONVERTERS.get(name, parsing.text)
            try:
                result = convert(value, columns[name])
            except CellError as exc:
                report.error(table, number, name, str(exc))
                failed.add(name)
                continue
            if result not in ("", None):
                values[name] = result
            if name == "name" and isinstance(result, str) and result.startswith("="):
                report.warning(table, number, name, _("The value starts with “=”; it is "
                                                      "kept as text, not as a formula."))
        rows.append((number, values, failed))
    return rows


class _RowChecker:
    def __init__(self, table, report, lookups, actor, instansi_id, plan):
        self.table, self.report, self.lookups = table, report, lookups
        self.actor, self.instansi_id, self.plan = actor, instansi_id, plan
        self.today = timezone.localdate()
        self.seen: dict[str, int] = {}
        self.claimed_heads: dict[int, int] = {}
        self.statuses = _status_names()
        self.unchanged = 0

    def error(self, number, name, message):
        self.report.error(self.table, number, name, message)

    def check(self, number: int, values: dict, failed: set) -> None:
        """One row: `failed` names the cells already reported as unreadable."""
        nip = values.get("nip")
        if not nip:
            if not self.report.is_invalid(self.table, number):
                self.error(number, "nip", _("This field is required."))
            return
        if nip in self.seen:
            self.error(number, "nip", _("This NIP already appears on row %(row)s of the file.")
                       % {"row": self.seen[nip]})
            return
        self.seen[nip] = number
        if "status" in values:
            values["status"] = self.statuses.get(parsing.key(values["status"]), values["status"])
        existing = self.lookups.existing.get(nip)
        reported = set(failed)
        merged = self._merge(number, values, existing, reported)
        if merged is None:
            return
        try:
            checked = check_employee(merged, today=self.today)
        except (ValueError, TypeError, KeyError):
            log.exception("import: row %s could not be checked", number)
            self.error(number, "", _("This row could not be checked; correct its values."))
            return
        for name, messages in checked.errors.items():
            if name not in reported:
                self.error(number, name if name in IMPORT_FIELDS else "", messages[0])
        self._check_head(number, merged, existing, reported)
        if self.report.is_invalid(self.table, number):
            return
        for message in checked.warnings:
            self.report.warning(self.table, number, "nip", message)
        if existing is None:
            self._plan_create(checked.values)
        else:
            self._plan_update(number, existing, checked.values, values)

    def _merge(self, number, values, existing, reported) -> dict | None:
        lookups = self.lookups
        unit = existing.unit if existing else None
        if values.get("unit"):
            unit = lookups.units.get(parsing.key(values["unit"]))
            if unit is None:
                self.error(number, "unit", _("Unknown unit code “%(code)s”.")
                           % {"code": values["unit"][:40]})
                reported.update({"unit", "position"})
        position = existing.position if existing else None
        if existing and unit is not None and unit.pk != existing.unit_id:
            position = None  # a new unit without a named position: the old one stays behind
        if values.get("position") and unit is not None:
            position = lookups.positions.get((unit.pk, parsing.key(values["position"])))
            if position is None:
                self.error(number, "position",
                           _("The position “%(position)s” does not exist in unit %(unit)s.")
                           % {"position": values["position"][:80], "unit": unit.code})
                reported.add("position")
        if not self._may_write(number, existing, unit):
            return None
        if existing is None:
            merged = {"status": EmployeeStatus.AKTIF} | values
        else:
            merged = {name: getattr(existing, name) for name in IMPORT_FIELDS} | values
        merged["unit"], merged["position"] = unit, position
        return merged

    def _may_write(self, number, existing, unit) -> bool:
        actor = self.actor
        if existing is not None and not policy.can_view_employee(actor, existing):
            self.error(number, "nip", _("You may not change this employee (another perangkat "
                                        "daerah)."))
            return False
        if unit is None:
            return True
        if existing is None and not policy.can_create_employee(actor, unit.agency_id):
            agency = self.lookups.units_by_id.get(unit.agency_id)
            self.error(number, "unit", _("You may not import employees into “%(agency)s”.")
                       % {"agency": agency.name if agency else unit.code})
            return False
        if existing is not None and unit.agency_id != existing.agency_id \
                and not actor.is_hr_admin:
            self.error(number, "unit", _("Only BKPSDM may move an employee to another "
                                         "perangkat daerah."))
            return False
        return True

    def _check_head(self, number, merged, existing, reported) -> None:
        position = merged.get("position")
        if position is None or not position.is_head or "position" in reported:
            return
        holder = self.lookups.heads.get(position.pk)
        if holder is not None and (existing is None or holder != existing.pk):
            self.error(number, "position", _("Another employee already holds this head "
                                             "position."))
        elif position.pk in self.claimed_heads:
            self.error(number, "position",
                       _("Row %(row)s already gives this head position to someone.")
                       % {"row": self.claimed_heads[position.pk]})
        else:
            self.claimed_heads[position.pk] = number

    def _plan_create(self, values) -> None:
        self.plan.new += 1
        if not self.plan.build:
            return
        employee = Employee(instansi_id=self.instansi_id,
                            **{name: values[name] for name in IMPORT_FIELDS if name in values})
        derive_fields(employee)
        self.plan.creates.append(employee)

    def _plan_update(self, number, employee, values, given) -> None:
        changed = set()
        for name in IMPORT_FIELDS:
            if name in ("unit", "position"):
                new = values[name].pk if values[name] is not None else None
                if new != getattr(employee, f"{name}_id"):
                    changed.add(name)
            elif name in given and values[name] != getattr(employee, name):
                changed.add(name)
        if not changed:
            self.unchanged += 1
            return
        # Checked only now: an unchanged row (e.g. one's own, in a re-imported export) is fine.
        if not policy.can_edit_employee(self.actor, employee):
            self.error(number, "nip", _("You may not change this employee."))
            return
        self.plan.updated += 1
        if not self.plan.build:
            return
        before = snapshot(employee, EMPLOYEE_FIELDS)
        self.plan.versions[employee.pk] = employee.version
        for name in changed:
            setattr(employee, name, values[name])
        derive_fields(employee)
        self.plan.updates.append(Update(employee, before, snapshot(employee, EMPLOYEE_FIELDS),
                                        frozenset(changed)))


def write(plan: Plan, *, actor, instansi_id: int, progress=None) -> None:
    """Save a checked plan; call inside a transaction. Refuses if rows changed meanwhile.

    The employees already carry `instansi_id`; it is named for symmetry with organisation.
    """
    _lock_and_compare(plan.versions)
    now = timezone.now()
    bulk.insert_rows(Employee, plan.creates)
    bulk.fill_ids(Employee, plan.creates, "nip")
    if progress:
        progress(1, 3)
    history, audit = [], []
    for employee in plan.creates:
        history.extend(opening_history(employee))
        audit.append(build_entry(actor=actor, action=AuditEntry.Action.IMPORT, obj=employee,
                                 after=snapshot(employee, EMPLOYEE_FIELDS),
                                 employee_id=employee.pk, unit_id=employee.unit_id,
                                 agency_id=employee.agency_id))
    groups: dict[frozenset, list] = {}
    for update in plan.updates:
        employee = update.employee
        employee.version += 1
        employee.updated_at = now
        groups.setdefault(update.fields, []).append(employee)
        history.extend(change_history(employee, update.before, update.after,
                                      reason=_("Import")))
        audit.append(build_entry(actor=actor, action=AuditEntry.Action.IMPORT, obj=employee,
                                 before=update.before, after=update.after,
                                 employee_id=employee.pk, unit_id=employee.unit_id,
                                 agency_id=employee.agency_id))
    for fields, employees in groups.items():
        bulk.update_rows(Employee, employees,
                         [*sorted(fields), *DERIVED_FIELDS, "version", "updated_at"])
    if progress:
        progress(2, 3)
    bulk.insert_rows(RankHistory, [h for h in history if isinstance(h, RankHistory)])
    bulk.insert_rows(PositionHistory, [h for h in history if isinstance(h, PositionHistory)])
    bulk.insert_rows(AuditEntry, [a for a in audit if a is not None])


def _lock_and_compare(versions: dict) -> None:
    ids = sorted(versions)
    current = {}
    for start in range(0, len(ids), 500):
        rows = Employee.objects.filter(pk__in=ids[start:start + 500]).order_by()
        if connection.features.has_select_for_update:
            rows = rows.select_for_update()
        current.update(rows.values_list("pk", "version"))
    stale = sum(1 for pk, version in versions.items() if current.get(pk) != version)
    if stale:
        raise Conflict(_("%(count)s employees were changed by someone else after the check. "
                         "Upload the file again to check it against the current data.")
                       % {"count": stale})
