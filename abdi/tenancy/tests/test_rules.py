from datetime import date
from itertools import pairwise

import pytest

from abdi.tenancy.rules import AppraisalPeriodPolicy, periods_of_year, working_days_between


@pytest.mark.parametrize(
    ("policy", "count", "first", "last"),
    [
        (AppraisalPeriodPolicy.MONTHLY, 12, (date(2026, 1, 1), date(2026, 1, 31)),
         (date(2026, 12, 1), date(2026, 12, 31))),
        (AppraisalPeriodPolicy.QUARTERLY, 4, (date(2026, 1, 1), date(2026, 3, 31)),
         (date(2026, 10, 1), date(2026, 12, 31))),
        (AppraisalPeriodPolicy.SEMESTER, 2, (date(2026, 1, 1), date(2026, 6, 30)),
         (date(2026, 7, 1), date(2026, 12, 31))),
        (AppraisalPeriodPolicy.ANNUAL, 1, (date(2026, 1, 1), date(2026, 12, 31)),
         (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_periods_cover_the_year_without_gaps(policy, count, first, last):
    periods = periods_of_year(2026, policy)
    assert len(periods) == count
    assert periods[0] == first
    assert periods[-1] == last
    for (_, end), (start, _) in pairwise(periods):
        assert (start - end).days == 1


def test_february_of_a_leap_year_ends_on_the_29th():
    assert periods_of_year(2028, AppraisalPeriodPolicy.MONTHLY)[1] == (date(2028, 2, 1), date(2028, 2, 29))


def test_working_days_skip_weekends_and_holidays():
    monday_to_friday = frozenset({0, 1, 2, 3, 4})
    # 2026-08-17 (Monday) is Hari Kemerdekaan.
    holidays = frozenset({date(2026, 8, 17)})
    assert working_days_between(date(2026, 8, 17), date(2026, 8, 23), monday_to_friday, holidays) == 4
    assert working_days_between(date(2026, 8, 17), date(2026, 8, 23), monday_to_friday, frozenset()) == 5
