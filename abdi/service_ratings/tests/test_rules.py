from datetime import date

import pytest

from abdi.service_ratings.rules import (
    DEFAULT_MIN_COUNT,
    PeriodKind,
    period,
    period_holding,
    summarise,
    summary_from_counts,
    valid_score,
)


def test_the_default_minimum_is_the_appraisal_pages():
    from abdi.performance.views.appraisal_detail import MIN_CITIZEN_RATINGS

    assert DEFAULT_MIN_COUNT == MIN_CITIZEN_RATINGS == 5


@pytest.mark.parametrize(("scores", "minimum", "enough", "average"), [
    ([5, 4, 4, 3, 5], 5, True, 4.2),
    ([5, 4, 4, 5], 5, False, None),  # below the minimum nothing but the count is known
    ([4, 5, 4, 5], 1, True, 4.5),
    ([4, 4, 4, 5], 1, True, 4.3),  # 4.25 rounds half up
    ([1, 2], 2, True, 1.5),
    ([], 1, False, None),
    ([3], 0, True, 3.0),  # a minimum below 1 still needs one rating
])
def test_summary_is_withheld_below_the_minimum(scores, minimum, enough, average):
    summary = summarise(scores, minimum=minimum)
    assert summary.count == len(scores)
    assert summary.enough is enough
    assert summary.average == average
    assert bool(summary.distribution) is enough


def test_distribution_lists_every_score():
    summary = summary_from_counts({5: 3, 1: 2}, minimum=5)
    assert summary.distribution == ((1, 2), (2, 0), (3, 0), (4, 0), (5, 3))
    assert summary.average == 3.4


@pytest.mark.parametrize(("kind", "year", "number", "start", "end"), [
    ("month", 2026, 2, date(2026, 2, 1), date(2026, 2, 28)),
    ("month", 2024, 2, date(2024, 2, 1), date(2024, 2, 29)),
    ("month", 2026, 12, date(2026, 12, 1), date(2026, 12, 31)),
    ("quarter", 2026, 4, date(2026, 10, 1), date(2026, 12, 31)),
    ("year", 2026, 1, date(2026, 1, 1), date(2026, 12, 31)),
])
def test_periods(kind, year, number, start, end):
    p = period(kind, year, number)
    assert (p.start, p.end) == (start, end)


def test_period_holding_and_bad_numbers():
    assert period_holding(date(2026, 5, 17), PeriodKind.QUARTER).number == 2
    with pytest.raises(ValueError, match="does not exist"):
        period("quarter", 2026, 5)


@pytest.mark.parametrize(("value", "ok"), [(1, True), (5, True), (0, False), (6, False),
                                           (True, False), ("5", False), (None, False)])
def test_valid_score(value, ok):
    assert valid_score(value) is ok
