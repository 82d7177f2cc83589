"""Pure rules: weights add up to 100, shares round half-up, progress, membership states."""

from decimal import Decimal

import pytest

from abdi.teams.rules.dates import period_ok, years_touched
from abdi.teams.rules.membership import Answer, MemberStatus, status_after
from abdi.teams.rules.progress import bar_width, mean_percent, percent
from abdi.teams.rules.weights import parse_weight, share, weights_complete, weights_total


@pytest.mark.parametrize(("weights", "complete"), [
    (["60", "40"], True), (["33.33", "33.33", "33.34"], True), (["100"], True),
    (["60", "30"], False), (["60", "40.01"], False), ([], False), (["50", "50", "0"], True)])
def test_weights_must_add_up_to_exactly_100(weights, complete):
    assert weights_complete(weights) is complete


def test_weights_total():
    assert weights_total(["33.33", "33.33"]) == Decimal("66.66")


@pytest.mark.parametrize(("raw", "parsed"), [
    ("60", Decimal("60.00")), ("12,5", Decimal("12.50")), (" 0 ", Decimal("0.00")),
    ("100", Decimal("100.00")), ("100.01", None), ("-1", None), ("abc", None), ("", None),
    ("1.234", None), ("NaN", None), ("Infinity", None), ("1e2", Decimal("100.00")),
    ("9" * 30, None), (None, None)])
def test_parse_weight(raw, parsed):
    assert parse_weight(raw) == parsed


@pytest.mark.parametrize(("value", "weight", "expected"), [
    ("10", "60", "6.00"), ("5", "60", "3.00"), ("10", "40", "4.00"), ("5", "40", "2.00"),
    ("7", "33.33", "2.33"), ("10", "66.67", "6.67"), ("1", "12.5", "0.13"),  # 0.125 -> 0.13
    ("0.01", "50", "0.01"), ("0", "100", "0.00")])
def test_share_rounds_half_up_to_a_cent(value, weight, expected):
    assert share(Decimal(value), Decimal(weight)) == Decimal(expected)


def test_progress():
    assert percent(5, 10) == Decimal("50.0")
    assert percent(5, 0) is None
    assert percent(15, 10) == Decimal("150.0")
    # each indicator counts up to 100%, so one overshoot does not hide a lagging one
    assert mean_percent([(15, 10), (0, 10)]) == Decimal("50.0")
    assert mean_percent([(1, 3)]) == Decimal("33.3")
    assert mean_percent([]) is None
    assert mean_percent([(1, 0)]) is None
    assert (bar_width(None), bar_width(Decimal("150")), bar_width(Decimal("42.7"))) == (0, 100, 42)


@pytest.mark.parametrize(("member", "atasan", "moved", "status"), [
    (Answer.PENDING, Answer.PENDING, False, MemberStatus.PENDING),
    (Answer.YES, Answer.PENDING, False, MemberStatus.PENDING),
    (Answer.PENDING, Answer.YES, False, MemberStatus.PENDING),
    (Answer.YES, Answer.YES, False, MemberStatus.ACTIVE),
    (Answer.NO, Answer.YES, False, MemberStatus.DECLINED),
    (Answer.YES, Answer.NO, False, MemberStatus.REFUSED),
    (Answer.YES, Answer.PENDING, True, MemberStatus.REAPPROVAL),
    (Answer.YES, Answer.YES, True, MemberStatus.ACTIVE)])
def test_membership_needs_both_answers(member, atasan, moved, status):
    assert status_after(member, atasan, moved=moved) == status


def test_dates():
    import datetime

    start, end = datetime.date(2026, 10, 1), datetime.date(2027, 3, 31)
    assert period_ok(start, end)
    assert not period_ok(end, start)
    assert years_touched(start, end) == [2026, 2027]
