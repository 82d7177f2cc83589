"""Who may take part in a welfare programme: a pure function of the employee's facts.

No Django, no ORM, no I/O: the caller hands over the facts and the programme's conditions
(golongan already turned into ordinals on the PNS scale, I/a = 1 … IV/e = 17).
"""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

# Serving employees only: someone retired, discharged or transferred out takes no part.
SERVING_STATUSES = frozenset({"aktif", "cuti", "tugas_belajar"})
# The golongan range is a PNS scale; PPPK golongan (I to XVII) are another scale and are not compared.
PNS_SCALE_KINDS = frozenset({"PNS", "CPNS"})


class Refusal(StrEnum):
    NOT_SERVING = "not_serving"
    TOO_YOUNG = "too_young"
    TOO_OLD = "too_old"
    KIND = "kind"
    NO_SERVICE_DATE = "no_service_date"
    SERVICE_TOO_SHORT = "service_too_short"
    GRADE_TOO_LOW = "grade_too_low"
    GRADE_TOO_HIGH = "grade_too_high"
    NO_GRADE = "no_grade"
    AGENCY = "agency"


@dataclass(frozen=True)
class Conditions:
    """A programme's eligibility rules; None or empty means "no condition"."""

    min_age: int | None = None
    max_age: int | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)
    min_service_years: int | None = None
    min_grade: int | None = None
    max_grade: int | None = None
    agency_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Facts:
    birth_date: date
    kind: str
    status: str = "aktif"
    tmt_cpns: date | None = None
    grade_ordinal: int = 0
    agency_id: int | None = None


def completed_years(start: date, on: date) -> int:
    """Whole years from `start` to `on` (a birthday on 29 February counts from 1 March)."""
    years = on.year - start.year
    if (on.month, on.day) < (start.month, start.day):
        years -= 1
    return max(years, 0)


def refusals(conditions: Conditions, facts: Facts, *, on: date) -> list[Refusal]:
    """Every reason the employee is not eligible on `on`; an empty list means eligible."""
    found = []
    if facts.status not in SERVING_STATUSES:
        found.append(Refusal.NOT_SERVING)
    age = completed_years(facts.birth_date, on)
    if conditions.min_age is not None and age < conditions.min_age:
        found.append(Refusal.TOO_YOUNG)
    if conditions.max_age is not None and age > conditions.max_age:
        found.append(Refusal.TOO_OLD)
    if conditions.kinds and facts.kind not in conditions.kinds:
        found.append(Refusal.KIND)
    if conditions.min_service_years:
        if facts.tmt_cpns is None:
            found.append(Refusal.NO_SERVICE_DATE)
        elif completed_years(facts.tmt_cpns, on) < conditions.min_service_years:
            found.append(Refusal.SERVICE_TOO_SHORT)
    if facts.kind in PNS_SCALE_KINDS and (conditions.min_grade or conditions.max_grade):
        if not facts.grade_ordinal:
            found.append(Refusal.NO_GRADE)
        elif conditions.min_grade and facts.grade_ordinal < conditions.min_grade:
            found.append(Refusal.GRADE_TOO_LOW)
        elif conditions.max_grade and facts.grade_ordinal > conditions.max_grade:
            found.append(Refusal.GRADE_TOO_HIGH)
    if conditions.agency_ids and facts.agency_id not in conditions.agency_ids:
        found.append(Refusal.AGENCY)
    return found


def is_eligible(conditions: Conditions, facts: Facts, *, on: date) -> bool:
    return not refusals(conditions, facts, on=on)


def has_room(capacity: int, taken: int) -> bool:
    return taken < capacity
