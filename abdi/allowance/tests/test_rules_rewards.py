"""Pure tests of Satyalancana Karya Satya eligibility and the award forms (rules/rewards.py), §7."""

from datetime import date

import pytest

from abdi.allowance.rules.discipline import DisciplineLevel
from abdi.allowance.rules.rewards import (
    NEEDS_TIM_PENILAI_KINERJA,
    AwardForm,
    CltnRule,
    SlksClass,
    SlksObstacle,
    award_candidate,
    full_years_between,
    slks_eligibility,
)


@pytest.mark.parametrize(("slks", "years", "medal"), [
    (SlksClass.X, 10, "perunggu"),
    (SlksClass.XX, 20, "perak"),
    (SlksClass.XXX, 30, "emas"),
])
def test_slks_classes(slks, years, medal):
    assert (slks.years, slks.medal) == (years, medal)


@pytest.mark.parametrize(("start", "end", "years"), [
    pytest.param(date(2015, 5, 1), date(2025, 5, 1), 10, id="anniversary-completes"),
    pytest.param(date(2015, 5, 1), date(2025, 4, 30), 9, id="day-before"),
    pytest.param(date(2016, 2, 29), date(2017, 2, 28), 0, id="leap-day-not-yet"),
    pytest.param(date(2016, 2, 29), date(2017, 3, 1), 1, id="leap-day-reached"),
    pytest.param(date(2025, 5, 1), date(2024, 5, 1), 0, id="end-before-start"),
])
def test_full_years_between(start, end, years):
    assert full_years_between(start, end) == years


# §7.1 worked examples S1-S5.
@pytest.mark.parametrize(("tmt", "reference", "kwargs", "years", "slks", "obstacles"), [
    pytest.param(date(2015, 5, 1), date(2025, 5, 1), {}, 10, SlksClass.X, (), id="S1"),
    pytest.param(date(2015, 5, 1), date(2025, 4, 30), {}, 9, None, (SlksObstacle.NOT_ENOUGH_SERVICE,),
                 id="S2"),
    pytest.param(date(2005, 3, 1), date(2025, 6, 1), {"received": [SlksClass.X]}, 20, SlksClass.XX, (),
                 id="S3"),
    pytest.param(date(2005, 3, 1), date(2025, 6, 1),
                 {"received": ["X"], "penalties": [(date(2012, 7, 1), DisciplineLevel.SEDANG)]},
                 20, SlksClass.XX, (SlksObstacle.DISCIPLINE_PENALTY,), id="S4"),
    pytest.param(date(2005, 3, 1), date(2025, 6, 1),
                 {"received": ["X"], "penalties": [(date(2012, 7, 1), "ringan")]},
                 20, SlksClass.XX, (), id="S5"),
])
def test_worked_examples(tmt, reference, kwargs, years, slks, obstacles):
    decision = slks_eligibility(tmt, reference, **kwargs)
    assert (decision.service_years, decision.slks_class, decision.obstacles) == (years, slks, obstacles)
    assert decision.eligible is (not obstacles)


@pytest.mark.parametrize(("reference", "slks", "eligible"), [
    pytest.param(date(2024, 12, 31), SlksClass.XX, False, id="day-before-thirty-years"),
    pytest.param(date(2025, 1, 1), SlksClass.XXX, True, id="thirty-years-reached"),
])
def test_thirty_years_on_the_exact_day(reference, slks, eligible):
    decision = slks_eligibility(date(1995, 1, 1), reference, received=["X", "XX"])
    assert (decision.slks_class, decision.eligible) == (slks, eligible)
    if not eligible:
        assert decision.obstacles == (SlksObstacle.ALREADY_RECEIVED,)


def test_already_received_class_is_not_proposed_again():
    decision = slks_eligibility(date(2010, 1, 1), date(2025, 1, 1), received=[SlksClass.X])
    assert decision.service_years == 15
    assert decision.obstacles == (SlksObstacle.ALREADY_RECEIVED,)


def test_highest_reached_class_without_the_lower_one():
    # The algorithm of §7.1 proposes the highest class reached; holding the lower one is only a setting.
    free = slks_eligibility(date(2005, 3, 1), date(2025, 6, 1))
    assert (free.slks_class, free.eligible) == (SlksClass.XX, True)
    strict = slks_eligibility(date(2005, 3, 1), date(2025, 6, 1), require_previous_class=True)
    assert strict.obstacles == (SlksObstacle.PREVIOUS_CLASS_MISSING,)
    first = slks_eligibility(date(2015, 5, 1), date(2025, 5, 1), require_previous_class=True)
    assert first.eligible


