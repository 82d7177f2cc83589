"""rewards.rules: the workflow gate and the §7.2 pre-filter (predikat history, discipline)."""

from datetime import date

import pytest

from abdi.rewards.rules import (
    NominationStatus,
    blocking_penalty_between,
    is_award_candidate,
    next_status,
    predikat_window,
)


@pytest.mark.parametrize(("current", "decision", "expected"), [
    ("proposed", "approve", NominationStatus.APPROVED),
    ("proposed", "reject", NominationStatus.REJECTED),
    ("approved", "reject", None),
    ("rejected", "approve", None),
    ("proposed", "withdraw", None),
    ("nonsense", "approve", None),
])
def test_next_status(current, decision, expected):
    assert next_status(current, decision) == expected


@pytest.mark.parametrize(("by_year", "award_year", "years", "expected"), [
    ({2025: "SB"}, 2026, 1, ["SB"]),
    ({2025: "SB", 2026: "B"}, 2026, 1, ["B"]),  # the most recent year counts
    ({2023: "SB"}, 2026, 1, []),  # too old
    ({2024: "SB", 2025: "SB"}, 2026, 2, ["SB", "SB"]),
    ({}, 2026, 1, []),
])
def test_predikat_window(by_year, award_year, years, expected):
    assert predikat_window(by_year, award_year, years) == expected


def test_only_sedang_and_berat_in_the_period_block():
    start, end = date(2025, 1, 1), date(2026, 12, 31)
    assert not blocking_penalty_between([(date(2025, 5, 1), "ringan")], start, end)
    assert blocking_penalty_between([(date(2025, 5, 1), "sedang")], start, end)
    assert blocking_penalty_between([(date(2026, 5, 1), "berat")], start, end)
    assert not blocking_penalty_between([(date(2020, 5, 1), "berat")], start, end)


@pytest.mark.parametrize(("by_year", "penalties", "minimum", "years", "expected"), [
    ({2025: "SB"}, [], "SB", 1, True),  # §7.2: Sangat Baik in the last year
    ({2025: "B"}, [], "SB", 1, False),
    ({2025: "B"}, [], "B", 1, True),  # a government sets its own threshold
    ({2025: "SB"}, [(date(2025, 3, 1), "sedang")], "SB", 1, False),
    ({2025: "SB"}, [(date(2025, 3, 1), "ringan")], "SB", 1, True),
    ({2024: "B", 2025: "SB"}, [], "SB", 2, False),
    ({}, [], "SB", 1, False),  # no appraisal, no candidate
    ({}, [], "", 1, True),  # no predikat needed (a local award)
    ({}, [(date(2026, 1, 5), "berat")], "", 1, False),
])
def test_is_award_candidate(by_year, penalties, minimum, years, expected):
    assert is_award_candidate(by_year, penalties, award_year=2026, minimum=minimum,
                              years=years) is expected
