"""The dry-run report: every bad row with its row number, column and reason, plus counts."""

from dataclasses import dataclass, field

from .parsing import Table

# Beyond this many findings the report keeps counting but stops listing (a page stays usable).
MAX_ISSUES = 5000
ERROR, WARNING = "error", "warning"


@dataclass
class Report:
    errors: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    issues_total: int = 0
    notes: list[str] = field(default_factory=list)  # about the file as a whole
    invalid_rows: set = field(default_factory=set)
    warning_rows: set = field(default_factory=set)
    counts: dict = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0})
    rows: int = 0
    sheets: dict = field(default_factory=dict)  # sheet -> {"rows", "kind"}

    def _add(self, level, table: Table | None, row: int, name: str, message: str) -> None:
        sheet = table.sheet if table else ""
        column = table.header_of(name) if table and name else ""
        self.issues_total += 1
        kept = self.errors if level == ERROR else self.warnings
        if len(kept) < MAX_ISSUES:
            kept.append({"sheet": sheet, "row": row, "column": column,
                                "message": str(message), "level": level})
        (self.invalid_rows if level == ERROR else self.warning_rows).add((sheet, row))

    def error(self, table, row, name, message) -> None:
        self._add(ERROR, table, row, name, message)

    def warning(self, table, row, name, message) -> None:
        self._add(WARNING, table, row, name, message)

    def is_invalid(self, table, row) -> bool:
        return ((table.sheet if table else ""), row) in self.invalid_rows

    @property
    def invalid(self) -> int:
        return len(self.invalid_rows)

    def as_json(self) -> dict:
        # Errors first, then by sheet and row, so the page opens on what blocks the import.
        ordered = sorted(self.errors, key=lambda i: (i["sheet"], i["row"])) + sorted(
            self.warnings, key=lambda i: (i["sheet"], i["row"]))
        return {
            "issues": ordered,
            "issues_total": self.issues_total,
            "truncated": self.issues_total > len(ordered),
            "notes": self.notes,
            "sheets": self.sheets,
        }
