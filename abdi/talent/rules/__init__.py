"""Talent-management rules (PermenPANRB 3/2020, competency-and-talent.md §6). No Django here."""

from .career import LEADERSHIP_REQUIRED, missing_for, next_kinds
from .ninebox import (
    BOX_ACTIONS,
    BOX_GRID,
    INSTANSI_POOL_BOXES,
    NASIONAL_POOL_BOXES,
    Kinerja,
    KinerjaMode,
    Potensial,
    Thresholds,
    box_of,
    kinerja_level,
    place,
    potensial_level,
    succession_group,
)
from .succession import Candidate, RankedCandidate, eligible, rank_candidates

__all__ = [
    "BOX_ACTIONS",
    "BOX_GRID",
    "INSTANSI_POOL_BOXES",
    "LEADERSHIP_REQUIRED",
    "NASIONAL_POOL_BOXES",
    "Candidate",
    "Kinerja",
    "KinerjaMode",
    "Potensial",
    "RankedCandidate",
    "Thresholds",
    "box_of",
    "eligible",
    "kinerja_level",
    "missing_for",
    "next_kinds",
    "place",
    "potensial_level",
    "rank_candidates",
    "succession_group",
]
