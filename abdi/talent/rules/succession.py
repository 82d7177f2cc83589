"""Succession candidates: who may be nominated and in which order (§6.4 R-TAL-2, R-TAL-3)."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from .ninebox import INSTANSI_POOL_BOXES, PREDIKAT_SCORE


@dataclass(frozen=True)
class Candidate:
    employee_id: int
    box: int
    potential: Decimal
    predikat: str
    assessed_on: datetime.date | None = None
    leadership: tuple[str, ...] = ()
    active_sanction: bool = False


@dataclass(frozen=True)
class RankedCandidate:
    rank: int
    candidate: Candidate
    evidence: tuple[str, ...] = field(default=())
    ready: bool = False  # box 9: "siap dipromosikan"


def assessment_valid(assessed_on, today: datetime.date, validity_years: int) -> bool:
    """S-TAL-3 uses 3 years (UNCONFIRMED nationally, so configurable). No date = not known:
    the potential score exists, so the assessment is taken as valid."""
    if assessed_on is None:
        return True
    try:
        limit = assessed_on.replace(year=assessed_on.year + validity_years)
    except ValueError:  # 29 February
        limit = assessed_on.replace(year=assessed_on.year + validity_years, day=28)
    return today < limit


def eligible(c: Candidate, today: datetime.date, validity_years: int = 3) -> bool:
    """R-TAL-2: boxes 7-9, valid assessment, no active disciplinary sanction (T-TAL-3)."""
    return (c.box in INSTANSI_POOL_BOXES and not c.active_sanction
            and assessment_valid(c.assessed_on, today, validity_years))


def rank_candidates(cands, *, required_training: str = "", today: datetime.date,
                    validity_years: int = 3) -> list[RankedCandidate]:
    """R-TAL-3: potensial descending, then kinerja score; holding the required leadership
    training is a tie-break (then employee id for a stable order). Ineligible ones are dropped."""
    pool = [c for c in cands if eligible(c, today, validity_years)]
    pool.sort(key=lambda c: (-Decimal(c.potential), -PREDIKAT_SCORE.get(c.predikat, 0),
                             0 if required_training and required_training in c.leadership else 1,
                             c.employee_id))
    ranked = []
    for n, c in enumerate(pool, 1):
        evidence = [f"box {c.box}", f"potential {Decimal(c.potential):.2f}",
                    f"predikat {c.predikat}"]
        if required_training:
            evidence.append(f"{required_training} held" if required_training in c.leadership
                            else f"{required_training} missing")
        ranked.append(RankedCandidate(rank=n, candidate=c, evidence=tuple(evidence),
                                      ready=c.box == 9))
    return ranked
