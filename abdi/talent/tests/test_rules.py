"""Every worked example of competency-and-talent.md §6.5/§6.6 (T-TAL-1..6), exactly."""

import datetime
from decimal import Decimal

import pytest

from abdi.talent.rules import (
    BOX_ACTIONS,
    BOX_GRID,
    Candidate,
    KinerjaMode,
    Thresholds,
    missing_for,
    next_kinds,
    place,
    potensial_level,
    rank_candidates,
    succession_group,
)
from abdi.talent.rules.ninebox import composite

# T-TAL-1 table: employee, potensial X, predikat, expected box (predikat mode)
P = {"P1": ("84.00", "SB", 9), "P2": ("72.00", "B", 5), "P3": ("55.00", "SB", 4),
     "P4": ("80.00", "B", 8), "P5": ("79.99", "SB", 7), "P6": ("60.00", "BP", 3),
     "P7": ("59.99", "K", 1), "P8": ("91.00", "BP", 6), "P9": ("45.00", "B", 2)}
SCORE = Thresholds(mode=KinerjaMode.SCORE)


def test_t_tal_1_boxes_and_groups_in_predikat_mode():
    boxes = {name: place(Decimal(x), pred)[0] for name, (x, pred, _box) in P.items()}
    assert boxes == {name: box for name, (_x, _p, box) in P.items()}
    assert {n for n, b in boxes.items() if succession_group(b)} == {"P1", "P4", "P5"}
    assert {n for n, b in boxes.items() if succession_group(b) == "nasional"} == {"P1"}


def test_t_tal_2_boundaries():
    assert potensial_level(Decimal("80.00")) == "tinggi"
    assert potensial_level(Decimal("79.99")) == "menengah"
    assert potensial_level(Decimal("60.00")) == "menengah"
    assert potensial_level(Decimal("59.99")) == "rendah"


def test_t_tal_3_expired_assessment_excluded_from_nomination_but_stays_in_box():
    today = datetime.date(2026, 6, 1)
    fresh = Candidate(1, 7, Decimal("79"), "SB", assessed_on=datetime.date(2025, 1, 1))
    expired = Candidate(2, 7, Decimal("79.5"), "SB", assessed_on=datetime.date(2023, 1, 1))
    ranked = rank_candidates([fresh, expired], today=today, validity_years=3)
    assert [r.candidate.employee_id for r in ranked] == [1]
    assert place(Decimal("79.5"), "SB")[0] == 7  # the box report is unchanged


def test_t_tal_4_grid_rows():
    assert BOX_GRID[0] == (6, 8, 9)
    assert BOX_GRID[-1] == (1, 2, 4)


def test_t_tal_5_score_mode_moves():
    # Active mode: SCORE (S-TAL-3: 100/80/60/40/20 with cut-offs 60/80).
    moved = {n: place(Decimal(x), pred, SCORE)[0] for n, (x, pred, _b) in P.items()}
    assert moved == {"P1": 9, "P2": 7, "P3": 4, "P4": 9, "P5": 7, "P6": 5, "P7": 1, "P8": 8, "P9": 4}
    assert {n for n, b in moved.items() if succession_group(b)} == {"P1", "P2", "P4", "P5", "P8"}
    assert {n for n, b in moved.items() if succession_group(b) == "nasional"} == {"P1", "P4"}


def test_t_tal_6_composite():
    x = composite(Decimal("80.00"), Decimal("91.67"))
    assert x == Decimal("84.668")
    assert potensial_level(x) == "tinggi"


def test_actions_exist_for_every_box():
    assert set(BOX_ACTIONS) == set(range(1, 10))
    assert "Promote (siap dipromosikan)" in BOX_ACTIONS[9]


def test_configurable_cut_offs_and_bad_input():
    assert potensial_level(Decimal("70"), Thresholds(Decimal("68"), Decimal("77"))) == "menengah"
    with pytest.raises(ValueError, match="cut-offs"):
        Thresholds(Decimal("80"), Decimal("60"))
    with pytest.raises(ValueError, match=r"0\.\.100"):
        place(Decimal("101"), "SB")
    with pytest.raises(ValueError, match="unknown predikat"):
        place(Decimal("70"), "XX")


def test_ranking_with_evidence_and_training_tie_break():
    today = datetime.date(2026, 6, 1)
    a = Candidate(1, 8, Decimal("85"), "B", leadership=())
    b = Candidate(2, 8, Decimal("85"), "B", leadership=("PKA",))
    c = Candidate(3, 9, Decimal("90"), "SB")
    low = Candidate(4, 5, Decimal("95"), "B")
    sanctioned = Candidate(5, 9, Decimal("99"), "SB", active_sanction=True)
    ranked = rank_candidates([a, b, c, low, sanctioned], required_training="PKA", today=today)
    assert [r.candidate.employee_id for r in ranked] == [3, 2, 1]
    assert ranked[0].ready
    assert not ranked[1].ready
    assert "PKA held" in ranked[1].evidence
    assert "PKA missing" in ranked[2].evidence
    assert "box 9" in ranked[0].evidence


def test_career_path():
    assert next_kinds("PELAKSANA") == ("PENGAWAS",)
    assert next_kinds("ADMINISTRATOR") == ("JPT",)
    assert next_kinds("JPT") == ()
    assert missing_for("ADMINISTRATOR", held_trainings=["PKP"], box=5) == [
        "leadership training PKA", "talent box 7, 8 or 9"]
    assert missing_for("PENGAWAS", held_trainings=["PKA"], box=8) == []
    assert "rank (golongan)" in missing_for("PENGAWAS", held_trainings=[], box=None,
                                            grade_ordinal=8, min_grade_ordinal=9)
