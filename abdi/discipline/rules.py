"""Pure rules of the discipline workflow (allowance-and-discipline.md §6.4-§6.5); no Django here.

The penalties, the absence thresholds and the deadlines themselves live in
abdi.allowance.rules.discipline; who may impose in abdi.allowance.rules.discipline_authority.
"""

from collections.abc import Iterable
from datetime import date

from abdi.allowance.rules.discipline import Penalty, blocks_kgb_and_promotion
from abdi.allowance.rules.discipline_authority import Official

REPORTED, EXAMINATION, DECIDED, CANCELLED = "reported", "examination", "decided", "cancelled"

# The case workflow as data: a case is decided once (the date of receipt added later is not a new
# decision) and may then be cancelled (annulled on keberatan or banding); a cancelled one is final.
TRANSITIONS: dict[str, frozenset[str]] = {
    REPORTED: frozenset({EXAMINATION, DECIDED, CANCELLED}),
    EXAMINATION: frozenset({EXAMINATION, DECIDED, CANCELLED}),
    DECIDED: frozenset({CANCELLED}),
    CANCELLED: frozenset(),
}


def may_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


class Phase:
    """Where a decided penalty stands on a day (derived from its dates, never stored)."""

    AWAITING_RECEIPT = "awaiting_receipt"  # decided, the SK not yet received by the employee
    PENDING = "pending"  # received, the 15th working day not reached
    RUNNING = "running"
    ENDED = "ended"


def phase(effective_on: date | None, ends_on: date | None, today: date) -> str:
    if effective_on is None:
        return Phase.AWAITING_RECEIPT
    if today < effective_on:
        return Phase.PENDING
    if ends_on is not None and today > ends_on:
        return Phase.ENDED
    return Phase.RUNNING


def withheld_until(penalty: Penalty | str, ends_on: date | None) -> date | None:
    """The last day KGB and kenaikan pangkat are withheld, None when they are not (or no end)."""
    # PerBKN 6/2022 Pasal 55(1) (SECONDARY): no KGB or promotion while serving sedang or berat.
    return ends_on if blocks_kgb_and_promotion(penalty) else None


def longest_absent_run(kinds: Iterable[str], absent: str = "absent") -> int:
    """The longest run of TK among working days given in date order (non-working days left out)."""
    # PP 94/2021 Pasal 11 ayat (2) huruf d: the 10 days are working days in a row.
    longest = current = 0
    for kind in kinds:
        current = current + 1 if kind == absent else 0
        longest = max(longest, current)
    return longest


# The jabatan of a superior as the post PP 94/2021 (≈ Pasal 18-24) gives powers to; a JF Ahli
# Madya or Ahli Muda counts only when designated to lead a unit (he holds its head position).
_POSTS = {
    ("JPT", "PRATAMA"): Official.JPT_PRATAMA,
    ("ADMINISTRATOR", ""): Official.ADMINISTRATOR,
    ("PENGAWAS", ""): Official.PENGAWAS,
    ("FUNGSIONAL", "AHLI_MADYA"): Official.JF_AHLI_MADYA,
    ("FUNGSIONAL", "AHLI_MUDA"): Official.JF_AHLI_MUDA,
}


def official_post(job_kind: str, level: str | None) -> Official | None:
    """The imposing post of a head position's kind and level; None when it carries no power."""
    job_kind, level = (job_kind or "").upper(), (level or "").upper()
    if job_kind in ("ADMINISTRATOR", "PENGAWAS"):
        level = ""
    return _POSTS.get((job_kind, level))
