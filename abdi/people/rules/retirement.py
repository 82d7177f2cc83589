"""Batas usia pensiun (BUP) and the retirement TMT."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .kinds import JfLevel, JobKind
from .positions import normalise_job_level

# UU 20/2023 Pasal 55 and PP 11/2017 Pasal 239: BUP of the jabatan other than JF.
BUP_BY_JOB_KIND: dict[JobKind, int] = {
    JobKind.JPT: 60,
    JobKind.ADMINISTRATOR: 58,
    JobKind.PENGAWAS: 58,
    JobKind.PELAKSANA: 58,
}

# PP 11/2017 Pasal 239 (UU 20/2023 Pasal 55 defers to it for JF): BUP by JF jenjang.
BUP_BY_JF_LEVEL: dict[JfLevel, int] = {
    JfLevel.PEMULA: 58,
    JfLevel.TERAMPIL: 58,
    JfLevel.MAHIR: 58,
    JfLevel.PENYELIA: 58,
    JfLevel.AHLI_PERTAMA: 58,
    JfLevel.AHLI_MUDA: 58,
    JfLevel.AHLI_MADYA: 60,
    JfLevel.AHLI_UTAMA: 65,
}


class RetirementRule(StrEnum):
    # BKN practice (article UNCONFIRMED): discharged at the end of the BUP month, pension next day.
    FIRST_OF_NEXT_MONTH = "first_of_next_month"
    # Alternative for an instansi setting that starts the pension the day after the BUP date.
    DAY_AFTER_BUP = "day_after_bup"


def retirement_age(kind: JobKind | str, level: str | None = None, *,
                   law_age: int | None = None) -> int:
    """The BUP of a jabatan; ``law_age`` is the age set by a law for some JF (guru, dosen)."""
    kind = JobKind(kind)
    level = normalise_job_level(kind, level)
    if law_age is not None:
        # PP 11/2017 Pasal 240: a JF whose BUP a law sets (e.g. UU 14/2005 guru, dosen) uses it.
        if kind is not JobKind.FUNGSIONAL:
            raise ValueError("Only a jabatan fungsional can have a BUP set by a law.")
        if isinstance(law_age, bool) or not isinstance(law_age, int) or law_age <= 0:
            raise ValueError(f"The BUP set by a law must be a positive whole age; got {law_age!r}.")
        return law_age
    if kind is JobKind.FUNGSIONAL:
        return BUP_BY_JF_LEVEL[level]
    return BUP_BY_JOB_KIND[kind]


def bup_date(birth_date: date, age: int) -> date:
    """The day the age is reached; someone born on 29 February reaches it on 28 February."""
    year = birth_date.year + age
    try:
        return birth_date.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def pension_start(reached: date, rule: RetirementRule | str = RetirementRule.FIRST_OF_NEXT_MONTH
                  ) -> date:
    """The retirement TMT for the day BUP is reached."""
    rule = RetirementRule(rule)
    if rule is RetirementRule.DAY_AFTER_BUP:
        return reached + timedelta(days=1)
    return date(reached.year + reached.month // 12, reached.month % 12 + 1, 1)


def retirement_tmt(birth_date: date, age: int, *,
                   rule: RetirementRule | str = RetirementRule.FIRST_OF_NEXT_MONTH) -> date:
    return pension_start(bup_date(birth_date, age), rule)


@dataclass(frozen=True)
class Retirement:
    age: int
    bup_date: date
    tmt: date


PositionEntry = tuple[date, JobKind | str, str | None] | tuple[date, JobKind | str, str | None, int]


def retirement_from_history(
    birth_date: date,
    position_history: Sequence[PositionEntry],
    *,
    rule: RetirementRule | str = RetirementRule.FIRST_OF_NEXT_MONTH,
) -> Retirement:
    """BUP follows the jabatan held when its age is reached (practice, article UNCONFIRMED).

    Entries are (tmt, kind, level) or (tmt, kind, level, law_age), in any order. A move into a
    jabatan whose BUP age is already past counts as reaching it on that jabatan's TMT.
    """
    if not position_history:
        raise ValueError("The position history is empty; at least one jabatan is needed.")
    entries = sorted(position_history, key=lambda entry: entry[0])
    for index, (tmt, kind, level, *rest) in enumerate(entries):
        age = retirement_age(kind, level, law_age=rest[0] if rest else None)
        reached = max(bup_date(birth_date, age), tmt)
        is_last = index == len(entries) - 1
        if is_last or reached < entries[index + 1][0]:
            return Retirement(age, reached, pension_start(reached, rule))
    raise AssertionError("unreachable: the last entry always returns")


def retirement_tmt_from_history(
    birth_date: date,
    position_history: Sequence[PositionEntry],
    *,
    rule: RetirementRule | str = RetirementRule.FIRST_OF_NEXT_MONTH,
) -> date:
    return retirement_from_history(birth_date, position_history, rule=rule).tmt
