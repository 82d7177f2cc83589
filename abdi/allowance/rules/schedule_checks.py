"""Problems of a TppSchedule reported as data (allowance-and-discipline.md §2-§4).

The Django layer shows ``gettext(MESSAGES[p.code]) % p.params``; ``message`` is the same sentence
already filled in, for logs, imports and tests (the pattern of abdi.performance.rules.problems).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from .schedules import HUNDRED, DeductionKind, TppSchedule


def gettext_noop(message: str) -> str:
    """Marks a template for makemessages without importing Django."""
    return message


MESSAGES: dict[str, str] = {
    "shares_not_100": gettext_noop(
        "Disiplin %(disiplin)s%% and produktivitas %(produktivitas)s%% must add up to 100%%."
    ),
    "percent_out_of_range": gettext_noop("%(what)s is %(percent)s%%; it must lie between 0 and 100%%."),
    "duplicate_code": gettext_noop("%(what)s %(code)s is defined more than once."),
    "band_invalid": gettext_noop("%(code)s needs a minute range starting at 1 or later and not ending "
                                 "before it starts."),
    "bands_overlap": gettext_noop("%(code)s and %(other)s overlap at %(first)s."),
    "bands_gap": gettext_noop("No %(what)s rule covers %(first)s to %(last)s "
                              "(between %(code)s and %(other)s)."),
    "per_minutes_missing": gettext_noop("%(code)s needs the number of minutes per occurrence."),
}


@dataclass(frozen=True)
class ScheduleProblem:
    code: str
    message: str
    params: dict[str, str] = field(default_factory=dict, hash=False, repr=False)


def _problem(code: str, /, **params: object) -> ScheduleProblem:
    values = {name: str(value) for name, value in params.items()}
    return ScheduleProblem(code, MESSAGES[code] % values, values)


def _range_problems(what: str, ranges: list[tuple[str, int, int | None]]) -> list[ScheduleProblem]:
    """Overlaps and gaps between inclusive (code, first, last) ranges; last None is open-ended."""
    problems = []
    ordered = sorted(ranges, key=lambda r: r[1])
    for (code, _, last), (other, first, _) in pairwise(ordered):
        if last is None or first <= last:
            problems.append(_problem("bands_overlap", code=code, other=other, first=first))
        elif first > last + 1:
            problems.append(_problem("bands_gap", what=what, code=code, other=other, first=last + 1,
                                     last=first - 1))
    return problems


def _percents(schedule: TppSchedule) -> list[tuple[str, Decimal]]:
    split = schedule.split
    return [
        ("disiplin", split.disiplin), ("produktivitas", split.produktivitas),
        *((rule.code, rule.percent) for rule in schedule.deductions),
        *((f"{rule.kind} {tier.first}", tier.paid_percent) for rule in schedule.leave_rules
          for tier in rule.tiers),
        *((penalty.code, penalty.percent) for penalty in schedule.penalties),
        *((f"cap {cap.share}", cap.percent) for cap in schedule.caps),
        *((factor.employee_kind, factor.percent) for factor in schedule.status_factors),
        *((deduction.code, deduction.percent) for deduction in schedule.payroll_deductions),
        *((factor.predikat, factor.percent) for factor in schedule.predikat_factors),
    ]


def _duplicates(what: str, codes: Iterable[str]) -> list[ScheduleProblem]:
    seen: set[str] = set()
    problems = []
    for code in codes:
        if code in seen:
            problems.append(_problem("duplicate_code", what=what, code=code))
        seen.add(code)
    return problems


def validate_schedule(schedule: TppSchedule) -> list[ScheduleProblem]:
    """Everything wrong with a schedule, as data; an empty list means it can be used."""
    problems = []
    if schedule.split.disiplin + schedule.split.produktivitas != HUNDRED:
        problems.append(_problem("shares_not_100", disiplin=schedule.split.disiplin,
                                 produktivitas=schedule.split.produktivitas))
    problems += [_problem("percent_out_of_range", what=what, percent=percent)
                 for what, percent in _percents(schedule) if not 0 <= percent <= HUNDRED]
    problems += _duplicates("Deduction", (rule.code for rule in schedule.deductions))
    # One rule per unbanded kind and per leave kind: day facts must map to exactly one line.
    problems += _duplicates("Deduction kind", (r.kind for r in schedule.deductions if not r.kind.banded))
    problems += _duplicates("Leave rule", (rule.kind for rule in schedule.leave_rules))
    problems += _duplicates("Hukuman disiplin", (penalty.code for penalty in schedule.penalties))
    for kind in (k for k in DeductionKind if k.banded):
        bands = [r for r in schedule.deductions if r.kind == kind]
        invalid = [r for r in bands if r.first_minute is None or r.first_minute < 1
                   or (r.last_minute is not None and r.last_minute < r.first_minute)]
        problems += [_problem("band_invalid", code=r.code) for r in invalid]
        problems += _range_problems(kind, [(r.code, r.first_minute, r.last_minute)
                                           for r in bands if r not in invalid])
    for rule in schedule.leave_rules:
        problems += _range_problems(rule.kind, [(f"{rule.kind} {t.first}", t.first, t.last)
                                                for t in rule.tiers])
    problems += [_problem("per_minutes_missing", code=r.code) for r in schedule.deductions
                 if r.kind == DeductionKind.ACCUMULATED_LATE and not (r.per_minutes or 0) >= 1]
    return problems
