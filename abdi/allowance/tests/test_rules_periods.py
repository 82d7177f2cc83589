"""Effective periods of versioned TPP rules: clean sequences, overlaps, gaps, the one in force."""

from datetime import date

import pytest

from abdi.allowance.rules.periods import Period, PeriodProblem, in_force, period_findings

Y2025 = Period("2025", date(2025, 1, 1), date(2025, 12, 31))
Y2026 = Period("2026", date(2026, 1, 1), None)


def test_a_contiguous_sequence_is_clean():
    assert period_findings([Y2026, Y2025]) == []


@pytest.mark.parametrize(("periods", "problem"), [
    ([Y2025, Period("x", date(2025, 12, 31), None)], PeriodProblem.OVERLAP),  # one day shared
    ([Y2025, Period("x", date(2026, 1, 2), None)], PeriodProblem.GAP),  # 1 Jan 2026 uncovered
    ([Period("a", date(2025, 1, 1), None), Y2026], PeriodProblem.OPEN_BEFORE_LATER),
    ([Period("b", date(2025, 5, 1), date(2025, 4, 30))], PeriodProblem.BACKWARDS),
])
def test_problems_are_found(periods, problem):
    assert [finding.problem for finding in period_findings(periods)] == [problem]


@pytest.mark.parametrize(("day", "key"), [
    (date(2024, 12, 31), None), (date(2025, 1, 1), "2025"), (date(2025, 12, 31), "2025"),
    (date(2026, 1, 1), "2026"), (date(2040, 6, 1), "2026"),
])
def test_the_version_in_force(day, key):
    found = in_force([Y2025, Y2026], day)
    assert (found.key if found else None) == key
