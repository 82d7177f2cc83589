"""The ABK rules against every worked example and acceptance test of the spec (§3.8-§3.10)."""

from datetime import date
from fractions import Fraction

import pytest

from abdi.people.rules.retirement import retirement_age, retirement_tmt
from abdi.workforce.rules.abk import (
    Period,
    annual_volume,
    check_wke,
    equipment_need,
    fte_display,
    round_half_up,
    selisih,
    staff_needed,
    task_fte,
)
from abdi.workforce.rules.efficiency import Pj, classify, efficiency
from abdi.workforce.rules.projection import departures_by_year, plan, totals

T_ABK_1 = [(annual_volume(900, Period.TAHUN), 60), (annual_volume(20, Period.HARI), 15),
           (annual_volume(1, Period.BULAN), 300)]


def test_t_abk_1_sum_first_round_once():
    need = staff_needed(T_ABK_1)
    assert need.minutes == 132_600
    assert need.fte == Fraction(1768, 1000)
    assert need.needed == 2
    assert not need.low_load
    assert fte_display(need.fte) == "1.77"
    # The per-task ceiling (wrong, R-ABK-3 rule 3) would give 3: we never do it.
    assert need.needed != sum(-(-task_fte(a, n).numerator // task_fte(a, n).denominator)
                              for a, n in T_ABK_1)
    assert [task_fte(a, n) for a, n in T_ABK_1] == [Fraction(72, 100), 1, Fraction(48, 1000)]


@pytest.mark.parametrize(("bezetting", "ej2", "pj", "gap"), [
    (1, Fraction(177, 100), Pj.A, -1), (2, Fraction(88, 100), Pj.C, 0),
    (3, Fraction(59, 100), Pj.D, 1)])
def test_t_abk_1_ej_pj(bezetting, ej2, pj, gap):
    need = staff_needed(T_ABK_1)
    result = efficiency(need.fte, bezetting)
    assert (result.ej_2dp, result.pj) == (ej2, pj)
    assert selisih(bezetting, need.needed) == gap


def test_t_abk_3_half_up():
    assert staff_needed([(1, 187_500)]).needed == 3  # 2.5 FTE
    assert staff_needed([(249, 750)]).needed == 2  # 2.49 FTE
    assert round_half_up(Fraction(3, 2)) == 2
    assert round_half_up(Fraction(149, 100)) == 1


def test_t_abk_4_weekly_and_t_abk_5_monthly():
    assert annual_volume(6, Period.MINGGU) == 300
    assert task_fte(300, 250) == 1
    assert annual_volume(2, Period.BULAN) == 24
    assert task_fte(24, 3125) == 1


@pytest.mark.parametrize(("exact", "pj"), [(Fraction(895, 1000), Pj.B), (Fraction(1004, 1000), Pj.B),
                                           (Fraction(1006, 1000), Pj.A), (Fraction(69, 100), Pj.D),
                                           (Fraction(4999, 10000), Pj.D), (Fraction(49, 100), Pj.E)])
def test_t_abk_6_and_7_classified_after_two_decimals(exact, pj):
    assert efficiency(exact, 1).pj is pj


def test_classify_bands():
    assert [classify(Fraction(x, 100)) for x in (101, 100, 90, 89, 70, 69, 50, 49)] == [
        Pj.A, Pj.B, Pj.B, Pj.C, Pj.C, Pj.D, Pj.D, Pj.E]


def test_t_abk_8_vacant():
    result = efficiency(Fraction(3), 0)
    assert result.vacant
    assert result.pj is None
    assert selisih(0, 3) == -3


def test_t_abk_9_low_load():
    need = staff_needed([(1, 22_500)])
    assert need.fte == Fraction(3, 10)
    assert need.needed == 1
    assert need.low_load
    assert staff_needed([]).needed == 0


def test_t_abk_2_projection():
    result = plan(10, 8, [1, 0, 1, 0, 0])
    assert result.additions == (3, 0, 1, 0, 0)
    assert result.available == (7, 10, 9, 10, 10)
    assert result.total_additions == 4


def test_t_abk_2_surplus_variant():
    result = plan(10, 12, [1, 1, 0, 1, 0])
    assert result.available == (11, 10, 10, 9, 10)
    assert result.additions == (0, 0, 0, 1, 0)


def test_departures_use_the_people_bup_rules():
    # A pelaksana born 15 March 1967 reaches BUP 58 on 15 March 2025: TMT pensiun 1 April 2025.
    tmt = retirement_tmt(date(1967, 3, 15), retirement_age("PELAKSANA"))
    assert tmt == date(2025, 4, 1)
    # BUP reached in December: TMT 1 January, but the departure belongs to the BUP year.
    december = retirement_tmt(date(1967, 12, 5), 58)
    assert departures_by_year(2025, [tmt, december, date(2031, 1, 1)]) == [2, 0, 0, 0, 0]


def test_totals_never_net_shortage_against_excess():
    result = totals([(2, 1, 0, 1), (1, 3, 1, 0), (1, 0, 0, 1)])
    assert (result.needed, result.bezetting, result.shortage, result.excess) == (4, 4, 2, 2)
    assert (result.departures, result.proposed) == (1, 2)


@pytest.mark.parametrize("bad", [0, 49_999, 100_001, True, 75_000.0])
def test_absurd_wke_refused(bad):
    with pytest.raises(ValueError, match="WKE must be"):
        check_wke(bad)


def test_other_wke_and_equipment():
    assert staff_needed([(1, 72_000)], 72_000).fte == 1
    assert equipment_need(3, Fraction(1, 2), 2) == 3
    with pytest.raises(ValueError, match="cannot be negative"):
        equipment_need(-1, 1, 1)
    with pytest.raises(ValueError, match="volume must be"):
        task_fte(-1, 10)
    with pytest.raises(ValueError, match="cannot be negative"):
        plan(1, -1, [0] * 5)
