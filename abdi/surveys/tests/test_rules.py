"""The SKM rules against every worked example of public-service.md §1 (T-SKM-1 … T-SKM-9)."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from abdi.surveys.rules import ikm, periods, sample, unsur
from abdi.surveys.rules.unsur import KEYS

# §1.7: 10 respondents x U1..U9 in the default order.
WORKED = [
    (4, 4, 3, 4, 4, 4, 4, 3, 3), (3, 3, 3, 4, 3, 4, 4, 3, 3), (4, 3, 3, 4, 4, 3, 4, 3, 3),
    (3, 3, 2, 4, 3, 3, 4, 3, 2), (4, 4, 3, 4, 4, 4, 4, 4, 3), (3, 3, 3, 4, 3, 3, 3, 3, 3),
    (4, 3, 3, 4, 3, 4, 4, 3, 3), (3, 3, 2, 4, 3, 3, 3, 3, 3), (4, 4, 3, 4, 4, 4, 4, 3, 3),
    (3, 3, 3, 4, 3, 3, 4, 3, 3),
]


def rows(raw):
    return [dict(zip(KEYS, r, strict=True)) for r in raw]


def test_nine_unsur_with_official_names_and_four_labels():
    assert [u.code for u in unsur.UNSUR] == [f"U{i}" for i in range(1, 10)]
    assert len(set(KEYS)) == 9
    assert unsur.BY_KEY["biaya"].options == ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")
    assert unsur.BY_KEY["pengaduan"].name == "Penanganan Pengaduan, Saran dan Masukan"
    assert unsur.BY_KEY["pengaduan"].options[1] == "Ada tetapi tidak berfungsi"
    assert all(len(u.options) == 4 for u in unsur.UNSUR)


def test_order_is_configurable_and_always_complete():
    swapped = unsur.ordered("sarana,pengaduan")
    assert [u.key for u in swapped][:2] == ["sarana", "pengaduan"]
    assert len(swapped) == 9
    assert {u.key for u in swapped} == set(KEYS)
    assert [u.key for u in unsur.ordered(None)] == list(KEYS)
    assert unsur.ordered("bogus,waktu,waktu")[0].key == "waktu"
    assert unsur.is_valid_order(",".join(reversed(KEYS)))
    assert not unsur.is_valid_order("waktu,biaya")


def test_t_skm_1_worked_example():
    result = ikm.compute(rows(WORKED))
    assert [u.total for u in result.unsur] == [35, 33, 28, 40, 34, 35, 38, 31, 29]
    assert [u.nrr for u in result.unsur] == [Fraction(x, 10) for x in
                                            (35, 33, 28, 40, 34, 35, 38, 31, 29)]
    assert [str(u.ikm) for u in result.unsur] == [
        "87.50", "82.50", "70.00", "100.00", "85.00", "87.50", "95.00", "77.50", "72.50"]
    assert [u.mutu.grade for u in result.unsur] == ["B", "B", "C", "A", "B", "B", "A", "B", "C"]
    assert result.skm == Fraction(101, 30)
    assert result.ikm_exact == Fraction(2525, 30)
    assert result.ikm == Decimal("84.17")
    assert (result.mutu.grade, result.mutu.label) == ("B", "Baik")
    assert [u.key for u in result.weakest] == ["waktu"]
    assert [u.key for u in result.lowest(2)] == ["waktu", "sarana"]
    assert result.respondents == 10


def test_t_skm_1_legacy_mode_is_labelled_and_differs():
    legacy = ikm.compute(rows(WORKED), legacy=True)
    assert legacy.legacy is True
    assert legacy.ikm == Decimal("84.08")
    assert legacy.mutu.grade == "B"


@pytest.mark.parametrize(("answer", "expected", "grade"), [(4, "100.00", "A"), (1, "25.00", "D")])
def test_t_skm_2_and_3_the_ends_of_the_scale(answer, expected, grade):
    result = ikm.compute(rows([(answer,) * 9] * 7))
    assert result.ikm == Decimal(expected)
    assert result.mutu.grade == grade


def test_legacy_all_fours_shows_the_drift():
    assert ikm.compute(rows([(4,) * 9] * 3), legacy=True).ikm == Decimal("99.90")


@pytest.mark.parametrize(("value", "grade"), [
    ("88.30", "B"), ("88.31", "A"),  # T-SKM-4
    ("76.60", "C"), ("76.61", "B"), ("65.00", "C"), ("64.99", "D"),  # T-SKM-5
    ("100.00", "A"), ("25.00", "D"),
])
def test_t_skm_4_and_5_interval_boundaries(value, grade):
    assert ikm.mutu(Decimal(value)).grade == grade


def test_labels_of_the_mutu():
    assert [ikm.mutu(Decimal(v)).label for v in ("90", "80", "70", "50")] == [
        "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"]


def test_t_skm_6_exact_weight_keeps_category_a():
    # 10 respondents, Σ of all answers = 318: 8 unsur at Σ 35, one at Σ 38.
    raw = [[4] * 9 for _ in range(10)]
    totals = [35] * 8 + [38]
    for col, total in enumerate(totals):
        for r in range(40 - total):
            raw[r][col] = 3
    assert sum(map(sum, raw)) == 318
    exact = ikm.compute(rows(raw))
    assert exact.ikm_exact == Fraction(318 * 25, 90)
    assert exact.ikm == Decimal("88.33")
    assert exact.mutu.grade == "A"
    legacy = ikm.compute(rows(raw), legacy=True)
    assert legacy.ikm == Decimal("88.25")
    assert legacy.mutu.grade == "B"


def test_t_skm_7_missing_answer_shrinks_the_divisor():
    raw = [dict.fromkeys(KEYS, 3) for _ in range(10)]
    for i, row in enumerate(raw):
        row["biaya"] = None if i < 2 else 4
    result = ikm.compute(raw)
    biaya = next(u for u in result.unsur if u.key == "biaya")
    assert (biaya.total, biaya.count, biaya.nrr) == (32, 8, Fraction(4))


@pytest.mark.parametrize("bad", [0, 5, -1, True, 2.5, "3"])
def test_t_skm_9_only_1_to_4_are_valid(bad):
    with pytest.raises(ValueError, match=r"is not 1\.\.4"):
        ikm.compute([dict.fromkeys(KEYS, 3) | {"waktu": bad}])
    assert not unsur.is_valid_answer(bad)
    assert all(unsur.is_valid_answer(v) for v in (1, 2, 3, 4))


def test_an_unsur_nobody_answered_gives_no_unit_index():
    result = ikm.compute([dict.fromkeys(KEYS, 3) | {"biaya": None}])
    assert result.ikm is None
    assert result.mutu is None
    assert ikm.compute([]).ikm is None


def test_rounding_is_half_up_on_the_exact_value():
    assert ikm.round_half_up(Fraction(8825, 100)) == Decimal("88.25")
    assert ikm.round_half_up(Fraction(88245, 1000)) == Decimal("88.25")
    assert ikm.round_half_up(Fraction(2525, 30)) == Decimal("84.17")
    assert ikm.round_half_up(Fraction(766049, 10000)) == Decimal("76.60")


@pytest.mark.parametrize(("n", "s"), sample.TABLE_ROWS)
def test_every_krejcie_morgan_table_row_by_the_formula(n, s):
    assert sample.formula_sample(n) == s
    assert sample.table_sample(n) == s


@pytest.mark.parametrize(("n", "s"), [(100, 80), (1500, 306), (10000, 370), (1000000, 384),  # T-SKM-8
                                      (1250, 294), (2750, 337), (12000, 372), (250000, 384)])
def test_t_skm_8_and_the_extra_formula_points(n, s):
    assert sample.formula_sample(n) == s


def test_the_formula_between_rows_and_the_table_option():
    assert float(sample.exact_sample(1250)) == pytest.approx(293.9961, abs=1e-4)
    assert sample.table_sample(1250) == 297  # next-larger row (1300)
    assert sample.required_sample(1250) == 294
    assert sample.required_sample(1250, sample.TABLE) == 297
    assert sample.required_sample(None) is None
    assert sample.formula_sample(0) == 0
    assert sample.formula_sample(3) == 3
    assert sample.table_sample(5_000_000) == 384
    assert len(sample.TABLE_ROWS) == 90


def test_periods():
    q = periods.period_of(datetime.date(2026, 8, 17), periods.QUARTER)
    assert (q.start, q.end, q.label, q.slug) == (
        datetime.date(2026, 7, 1), datetime.date(2026, 9, 30), "Triwulan III 2026", "2026-q3")
    assert periods.period_of(datetime.date(2026, 2, 1), periods.SEMESTER).end == datetime.date(2026, 6, 30)
    assert periods.period_of(datetime.date(2026, 2, 1), periods.YEAR).label == "Tahun 2026"
    assert [p.slug for p in periods.last_periods(datetime.date(2026, 2, 1), periods.QUARTER, 3)] == [
        "2025-q3", "2025-q4", "2026-q1"]
    assert periods.parse_slug("2026-q3", periods.QUARTER) == q
    assert periods.parse_slug("2026-q5", periods.QUARTER) is None
    assert periods.parse_slug("2026-s1", periods.QUARTER) is None
    assert periods.parse_slug("x", periods.YEAR) is None


def test_pooling_units_sums_answers_instead_of_averaging_indexes():
    first = ikm.compute(rows(WORKED))  # 84.17 from 10 respondents
    second = ikm.compute(rows([(1,) * 9]))  # 25.00 from 1 respondent
    pooled = ikm.pool([first, second])
    assert pooled.respondents == 11
    assert pooled.skm == Fraction(303 + 9, 99)
    assert pooled.ikm == Decimal("78.79")  # not (84.17 + 25) / 2
    assert ikm.pool([]).ikm is None
