"""The distribution curve (pola distribusi) of employee predikat per organisation predikat (§7)."""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .problems import Problem, problem
from .ratings import PREDIKAT_ORDER, OrgPredikat, Predikat


class Bound(StrEnum):
    AT_MOST = "at_most"
    AT_LEAST = "at_least"


@dataclass(frozen=True)
class Limit:
    """A bound on how many employees of a unit hold one of ``predikat``.

    Exactly one of ``percent`` (a whole share of the unit) and ``count`` (a head count) is set.
    """

    predikat: tuple[Predikat, ...]
    bound: Bound
    percent: int | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.count is None):
            raise ValueError("A limit has either a percent or a count, not both or neither.")

    @property
    def label(self) -> str:
        return " + ".join(p.label for p in self.predikat)


def _most(percent: int, *predikat: Predikat) -> Limit:
    return Limit(predikat, Bound.AT_MOST, percent=percent)


def _least(percent: int, *predikat: Predikat) -> Limit:
    return Limit(predikat, Bound.AT_LEAST, percent=percent)


# SE MenPANRB 3/2023 pola distribusi (percentages SECONDARY, naikpangkat.com): hard limits only;
# a predikat not named here is allowed in any number.
DISTRIBUTION_CURVES: dict[OrgPredikat, tuple[Limit, ...]] = {
    OrgPredikat.IST: (_most(70, Predikat.SB),),
    OrgPredikat.B: (_most(70, Predikat.B), Limit((Predikat.BP, Predikat.K), Bound.AT_LEAST, count=1)),
    OrgPredikat.BP: (_least(60, Predikat.BP), _most(10, Predikat.SB)),
    OrgPredikat.K: (_least(60, Predikat.K), _least(10, Predikat.BP), _most(10, Predikat.SB)),
    OrgPredikat.SK: (
        _least(60, Predikat.SK),
        _least(10, Predikat.K, Predikat.BP),
        Limit((Predikat.SB,), Bound.AT_MOST, count=0),
    ),
}


class QuotaRounding(StrEnum):
    # performance.md §7 design default (official rounding UNCONFIRMED): floor the maxima, ceil the minima.
    STRICT = "strict"
    # Alternative setting: round both half up.
    HALF_UP = "half_up"


class Enforcement(StrEnum):
    # performance.md §7: an exceeded curve warns the penilai and blocks final signing (configurable).
    BLOCK = "block"
    WARN = "warn"


def head_count(limit: Limit, total: int, rounding: QuotaRounding | str = QuotaRounding.STRICT) -> int:
    """The limit as a number of employees of a unit of ``total``, in integer arithmetic only."""
    if limit.count is not None:
        return limit.count
    share = limit.percent * total
    if QuotaRounding(rounding) is QuotaRounding.HALF_UP:
        heads = (share + 50) // 100
    elif limit.bound is Bound.AT_MOST:
        heads = share // 100
    else:
        heads = (share + 99) // 100
    if limit.bound is Bound.AT_LEAST and limit.percent > 0:
        # performance.md §7: a positive minimum is never below one employee.
        heads = max(heads, 1)
    return heads


@dataclass(frozen=True)
class Quota:
    limit: Limit
    heads: int


def quotas(org_predikat: OrgPredikat | str, total: int, *,
           rounding: QuotaRounding | str = QuotaRounding.STRICT,
           curves: Mapping[OrgPredikat, tuple[Limit, ...]] = DISTRIBUTION_CURVES) -> tuple[Quota, ...]:
    """The head-count limits of the curve for a unit of ``total`` employees."""
    if total < 0:
        raise ValueError(f"A unit cannot have {total} employees.")
    return tuple(Quota(limit, head_count(limit, total, rounding))
                 for limit in curves[OrgPredikat(org_predikat)])


@dataclass(frozen=True)
class Violation:
    quota: Quota
    count: int

    @property
    def excess(self) -> int:
        """How many employees too many (at-most limit) or too few (at-least limit)."""
        if self.quota.limit.bound is Bound.AT_MOST:
            return self.count - self.quota.heads
        return self.quota.heads - self.count


@dataclass(frozen=True)
class DistributionCheck:
    org_predikat: OrgPredikat
    counts: dict[Predikat, int]
    quotas: tuple[Quota, ...]
    violations: tuple[Violation, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.violations

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def count_predikat(predikats: Iterable[Predikat | str]) -> dict[Predikat, int]:
    """Counts per predikat, every predikat present (zero when nobody has it)."""
    counted = Counter(Predikat(p) for p in predikats)
    return {p: counted[p] for p in PREDIKAT_ORDER}


def _normalise_counts(counts: Mapping[Predikat | str, int]) -> dict[Predikat, int]:
    normal = dict.fromkeys(PREDIKAT_ORDER, 0)
    for key, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"The count of {key} must be a whole number of employees; got {value!r}.")
        normal[Predikat(key)] += value
    return normal


def check_distribution(org_predikat: OrgPredikat | str, counts: Mapping[Predikat | str, int], *,
                       rounding: QuotaRounding | str = QuotaRounding.STRICT,
                       curves: Mapping[OrgPredikat, tuple[Limit, ...]] = DISTRIBUTION_CURVES,
                       ) -> DistributionCheck:
    """Checks the predikat counts of one unit and period against the curve of its organisation predikat.

    A unit without employees has nothing to distribute and passes.
    """
    org_predikat = OrgPredikat(org_predikat)
    normal = _normalise_counts(counts)
    total = sum(normal.values())
    unit_quotas = quotas(org_predikat, total, rounding=rounding, curves=curves)
    violations: list[Violation] = []
    problems: list[Problem] = []
    for quota in unit_quotas if total else ():
        held = sum(normal[p] for p in quota.limit.predikat)
        at_most = quota.limit.bound is Bound.AT_MOST
        if (held > quota.heads) if at_most else (held < quota.heads):
            violation = Violation(quota, held)
            violations.append(violation)
            problems.append(problem(
                "distribution_too_many" if at_most else "distribution_too_few",
                predikat=quota.limit.label, count=held, total=total, org_predikat=org_predikat.label,
                limit=quota.heads, **{"excess" if at_most else "shortfall": violation.excess},
            ))
    return DistributionCheck(org_predikat, normal, unit_quotas, tuple(violations), tuple(problems))


@dataclass(frozen=True)
class FinalisationCheck:
    blocked: bool
    problems: tuple[Problem, ...]
    distribution: DistributionCheck | None = None


def check_unit_finalisation(org_predikat: OrgPredikat | str | None, counts: Mapping[Predikat | str, int],
                            *, enforcement: Enforcement | str = Enforcement.BLOCK,
                            rounding: QuotaRounding | str = QuotaRounding.STRICT,
                            curves: Mapping[OrgPredikat, tuple[Limit, ...]] = DISTRIBUTION_CURVES,
                            ) -> FinalisationCheck:
    """Whether a unit head may sign the predikat of a unit final, and what to warn about."""
    if org_predikat is None:
        # SE MenPANRB 3/2023 step 1: the organisation predikat is fixed before employees are rated.
        return FinalisationCheck(True, (problem("org_predikat_missing"),))
    check = check_distribution(org_predikat, counts, rounding=rounding, curves=curves)
    blocked = not check.ok and Enforcement(enforcement) is Enforcement.BLOCK
    return FinalisationCheck(blocked, check.problems, check)
