"""Pure rules of award proposals (allowance-and-discipline.md §7.2); SLKS itself lives in
abdi.allowance.rules.rewards and is reused, not repeated. No Django, no I/O."""

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum

from abdi.allowance.rules.discipline import DisciplineLevel
from abdi.allowance.rules.rewards import BLOCKING_LEVELS, award_candidate

PREDIKAT_CODES = ("SB", "B", "BP", "K", "SK")  # abdi.performance Predikat, best first


class NominationStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


# One gate for the nomination workflow: (status, decision) -> next status.
TRANSITIONS: dict[tuple[NominationStatus, Decision], NominationStatus] = {
    (NominationStatus.PROPOSED, Decision.APPROVE): NominationStatus.APPROVED,
    (NominationStatus.PROPOSED, Decision.REJECT): NominationStatus.REJECTED,
}
# A proposed or approved nomination holds the (employee, kind, year) slot; a rejected one frees it.
OPEN_STATUSES = frozenset({NominationStatus.PROPOSED, NominationStatus.APPROVED})


def next_status(current: str, decision: str) -> NominationStatus | None:
    """The status a decision leads to, or None when the workflow does not allow it."""
    try:
        return TRANSITIONS.get((NominationStatus(current), Decision(decision)))
    except ValueError:
        return None


def predikat_window(by_year: Mapping[int, str], award_year: int, years: int) -> list[str]:
    """The annual predikat of the last ``years`` appraised years up to the award year, oldest
    first; only years from award_year - years on count (§7.2: "Sangat Baik in the last year")."""
    recent = sorted(y for y in by_year if award_year - years <= y <= award_year and by_year[y])
    return [by_year[y] for y in recent[-years:]] if years > 0 else []


def blocking_penalty_between(penalties: Iterable[tuple[date, str]], start: date, end: date) -> bool:
    """A hukuman disiplin sedang or berat imposed in start..end (§7.1 rule 2, §7.2 and §6)."""
    return any(start <= day <= end and DisciplineLevel(level) in BLOCKING_LEVELS
               for day, level in penalties)


def is_award_candidate(by_year: Mapping[int, str], penalties: Iterable[tuple[date, str]], *,
                       award_year: int, minimum: str, years: int) -> bool:
    """§7.2 pre-filter: the predikat history reaches ``minimum`` over ``years`` years (no minimum:
    any history) and no sedang/berat penalty since 1 January of the first of those years."""
    period_start = date(award_year - max(years, 1), 1, 1)
    blocked = blocking_penalty_between(penalties, period_start, date(award_year, 12, 31))
    if not minimum:
        return not blocked
    return award_candidate(predikat_window(by_year, award_year, years), has_penalty=blocked,
                           minimum=minimum, years=years)