@pytest.mark.parametrize(("penalty_day", "level", "blocked"), [
    pytest.param(date(2012, 7, 1), DisciplineLevel.BERAT, True, id="berat"),
    pytest.param(date(2005, 3, 1), "sedang", True, id="sedang-on-tmt-day"),
    pytest.param(date(2025, 6, 1), "sedang", True, id="sedang-on-reference-day"),
    pytest.param(date(2025, 6, 2), "sedang", False, id="sedang-after-reference-day"),
    pytest.param(date(2012, 7, 1), DisciplineLevel.RINGAN, False, id="ringan"),
])
def test_discipline_penalties_in_the_service_period(penalty_day, level, blocked):
    decision = slks_eligibility(date(2005, 3, 1), date(2025, 6, 1), received=["X"],
                                penalties=[(penalty_day, level)])
    assert (SlksObstacle.DISCIPLINE_PENALTY in decision.obstacles) is blocked
    assert decision.eligible is not blocked


CLTN_2018 = (date(2018, 1, 1), date(2018, 12, 31))  # 365 days


def test_cltn_disqualifies_by_default():
    decision = slks_eligibility(date(2015, 5, 1), date(2025, 5, 1), cltn_periods=[CLTN_2018])
    assert decision.service_years == 10
    assert decision.obstacles == (SlksObstacle.CLTN,)
    later = slks_eligibility(date(2015, 5, 1), date(2025, 5, 1), cltn_periods=[(date(2026, 1, 1),
                                                                                  date(2026, 6, 30))])
    assert later.eligible  # a CLTN after the reference date does not count yet


def test_cltn_not_counted_moves_the_threshold_by_its_length():
    # Service starts 365 days later, on 2016-04-30 (2016 is a leap year): ten years on 2026-04-30.
    rule = CltnRule.NOT_COUNTED
    before = slks_eligibility(date(2015, 5, 1), date(2026, 4, 29), cltn_periods=[CLTN_2018], cltn_rule=rule)
    assert (before.service_years, before.eligible) == (9, False)
    reached = slks_eligibility(date(2015, 5, 1), date(2026, 4, 30), cltn_periods=[CLTN_2018], cltn_rule=rule)
    assert (reached.service_years, reached.slks_class, reached.eligible) == (10, SlksClass.X, True)
    overlapping = slks_eligibility(date(2015, 5, 1), date(2026, 5, 1), cltn_rule=rule,
                                   cltn_periods=[CLTN_2018, (date(2018, 6, 1), date(2018, 6, 30))])
    assert overlapping.service_years == 10  # overlapping records count each day once


def test_several_obstacles_are_all_reported():
    decision = slks_eligibility(date(2015, 5, 1), date(2025, 4, 30), cltn_periods=[CLTN_2018],
                                penalties=[(date(2020, 1, 1), "berat")])
    assert decision.obstacles == (SlksObstacle.NOT_ENOUGH_SERVICE, SlksObstacle.DISCIPLINE_PENALTY,
                                  SlksObstacle.CLTN)
    assert decision.slks_class is None


# --- §7.2 ------------------------------------------------------------------------------------------


def test_awards_needing_the_tim_penilai_kinerja():
    b_and_c = {AwardForm.KENAIKAN_PANGKAT_ISTIMEWA, AwardForm.PRIORITAS_PENGEMBANGAN_KOMPETENSI}
    assert b_and_c == NEEDS_TIM_PENILAI_KINERJA
    assert AwardForm.TANDA_KEHORMATAN not in NEEDS_TIM_PENILAI_KINERJA
    assert len(AwardForm) == 4


@pytest.mark.parametrize(("yearly", "has_penalty", "kwargs", "candidate"), [
    pytest.param(["B", "SB"], False, {}, True, id="sangat-baik-last-year"),
    pytest.param(["SB", "B"], False, {}, False, id="baik-last-year"),
    pytest.param(["SB"], True, {}, False, id="penalty"),
    pytest.param([], False, {}, False, id="no-history"),
    pytest.param(["K", "B", "SB"], False, {"minimum": "B", "years": 2}, True, id="two-years-baik"),
    pytest.param(["B", "BP", "SB"], False, {"minimum": "B", "years": 2}, False, id="two-years-one-bp"),
])
def test_award_candidate(yearly, has_penalty, kwargs, candidate):
    assert award_candidate(yearly, has_penalty=has_penalty, **kwargs) is candidate
