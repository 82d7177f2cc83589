"""The peralatan kerja formula summed with the tasks before rounding (R-ABK-2, R-ABK-3), the
bezetting date of Per BKN 9/2022 and PPPK contract ends as departures (R-ABK-5)."""

from datetime import date
from fractions import Fraction

import pytest

from abdi.workforce.rules.abk import equipment_fte, staff_needed
from abdi.workforce.rules.bezetting import (
    in_service_for,
    leave_date,
    position_on,
    reference_date,
)
from abdi.workforce.rules.projection import departures_by_year, plan


def test_three_machines_half_a_person_two_shifts_is_three_fte():
    need = staff_needed([], equipment=[(3, Fraction(1, 2), 2)])
    assert (need.fte, need.equipment_fte, need.needed, need.low_load) == (3, 3, 3, False)
    assert need.minutes == 0


def test_equipment_and_tasks_are_summed_unrounded_then_rounded_once():
    # 1 machine x RPK 0.4 x 1 shift = 0.4, plus a task of 22,500 min = 0.3 FTE: 0.7 → 1.
    need = staff_needed([(1, 22_500)], equipment=[(1, Fraction(2, 5), 1)])
    assert need.fte == Fraction(7, 10)
    assert (need.needed, need.low_load) == (1, False)
    # Rounded apart they would give 0 + 0 (then 1 by rule 4); summed: 0.4 + 0.4 + 0.3 = 1.1 → 1.
    both = staff_needed([(1, 22_500)], equipment=[(1, Fraction(2, 5), 1), (2, Fraction(1, 5), 1)])
    assert (both.fte, both.needed) == (Fraction(11, 10), 1)
    # 1.2 FTE of tasks + 0.3 of equipment = 1.5 → 2 (half-up), where 1 + 0 would be 1.
    assert staff_needed([(1, 90_000)], equipment=[(1, Fraction(3, 10), 1)]).needed == 2


def test_equipment_alone_with_a_small_load_is_flagged_low():
    need = staff_needed([], equipment=[(1, Fraction(1, 5), 1)])
    assert (need.fte, need.needed, need.low_load) == (Fraction(1, 5), 1, True)


def test_equipment_fte_is_exact_with_decimal_ratios():
    assert equipment_fte([(7, Fraction("0.3333"), 3)]) == Fraction("6.9993")
    assert equipment_fte([]) == 0


def test_reference_date_is_31_december_of_the_previous_year():
    assert reference_date(2026) == date(2025, 12, 31)


@pytest.mark.parametrize(("is_pppk", "tmt", "ends", "expected"), [
    (True, None, date(2026, 6, 30), date(2026, 7, 1)),  # the day after the contract's last day
    (True, date(2030, 2, 1), date(2026, 6, 30), date(2026, 7, 1)),  # whichever comes first
    (True, date(2026, 2, 1), date(2028, 6, 30), date(2026, 2, 1)),
    (False, date(2030, 2, 1), date(2026, 6, 30), date(2030, 2, 1)),  # a PNS has no contract
    (True, None, None, None),
])
def test_leave_date(is_pppk, tmt, ends, expected):
    assert leave_date(is_pppk=is_pppk, retirement_tmt=tmt, contract_ends_on=ends) == expected


def test_a_contract_ending_in_the_first_year_is_a_departure_of_that_year():
    leaves = leave_date(is_pppk=True, retirement_tmt=None, contract_ends_on=date(2026, 12, 31))
    assert departures_by_year(2026, [leaves]) == [1, 0, 0, 0, 0]
    # Kebutuhan 2, one PPPK in post whose contract ends in 2026, no other holder.
    assert plan(2, 1, departures_by_year(2026, [leaves])).additions == (2, 0, 0, 0, 0)


def test_in_service_for_the_plan():
    assert in_service_for(None, 2026)
    assert in_service_for(date(2026, 1, 2), 2026)  # last day 1 January 2026
    assert not in_service_for(date(2026, 1, 1), 2026)  # last day 31 December 2025
    assert not in_service_for(date(2025, 7, 1), 2026)


def test_position_on_reads_the_latest_riwayat_started_by_that_day():
    history = [(date(2019, 3, 1), 1, 10), (date(2026, 2, 1), 2, 20)]
    assert position_on(history, date(2025, 12, 31)) == 10  # moved to 20 after 31 December
    assert position_on(history, date(2026, 2, 1)) == 20
    assert position_on(history, date(2018, 12, 31)) is None  # not yet appointed
    # The same TMT twice (a correction): the later entry wins.
    assert position_on([(date(2020, 1, 1), 5, 10), (date(2020, 1, 1), 9, 30)],
                       date(2025, 12, 31)) == 30
    assert position_on([], date(2025, 12, 31)) is None
