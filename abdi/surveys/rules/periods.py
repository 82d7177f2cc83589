"""Survey periods: triwulan, semester or tahun (public-service.md §1.6; at least yearly)."""

import datetime
from dataclasses import dataclass

QUARTER, SEMESTER, YEAR = "quarter", "semester", "year"
PER_YEAR = {QUARTER: 4, SEMESTER: 2, YEAR: 1}
ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    number: int  # 1..4 for a quarter, 1..2 for a semester, 1 for a year
    kind: str

    @property
    def months(self) -> int:
        return 12 // PER_YEAR[self.kind]

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year, (self.number - 1) * self.months + 1, 1)

    @property
    def end(self) -> datetime.date:
        last_month = self.number * self.months
        if last_month == 12:
            return datetime.date(self.year, 12, 31)
        return datetime.date(self.year, last_month + 1, 1) - datetime.timedelta(days=1)

    @property
    def label(self) -> str:
        # Labels the way Pemda print them: "Triwulan III 2026", "Semester 1 2026", "Tahun 2026".
        if self.kind == QUARTER:
            return f"Triwulan {ROMAN[self.number - 1]} {self.year}"
        if self.kind == SEMESTER:
            return f"Semester {self.number} {self.year}"
        return f"Tahun {self.year}"

    @property
    def slug(self) -> str:
        return f"{self.year}-{self.kind[0]}{self.number}"

    def previous(self) -> "Period":
        if self.number > 1:
            return Period(self.year, self.number - 1, self.kind)
        return Period(self.year - 1, PER_YEAR[self.kind], self.kind)

    def contains(self, day: datetime.date) -> bool:
        return self.start <= day <= self.end


def period_of(day: datetime.date, kind: str) -> Period:
    months = 12 // PER_YEAR[kind]
    return Period(day.year, (day.month - 1) // months + 1, kind)


def last_periods(day: datetime.date, kind: str, count: int) -> list[Period]:
    """The `count` periods up to and including the one of `day`, oldest first."""
    periods = [period_of(day, kind)]
    while len(periods) < count:
        periods.append(periods[-1].previous())
    return periods[::-1]


def parse_slug(slug: str, kind: str) -> Period | None:
    """"2026-q3" -> Period; None if malformed or of another kind."""
    try:
        year_text, rest = slug.split("-", 1)
        year, letter, number = int(year_text), rest[:1], int(rest[1:])
    except (ValueError, AttributeError):
        return None
    if letter != kind[0] or not 1 <= number <= PER_YEAR[kind] or not 2000 <= year <= 2200:
        return None
    return Period(year, number, kind)
