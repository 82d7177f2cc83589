import pytest

from abdi.allowance.rules.budget import position


def test_a_month_within_the_year_leaves_the_rest_spread_over_the_months_to_come():
    found = position(1_200_000_000, 500_000_000, 100_000_000, 5)
    assert found.remaining == 600_000_000
    assert found.per_month_left == 85_714_285  # 600 million over 7 months, rounded down
    assert not found.over
    assert found.used_percent == 50


def test_a_month_beyond_the_year_is_over_by_the_difference():
    found = position(1_000, 900, 200, 11)
    assert found.over
    assert found.remaining == -100


def test_december_has_no_month_left_to_spread_over():
    assert position(1_000, 900, 100, 12).per_month_left is None


def test_no_budget_uses_nothing_of_it():
    assert position(0, 0, 0, 1).used_percent == 0


@pytest.mark.parametrize("args", [(-1, 0, 0, 1), (1, -1, 0, 1), (1, 0, 0, 13), (1, 0, 0, 0)])
def test_impossible_figures_are_refused(args):
    with pytest.raises(ValueError, match="whole Rupiah"):
        position(*args)
