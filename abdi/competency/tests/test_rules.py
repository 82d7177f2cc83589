"""The pure rules against every worked example of competency-and-talent.md §5.6 (T-KOM-1..6)."""

from decimal import Decimal

import pytest

from abdi.competency.rules import akpk
from abdi.competency.rules import jpm as r
from abdi.competency.rules.kamus import STANDARD, STANDARD_CODES

CODES = STANDARD_CODES


def _profile(values):
    return dict(zip(CODES, values, strict=True))


def test_the_kamus_has_the_nine_names_in_order_with_five_levels_each():
    assert [(c.code, c.name) for c in STANDARD] == [
        ("M1", "Integritas"), ("M2", "Kerja Sama"), ("M3", "Komunikasi"),
        ("M4", "Orientasi pada Hasil"), ("M5", "Pelayanan Publik"),
        ("M6", "Pengembangan Diri dan Orang Lain"), ("M7", "Mengelola Perubahan"),
        ("M8", "Pengambilan Keputusan"), ("SK1", "Perekat Bangsa")]
    assert all(len(c.levels()) == 5 for c in STANDARD)
    assert STANDARD[0].levels()[0].source == "spec"
    assert STANDARD[1].levels()[4].source == "descriptive"


@pytest.mark.parametrize(("kind", "level", "expected"), [
    ("JPT", "UTAMA", 5), ("JPT", "MADYA", 5), ("JPT", "PRATAMA", 4), ("JPT", "", 4),
    ("ADMINISTRATOR", "", 3), ("PENGAWAS", "", 2), ("PELAKSANA", "", 1),
    ("FUNGSIONAL", "AHLI_UTAMA", 4), ("FUNGSIONAL", "AHLI_MADYA", 3),
    ("FUNGSIONAL", "AHLI_MUDA", 2), ("FUNGSIONAL", "AHLI_PERTAMA", 1),
    ("FUNGSIONAL", "PENYELIA", 1), ("FUNGSIONAL", "PEMULA", 1)])
def test_default_levels_by_jabatan(kind, level, expected):
    assert r.default_profile(kind, level) == dict.fromkeys(CODES, expected)


# (test, standard, actual, V1, V3, pemetaan, seleksi, gap codes)
EXAMPLES = [
    ("T-KOM-1", [4] * 9, [4, 4, 3, 4, 4, 3, 3, 4, 4], "91.67", "91.67", "optimal", "MS",
     ["M3", "M6", "M7"]),
    ("T-KOM-2", [3] * 9, [3, 2, 3, 3, 2, 3, 2, 3, 3], "88.89", "89.00", "cukup_optimal", "MS",
     ["M2", "M5", "M7"]),
    ("T-KOM-3", [3] * 9, [2, 2, 2, 3, 2, 2, 2, 2, 3], "74.07", "74.33", "kurang_optimal", "MMS",
     ["M1", "M2", "M3", "M5", "M6", "M7", "M8"]),
    ("T-KOM-4", [2] * 9, [3, 2, 3, 3, 2, 3, 2, 2, 2], "100.00", "122.22", "optimal", "MS", []),
    ("T-KOM-5", [4, 3, 3, 4, 3, 3, 3, 3, 3], [3, 3, 2, 4, 3, 2, 3, 3, 3], "89.66", "89.89",
     "cukup_optimal", "MS", ["M1", "M3", "M6"]),
]


@pytest.mark.parametrize(("name", "std", "actual", "v1", "v3", "pemetaan", "seleksi", "gap_codes"), EXAMPLES)
def test_worked_jpm_examples(name, std, actual, v1, v3, pemetaan, seleksi, gap_codes):
    required, levels = _profile(std), _profile(actual)
    value = r.jpm(levels, required)
    assert value == Decimal(v1)
    assert r.jpm(levels, required, r.V3) == Decimal(v3)
    assert r.pemetaan_category(value) == pemetaan
    assert r.seleksi_category(value) == seleksi
    gaps = r.gaps(levels, required)
    assert sorted(c for c, g in gaps.items() if g < 0) == gap_codes
    assert all(g == -1 for g in gaps.values() if g < 0)


def test_t_kom_1_ikk():
    assert r.ikk(r.jpm(_profile([4, 4, 3, 4, 4, 3, 3, 4, 4]), _profile([4] * 9))) == Decimal("8.33")


def test_t_kom_4_uncapped_variant():
    assert r.jpm(_profile([3, 2, 3, 3, 2, 3, 2, 2, 2]), _profile([2] * 9), r.V2) == Decimal("122.22")


def test_t_kom_6_surplus_hides_no_deficit_in_v4():
    levels, required = _profile([5, 4, 3, 4, 4, 3, 3, 4, 4]), _profile([4] * 9)
    assert r.jpm(levels, required) == Decimal("94.44")
    assert r.jpm(levels, required, r.V4) == Decimal("91.67")
    assert (r.pemetaan_category(r.jpm(levels, required)), r.seleksi_category(Decimal("94.44"))) \
        == ("optimal", "MS")
    assert sorted(c for c, g in r.gaps(levels, required).items() if g < 0) == ["M3", "M6", "M7"]


@pytest.mark.parametrize(("value", "pemetaan", "seleksi"), [
    ("90.00", "optimal", "MS"), ("89.995", "optimal", "MS"), ("89.99", "cukup_optimal", "MS"),
    ("80.00", "cukup_optimal", "MS"), ("79.99", "cukup_optimal", "MMS"),
    ("78.00", "cukup_optimal", "MMS"), ("77.99", "kurang_optimal", "MMS"),
    ("68.00", "kurang_optimal", "MMS"), ("67.99", "kurang_optimal", "KMS")])
def test_boundaries_belong_to_the_higher_band(value, pemetaan, seleksi):
    assert r.pemetaan_category(Decimal(value)) == pemetaan
    assert r.seleksi_category(Decimal(value)) == seleksi


def test_no_profile_no_jpm():
    assert r.jpm({"M1": 3}, {}) is None


def test_akpk_priority_order():
    gaps = {"M3": -1, "TEK1": -2, "M6": -2, "SK1": -1, "M1": 0, "TEK2": -1}
    order = [n.code for n in akpk.needs(gaps, performance_codes=frozenset({"SK1"}))]
    # largest gap first; manajerial before teknis; performance-linked before the rest.
    assert order == ["M6", "TEK1", "SK1", "M3", "TEK2"]


def test_suggestions():
    assert akpk.suggestion(-2)[0] == "klasikal"
    assert akpk.suggestion(-1)[0] == "nonklasikal"
