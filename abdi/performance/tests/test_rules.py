"""Table tests of the performance rules: the tables and worked examples of shared/domain/performance.md."""

import ast
import sys
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from abdi.people.rules import JfLevel as PeopleJfLevel
from abdi.performance import rules
from abdi.performance.rules import (
    AK_COEFFICIENT,
    AK_PERCENT,
    AK_REQUIREMENTS,
    BERAKHLAK,
    DISTRIBUTION_CURVES,
    LEGACY_BEHAVIOUR_ASPECTS,
    MESSAGES,
    PREDIKAT_MATRIX,
    PREDIKAT_ORDER,
    UNIT_HEAD_RATING,
    AkPurpose,
    AkRequirement,
    AnnualRule,
    Approach,
    Aspect,
    Bound,
    CycleStage,
    Enforcement,
    JfLevel,
    LampiranKind,
    LegacyCategory,
    Limit,
    OrgPredikat,
    PeriodKind,
    Perspective,
    Predikat,
    Problem,
    QuotaRounding,
    Rating,
    ResultCategory,
    SkpIndicator,
    SkpKind,
    SkpResult,
    ak_required,
    angka_kredit,
    annual_predikat,
    behaviour_value,
    check_distribution,
    check_unit_finalisation,
    count_predikat,
    feedback_problems,
    meets_ak_requirement,
    meets_promotion_predikat,
    needs_coaching,
    period_of,
    periods_of_year,
    poor_streak,
    pp30_category,
    pp30_score,
    pp46_category,
    predikat_for,
    quotas,
    realisation_percent,
    round_ak,
    skp_deadline,
    tidak_berkinerja_alert,
    total_angka_kredit,
    unit_head_rating,
    validate_result,
    validate_skp,
)
from abdi.tenancy.rules import AppraisalPeriodPolicy

SB, B, BP, K, SK = Predikat.SB, Predikat.B, Predikat.BP, Predikat.K, Predikat.SK
MOST, LEAST = Bound.AT_MOST, Bound.AT_LEAST


def codes(problems: tuple[Problem, ...]) -> list[str]:
    return [p.code for p in problems]


def counts_of(sb: int, b: int, bp: int, k: int, sk: int) -> dict[Predikat, int]:
    return {SB: sb, B: b, BP: bp, K: k, SK: sk}


# --- purity and messages --------------------------------------------------------------------


def test_rules_import_only_the_standard_library():
    package = Path(rules.__file__).parent
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in sys.stdlib_module_names, f"{source.name}: {name}"


def test_rule_modules_stay_small():
    for source in Path(rules.__file__).parent.glob("*.py"):
        assert len(source.read_text().splitlines()) <= 400, source.name


def test_public_api_is_exported():
    assert sorted(rules.__all__) == sorted(set(rules.__all__))
    for name in rules.__all__:
        assert hasattr(rules, name), name


def test_every_message_is_a_named_template():
    for code, template in MESSAGES.items():
        names = {node.split(")")[0] for node in template.split("%(")[1:]}
        assert template % dict.fromkeys(names, "x"), code


# --- §1 cycle and §2 SKP structure ----------------------------------------------------------


def test_cycle_has_the_four_stages_in_order():
    assert list(CycleStage) == ["PERENCANAAN", "PELAKSANAAN", "PENILAIAN", "TINDAK_LANJUT"]


@pytest.mark.parametrize(
    ("code", "label"),
    [("PL", "Penerima Layanan"), ("PB", "Proses Bisnis"), ("PI", "Penguatan Internal"), ("AG", "Anggaran")],
)
def test_jpt_perspectives(code, label):
    assert Perspective(code).label == label


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (Aspect, ["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"]),
        (ResultCategory, ["UTAMA", "TAMBAHAN"]),
        (Approach, ["KUANTITATIF", "KUALITATIF"]),
        (SkpKind, ["JPT", "NON_JPT"]),
        (LampiranKind, ["DUKUNGAN_SD", "SKEMA_PJ", "KONSEKUENSI"]),
    ],
)
def test_skp_enumerations_store_the_spec_codes(enum, values):
    assert list(enum) == values


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (LampiranKind.DUKUNGAN_SD, "Dukungan Sumber Daya"),
        (LampiranKind.SKEMA_PJ, "Skema Pertanggungjawaban"),
        (LampiranKind.KONSEKUENSI, "Konsekuensi"),
    ],
)
def test_lampiran_labels(kind, label):
    assert kind.label == label


def indicator(aspect: Aspect | None = Aspect.KUANTITAS, target=2) -> SkpIndicator:
    return SkpIndicator("Jumlah dokumen perencanaan", target, "Dokumen", aspect)


UTAMA, TAMBAHAN = ResultCategory.UTAMA, ResultCategory.TAMBAHAN
PARENT = 41  # an id of the atasan's result


@pytest.mark.parametrize(
    ("case", "kind", "result", "expected"),
    [
        ("non-JPT utama, complete", SkpKind.NON_JPT,
         SkpResult(UTAMA, "Dokumen RKA", (indicator(),), parent_result=PARENT), []),
        ("non-JPT utama without intervensi", SkpKind.NON_JPT,
         SkpResult(UTAMA, "Dokumen RKA", (indicator(),)), ["result_needs_parent"]),
        ("non-JPT tambahan may have no intervensi", SkpKind.NON_JPT,
         SkpResult(TAMBAHAN, "Panitia", (indicator(),)), []),
        ("no indicator", SkpKind.NON_JPT,
         SkpResult(UTAMA, "Dokumen RKA", (), parent_result=PARENT), ["result_needs_indicator"]),
        ("indicator without aspek", SkpKind.NON_JPT,
         SkpResult(UTAMA, "Dokumen RKA", (indicator(), indicator(aspect=None)), parent_result=PARENT),
         ["indicator_needs_aspect"]),
        ("indicator without target", SkpKind.NON_JPT,
         SkpResult(UTAMA, "Dokumen RKA", (indicator(target=None),), parent_result=PARENT),
         ["indicator_needs_target"]),
        ("target zero is a target", SkpKind.NON_JPT,
         SkpResult(UTAMA, "Temuan BPK", (indicator(target=0),), parent_result=PARENT), []),
        ("JPT with perspektif, no aspek, no intervensi", SkpKind.JPT,
         SkpResult(UTAMA, "Angka partisipasi sekolah", (indicator(aspect=None, target=Decimal("98.5")),),
                   perspective=Perspective.PL), []),
        ("JPT without perspektif", SkpKind.JPT,
         SkpResult(UTAMA, "Angka partisipasi sekolah", (indicator(aspect=None),)),
         ["result_needs_perspective"]),
        ("everything missing", SkpKind.NON_JPT, SkpResult(UTAMA, "Dokumen RKA"),
         ["result_needs_parent", "result_needs_indicator"]),
    ],
)
def test_validate_result(case, kind, result, expected):
    assert codes(validate_result(kind, result)) == expected, case


def test_validate_skp_numbers_rows_and_indicators():
    found = validate_skp("NON_JPT", [
        SkpResult(UTAMA, "Dokumen RKA", (indicator(),), parent_result=PARENT),
        SkpResult(UTAMA, "Laporan", (indicator(), indicator(aspect=None))),
    ])
    assert codes(found) == ["result_needs_parent", "indicator_needs_aspect"]
    assert found[1].params == {"row": "2", "indicator": "2"}
    assert found[1].message == (
        "Indicator 2 of result 2 needs one aspek: Kuantitas, Kualitas, Waktu or Biaya."
    )


@pytest.mark.parametrize(
    ("realised", "target", "options", "expected"),
    [
        (1, 2, {}, Fraction(50)),
        (3, 2, {}, Fraction(150)),
        (3, 2, {"cap": 100}, Fraction(100)),
        (Decimal("97.3"), Decimal("98.5"), {}, Fraction(97300, 985)),
        (0, 5, {}, Fraction(0)),
        (5, 0, {}, None),
        (10, 12, {"lower_is_better": True}, Fraction(120)),
        (0, 12, {"lower_is_better": True}, None),
    ],
)
def test_realisation_percent_is_help_only(realised, target, options, expected):
    assert realisation_percent(realised, target, **options) == expected


def test_realisation_cannot_be_negative():
    with pytest.raises(ValueError, match="negative"):
        realisation_percent(-1, 2)


# --- §3 BerAKHLAK -----------------------------------------------------------------------------


BERAKHLAK_TABLE = [
    (1, "Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat",
     "Ramah, cekatan, solutif, dan dapat diandalkan", "Melakukan perbaikan tiada henti"),
    (2, "Akuntabel",
     "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
     "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
     "Tidak menyalahgunakan kewenangan jabatan"),
    (3, "Kompeten", "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
     "Membantu orang lain belajar", "Melaksanakan tugas dengan kualitas terbaik"),
    (4, "Harmonis", "Menghargai setiap orang apapun latar belakangnya", "Suka menolong orang lain",
     "Membangun lingkungan kerja yang kondusif"),
    (5, "Loyal",
     "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia "
     "kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
     "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara", "Menjaga rahasia jabatan dan negara"),
    (6, "Adaptif", "Cepat menyesuaikan diri menghadapi perubahan",
     "Terus berinovasi dan mengembangkan kreativitas", "Bertindak proaktif"),
    (7, "Kolaboratif", "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
     "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
     "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama"),
]


@pytest.mark.parametrize(("number", "name", "first", "second", "third"), BERAKHLAK_TABLE)
def test_berakhlak_values_are_stored_verbatim(number, name, first, second, third):
    value = behaviour_value(number)
    assert (value.number, value.name, value.indicators) == (number, name, (first, second, third))


def test_berakhlak_has_seven_values_in_order():
    assert [value.number for value in BERAKHLAK] == [1, 2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize("number", [0, 8, "1", None])
def test_unknown_berakhlak_number(number):
    with pytest.raises(ValueError, match="1 to 7"):
        behaviour_value(number)


def test_legacy_behaviour_aspects():
    assert LEGACY_BEHAVIOUR_ASPECTS == (
        "Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan",
    )


# --- §4 periods, annual predikat, deadlines ---------------------------------------------------


def test_period_kinds_match_the_government_policy_values():
    assert [kind.value for kind in PeriodKind] == [policy.value for policy in AppraisalPeriodPolicy]


@pytest.mark.parametrize(
    ("kind", "label", "count", "first", "last"),
    [
        (PeriodKind.MONTHLY, "Bulanan", 12, (date(2026, 1, 1), date(2026, 1, 31)),
         (date(2026, 12, 1), date(2026, 12, 31))),
        (PeriodKind.QUARTERLY, "Triwulan", 4, (date(2026, 1, 1), date(2026, 3, 31)),
         (date(2026, 10, 1), date(2026, 12, 31))),
        (PeriodKind.SEMESTER, "Semester", 2, (date(2026, 1, 1), date(2026, 6, 30)),
         (date(2026, 7, 1), date(2026, 12, 31))),
        (PeriodKind.ANNUAL, "Tahunan", 1, (date(2026, 1, 1), date(2026, 12, 31)),
         (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_periods_of_year(kind, label, count, first, last):
    periods = periods_of_year(2026, kind)
    assert kind.label == label
    assert [p.number for p in periods] == list(range(1, count + 1))
    assert (periods[0].start, periods[0].end) == first
    assert (periods[-1].start, periods[-1].end) == last


def test_periods_cover_a_leap_february():
    assert periods_of_year(2028, "monthly")[1].end == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("day", "kind", "number", "start", "end"),
    [
        (date(2026, 8, 15), PeriodKind.QUARTERLY, 3, date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 6, 30), PeriodKind.SEMESTER, 1, date(2026, 1, 1), date(2026, 6, 30)),
        (date(2026, 12, 31), PeriodKind.MONTHLY, 12, date(2026, 12, 1), date(2026, 12, 31)),
        (date(2026, 2, 1), PeriodKind.ANNUAL, 1, date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_period_of_a_day(day, kind, number, start, end):
    period = period_of(day, kind)
    assert (period.number, period.start, period.end) == (number, start, end)
    assert day in period


def test_periods_are_clipped_to_the_position_held():
    periods = periods_of_year(2026, PeriodKind.QUARTERLY, start=date(2026, 3, 15), end=date(2026, 8, 10))
    assert [(p.number, p.start, p.end) for p in periods] == [
        (1, date(2026, 3, 15), date(2026, 3, 31)),
        (2, date(2026, 4, 1), date(2026, 6, 30)),
        (3, date(2026, 7, 1), date(2026, 8, 10)),
    ]


@pytest.mark.parametrize(
    ("periodic", "rule", "choice", "expected"),
    [
        ([B, BP, SB], AnnualRule.LAST_PERIOD, None, SB),
        (["SB", "SB", "BP"], "last_period", None, BP),
        ([B, BP, SB], AnnualRule.PENILAI_JUDGEMENT, B, B),
    ],
)
def test_annual_predikat(periodic, rule, choice, expected):
    assert annual_predikat(periodic, rule=rule, penilai_choice=choice) is expected


@pytest.mark.parametrize(
    ("periodic", "rule"), [([], AnnualRule.LAST_PERIOD), ([B], AnnualRule.PENILAI_JUDGEMENT)],
)
def test_annual_predikat_needs_its_input(periodic, rule):
    with pytest.raises(ValueError, match="annual predikat"):
        annual_predikat(periodic, rule=rule)


def test_skp_deadline_defaults_to_end_of_january_and_is_a_setting():
    assert skp_deadline(2026) == date(2026, 1, 31)
    assert skp_deadline(2026, month_day=(2, 28)) == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        (OrgPredikat.IST, Rating.ATAS),
        (OrgPredikat.B, Rating.SESUAI),
        (OrgPredikat.BP, Rating.BAWAH),
        (OrgPredikat.K, Rating.BAWAH),
        (OrgPredikat.SK, Rating.BAWAH),
    ],
)
def test_unit_head_rating_default_mapping(org, expected):
    assert unit_head_rating(org) is expected


def test_unit_head_rating_mapping_is_a_setting():
    mapping = {**UNIT_HEAD_RATING, OrgPredikat.BP: Rating.SESUAI}
    assert unit_head_rating("BP", mapping=mapping) is Rating.SESUAI


# --- §5, §6 ratings and the predikat matrix ---------------------------------------------------


@pytest.mark.parametrize(
    ("code", "label"),
    [("ATAS", "Di Atas Ekspektasi"), ("SESUAI", "Sesuai Ekspektasi"), ("BAWAH", "Di Bawah Ekspektasi")],
)
def test_rating_scale(code, label):
    assert Rating(code).label == label


@pytest.mark.parametrize(
    ("case", "hasil", "perilaku", "expected"),
    [
        (1, "ATAS", "ATAS", "SB"),
        (2, "ATAS", "SESUAI", "B"),
        (3, "ATAS", "BAWAH", "K"),
        (4, "SESUAI", "ATAS", "B"),
        (5, "SESUAI", "SESUAI", "B"),
        (6, "SESUAI", "BAWAH", "K"),
        (7, "BAWAH", "ATAS", "BP"),
        (8, "BAWAH", "SESUAI", "BP"),
        (9, "BAWAH", "BAWAH", "SK"),
    ],
)
def test_predikat_matrix_nine_cells(case, hasil, perilaku, expected):
    assert predikat_for(hasil, perilaku) is Predikat(expected), case
    assert predikat_for(Rating(hasil), Rating(perilaku)) is Predikat(expected), case


def test_matrix_has_exactly_nine_cells():
    assert set(PREDIKAT_MATRIX) == {(h, p) for h in Rating for p in Rating}


@pytest.mark.parametrize(("hasil", "perilaku"), [(h, p) for h in Rating for p in Rating])
def test_reading_of_the_matrix(hasil, perilaku):
    predikat = predikat_for(hasil, perilaku)
    if perilaku is Rating.BAWAH:
        assert predikat in {K, SK}
    if hasil is Rating.BAWAH:
        assert not predikat.is_at_least(B)
    assert (predikat is SB) == (hasil is perilaku is Rating.ATAS)


def test_unknown_rating_is_refused():
    with pytest.raises(ValueError, match="CUKUP"):
        predikat_for("CUKUP", "ATAS")


@pytest.mark.parametrize(
    ("rank", "code", "label"),
    [(1, "SB", "Sangat Baik"), (2, "B", "Baik"), (3, "BP", "Butuh Perbaikan"), (4, "K", "Kurang/Misconduct"),
     (5, "SK", "Sangat Kurang")],
)
def test_predikat_values_best_first(rank, code, label):
    predikat = Predikat(code)
    assert (predikat.rank, predikat.label) == (rank, label)
    assert PREDIKAT_ORDER[rank - 1] is predikat


@pytest.mark.parametrize(
    ("predikat", "other", "expected"),
    [(SB, B, True), (B, B, True), (BP, B, False), (SK, K, False), (K, "SK", True)],
)
def test_predikat_comparison(predikat, other, expected):
    assert predikat.is_at_least(other) is expected


# --- §7 organisation predikat and the distribution curve ---------------------------------------


@pytest.mark.parametrize(
    ("code", "label"),
    [("IST", "Istimewa"), ("B", "Baik"), ("BP", "Butuh Perbaikan"), ("K", "Kurang"), ("SK", "Sangat Kurang")],
)
def test_organisation_predikat(code, label):
    assert OrgPredikat(code).label == label


def limits(org: OrgPredikat, total: int, rounding=QuotaRounding.STRICT) -> list[tuple]:
    return [(q.limit.predikat, q.limit.bound, q.heads) for q in quotas(org, total, rounding=rounding)]


@pytest.mark.parametrize(
    ("org", "total", "expected"),
    [
        # The curve of every organisation predikat, for ten employees.
        (OrgPredikat.IST, 10, [((SB,), MOST, 7)]),
        (OrgPredikat.B, 10, [((B,), MOST, 7), ((BP, K), LEAST, 1)]),
        (OrgPredikat.BP, 10, [((BP,), LEAST, 6), ((SB,), MOST, 1)]),
        (OrgPredikat.K, 10, [((K,), LEAST, 6), ((BP,), LEAST, 1), ((SB,), MOST, 1)]),
        (OrgPredikat.SK, 10, [((SK,), LEAST, 6), ((K, BP), LEAST, 1), ((SB,), MOST, 0)]),
        # The "Limits" column of the worked examples with other unit sizes.
        (OrgPredikat.B, 12, [((B,), MOST, 8), ((BP, K), LEAST, 1)]),
        (OrgPredikat.B, 7, [((B,), MOST, 4), ((BP, K), LEAST, 1)]),
        (OrgPredikat.BP, 7, [((BP,), LEAST, 5), ((SB,), MOST, 0)]),
        # A positive minimum is never below one employee.
        (OrgPredikat.K, 3, [((K,), LEAST, 2), ((BP,), LEAST, 1), ((SB,), MOST, 0)]),
        (OrgPredikat.SK, 1, [((SK,), LEAST, 1), ((K, BP), LEAST, 1), ((SB,), MOST, 0)]),
    ],
)
def test_quotas_per_organisation_predikat(org, total, expected):
    assert limits(org, total) == expected


def test_quotas_use_integers_not_floats():
    # 0.6 x 10 in floating point is 6.000000000000001, whose ceiling would be 7.
    assert limits(OrgPredikat.K, 10)[0][2] == 6
    assert all(limits(OrgPredikat.IST, n)[0][2] == 70 * n // 100 for n in range(0, 301))


@pytest.mark.parametrize(
    ("org", "total", "expected"),
    [
        (OrgPredikat.IST, 10, [((SB,), MOST, 7)]),
        (OrgPredikat.B, 7, [((B,), MOST, 5), ((BP, K), LEAST, 1)]),
        (OrgPredikat.BP, 7, [((BP,), LEAST, 4), ((SB,), MOST, 1)]),
        (OrgPredikat.K, 4, [((K,), LEAST, 2), ((BP,), LEAST, 1), ((SB,), MOST, 0)]),
    ],
)
def test_half_up_rounding_is_a_setting(org, total, expected):
    assert limits(org, total, QuotaRounding.HALF_UP) == expected


# (case, org predikat, n, counts, violations as (code, predikat, limit, count, by how many))
DISTRIBUTION_EXAMPLES = [
    ("D1", OrgPredikat.IST, 10, (7, 3, 0, 0, 0), []),
    ("D2", OrgPredikat.IST, 10, (8, 2, 0, 0, 0), [("distribution_too_many", (SB,), 7, 8, 1)]),
    ("D3", OrgPredikat.B, 12, (2, 8, 1, 1, 0), []),
    ("D4", OrgPredikat.B, 12, (1, 9, 2, 0, 0), [("distribution_too_many", (B,), 8, 9, 1)]),
    ("D5", OrgPredikat.B, 12, (4, 8, 0, 0, 0), [("distribution_too_few", (BP, K), 1, 0, 1)]),
    ("D6", OrgPredikat.BP, 10, (1, 2, 6, 1, 0), []),
    ("D7", OrgPredikat.BP, 10, (2, 2, 6, 0, 0), [("distribution_too_many", (SB,), 1, 2, 1)]),
    ("D8", OrgPredikat.K, 10, (1, 1, 1, 6, 1), []),
    ("D9", OrgPredikat.SK, 10, (0, 2, 1, 1, 6), []),
    ("D10", OrgPredikat.SK, 10, (1, 1, 1, 1, 6), [("distribution_too_many", (SB,), 0, 1, 1)]),
    ("D11", OrgPredikat.B, 7, (1, 4, 1, 1, 0), []),
    ("D12", OrgPredikat.BP, 7, (0, 2, 4, 1, 0), [("distribution_too_few", (BP,), 5, 4, 1)]),
]


@pytest.mark.parametrize(("case", "org", "total", "counts", "expected"), DISTRIBUTION_EXAMPLES)
def test_distribution_worked_examples(case, org, total, counts, expected):
    check = check_distribution(org, counts_of(*counts))
    assert check.total == total, case
    assert check.ok is (not expected), case
    found = [(p.code, v.quota.limit.predikat, v.quota.heads, v.count, v.excess)
             for p, v in zip(check.problems, check.violations, strict=True)]
    assert found == expected, case


@pytest.mark.parametrize(
    ("org", "counts", "expected"),
    [
        # Several limits broken at once, each with its own count.
        (OrgPredikat.K, (3, 0, 0, 5, 2), [((K,), 1), ((BP,), 1), ((SB,), 2)]),
        (OrgPredikat.SK, (2, 8, 0, 0, 0), [((SK,), 6), ((K, BP), 1), ((SB,), 2)]),
        (OrgPredikat.IST, (10, 0, 0, 0, 0), [((SB,), 3)]),
    ],
)
def test_distribution_reports_every_breach_and_by_how_many(org, counts, expected):
    check = check_distribution(org, counts_of(*counts))
    assert [(v.quota.limit.predikat, v.excess) for v in check.violations] == expected


def test_distribution_messages():
    d2 = check_distribution("IST", counts_of(8, 2, 0, 0, 0)).problems[0]
    assert d2.message == (
        "Sangat Baik is given to 8 of 10 employees; with organisation predikat Istimewa at most 7 are "
        "allowed (1 too many)."
    )
    d5 = check_distribution("B", counts_of(4, 8, 0, 0, 0)).problems[0]
    assert d5.params["predikat"] == "Butuh Perbaikan + Kurang/Misconduct"
    assert d5.params["shortfall"] == "1"


def test_distribution_accepts_string_codes_and_missing_predikat():
    assert check_distribution("IST", {"SB": 7, "B": 3}).ok
    assert check_distribution("IST", {"SB": 8, "B": 2}).violations[0].excess == 1


def test_distribution_counts_from_a_list_of_predikat():
    counts = count_predikat(["SB"] * 7 + [B] * 3)
    assert counts == counts_of(7, 3, 0, 0, 0)
    assert check_distribution(OrgPredikat.IST, counts).ok


def test_half_up_changes_the_verdict_of_d12():
    assert check_distribution("BP", counts_of(0, 2, 4, 1, 0), rounding="half_up").ok


def test_an_empty_unit_has_nothing_to_distribute():
    assert check_distribution("SK", {}).ok


@pytest.mark.parametrize("counts", [{SB: -1}, {SB: 1.5}, {SB: True}, {"A": 1}])
def test_distribution_refuses_bad_counts(counts):
    with pytest.raises(ValueError):  # noqa: PT011 - the messages differ per input
        check_distribution("IST", counts)


def test_curves_are_a_parameter():
    curves = {**DISTRIBUTION_CURVES, OrgPredikat.IST: (Limit((SB,), MOST, percent=80),)}
    assert check_distribution("IST", counts_of(8, 2, 0, 0, 0), curves=curves).ok


def test_a_limit_has_a_percent_or_a_count():
    with pytest.raises(ValueError, match="either"):
        Limit((SB,), MOST)
    with pytest.raises(ValueError, match="either"):
        Limit((SB,), MOST, percent=10, count=1)


@pytest.mark.parametrize(
    ("org", "counts", "enforcement", "blocked", "expected"),
    [
        ("IST", (7, 3, 0, 0, 0), Enforcement.BLOCK, False, []),
        ("IST", (8, 2, 0, 0, 0), Enforcement.BLOCK, True, ["distribution_too_many"]),
        ("IST", (8, 2, 0, 0, 0), Enforcement.WARN, False, ["distribution_too_many"]),
        (None, (7, 3, 0, 0, 0), Enforcement.WARN, True, ["org_predikat_missing"]),
    ],
)
def test_unit_finalisation(org, counts, enforcement, blocked, expected):
    check = check_unit_finalisation(org, counts_of(*counts), enforcement=enforcement)
    assert check.blocked is blocked
    assert codes(check.problems) == expected


# --- §8 feedback --------------------------------------------------------------------------------


def test_feedback_needed_before_a_period_closes():
    found = feedback_problems({"RHK 1": 2, "RHK 2": 0, "Akuntabel": 0})
    assert [p.params["target"] for p in found] == ["RHK 2", "Akuntabel"]
    assert feedback_problems({"RHK 1": 2}, minimum=3)[0].params == {
        "target": "RHK 1", "count": "2", "minimum": "3",
    }
    assert feedback_problems({"RHK 1": 0}, minimum=0) == ()


# --- §10.1 angka kredit -------------------------------------------------------------------------


@pytest.mark.parametrize(("predikat", "percent"), [(SB, 150), (B, 100), (BP, 75), (K, 50), (SK, 25)])
def test_ak_percent_per_predikat(predikat, percent):
    assert AK_PERCENT[predikat] == percent


AK_TABLE = [
    (JfLevel.PEMULA, "3.75", ("5.625", "3.75", "2.8125", "1.875", "0.9375")),
    (JfLevel.TERAMPIL, "5", ("7.5", "5", "3.75", "2.5", "1.25")),
    (JfLevel.MAHIR, "12.5", ("18.75", "12.5", "9.375", "6.25", "3.125")),
    (JfLevel.PENYELIA, "25", ("37.5", "25", "18.75", "12.5", "6.25")),
    (JfLevel.AHLI_PERTAMA, "12.5", ("18.75", "12.5", "9.375", "6.25", "3.125")),
    (JfLevel.AHLI_MUDA, "25", ("37.5", "25", "18.75", "12.5", "6.25")),
    (JfLevel.AHLI_MADYA, "37.5", ("56.25", "37.5", "28.125", "18.75", "9.375")),
    (JfLevel.AHLI_UTAMA, "50", ("75", "50", "37.5", "25", "12.5")),
]


@pytest.mark.parametrize(("level", "coefficient", "per_predikat"), AK_TABLE)
def test_ak_table(level, coefficient, per_predikat):
    assert AK_COEFFICIENT[level] == Decimal(coefficient)
    for predikat, expected in zip(PREDIKAT_ORDER, per_predikat, strict=True):
        assert angka_kredit(predikat, level) == Fraction(expected), predikat


def test_jf_levels_match_the_people_levels():
    assert {level.value for level in JfLevel} == {level.value for level in PeopleJfLevel}


@pytest.mark.parametrize(
    ("case", "level", "predikat", "months", "exact", "shown"),
    [
        ("A1", "AHLI_PERTAMA", "SB", 12, Fraction("18.75"), "18.75"),
        ("A2", "AHLI_MUDA", "B", 12, Fraction(25), "25.00"),
        ("A3", "AHLI_MADYA", "BP", 12, Fraction("28.125"), "28.13"),
        ("A4", "AHLI_PERTAMA", "B", 2, Fraction(25, 12), "2.08"),
        ("A5", "TERAMPIL", "K", 6, Fraction("1.25"), "1.25"),
    ],
)
def test_ak_worked_examples(case, level, predikat, months, exact, shown):
    value = angka_kredit(predikat, level, months=months)
    assert value == exact, case
    assert round_ak(value) == Decimal(shown), case
    assert str(round_ak(value)) == shown, case


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(25, 12), 4, "2.0833"),
        (Fraction("28.125"), 2, "28.13"),
        (Fraction("5.625"), 2, "5.63"),
        (Fraction("2.8125"), 2, "2.81"),
        (Fraction("9.375"), 2, "9.38"),
        (Fraction("3.125"), 2, "3.13"),
        (Decimal("0.9375"), 4, "0.9375"),
    ],
)
def test_ak_display_rounding_is_half_up(value, places, expected):
    assert str(round_ak(value, places)) == expected


@pytest.mark.parametrize("months", [0, 13, 1.5, True])
def test_ak_months_are_one_to_twelve(months):
    with pytest.raises(ValueError, match="1 to 12"):
        angka_kredit(B, JfLevel.AHLI_PERTAMA, months=months)


@pytest.mark.parametrize(
    ("level", "low", "high", "for_rank", "for_level"),
    [
        (JfLevel.AHLI_PERTAMA, "III/a", "III/b", 50, 100),
        (JfLevel.AHLI_MUDA, "III/c", "III/d", 100, 200),
        (JfLevel.AHLI_MADYA, "IV/a", "IV/c", 150, 450),
        (JfLevel.AHLI_UTAMA, "IV/d", "IV/e", 200, None),
        (JfLevel.PENYELIA, "III/c", "III/d", 100, None),
        (JfLevel.MAHIR, "III/a", "III/b", 50, 100),
        (JfLevel.TERAMPIL, "II/b", "II/d", 20, 60),
        (JfLevel.PEMULA, "II/a", "II/a", 15, 15),
    ],
)
def test_ak_kumulatif_table(level, low, high, for_rank, for_level):
    assert AK_REQUIREMENTS[level] == AkRequirement(low, high, for_rank, for_level)
    assert ak_required(level, AkPurpose.KENAIKAN_PANGKAT) == for_rank
    assert ak_required(level, AkPurpose.KENAIKAN_JENJANG) == for_level


@pytest.mark.parametrize(
    ("yearly", "expected_total", "meets"),
    [
        ([B, B, B, B], Fraction(50), True),  # A6: Baik four years running
        ([SB, SB, SB], Fraction("56.25"), True),  # A6: Sangat Baik three years running
        ([B, B, B], Fraction("37.5"), False),
        ([SB, B, BP], Fraction("40.625"), False),
    ],
)
def test_ak_kumulatif_example_a6(yearly, expected_total, meets):
    total = total_angka_kredit(angka_kredit(p, JfLevel.AHLI_PERTAMA) for p in yearly)
    assert total == expected_total
    assert meets_ak_requirement(total, JfLevel.AHLI_PERTAMA, AkPurpose.KENAIKAN_PANGKAT) is meets


def test_ak_requirements_are_a_parameter_and_the_top_has_no_next_level():
    table = {**AK_REQUIREMENTS, JfLevel.PEMULA: AkRequirement("II/a", "II/a", 10, 10)}
    assert meets_ak_requirement(Decimal("11.25"), "PEMULA", "KENAIKAN_PANGKAT", table=table)
    with pytest.raises(ValueError, match="no higher jenjang"):
        meets_ak_requirement(500, JfLevel.AHLI_UTAMA, AkPurpose.KENAIKAN_JENJANG)


# --- §10.2 legacy scales ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("skp", "behaviour", "with_360", "expected"),
    [
        (100, 80, False, Fraction(94)),
        (100, 80, True, Fraction(92)),
        (Decimal("85.5"), 90, False, Fraction("86.85")),
    ],
)
def test_pp30_weights(skp, behaviour, with_360, expected):
    assert pp30_score(skp, behaviour, with_360=with_360) == expected


@pytest.mark.parametrize(
    ("score", "new_idea", "expected"),
    [
        (115, True, LegacyCategory.SANGAT_BAIK),
        (115, False, LegacyCategory.BAIK),
        (90, False, LegacyCategory.BAIK),
        (Decimal("89.99"), False, LegacyCategory.CUKUP),
        (70, False, LegacyCategory.CUKUP),
        (50, False, LegacyCategory.KURANG),
        (Decimal("49.9"), True, LegacyCategory.SANGAT_KURANG),
    ],
)
def test_pp30_categories(score, new_idea, expected):
    assert pp30_category(score, new_idea=new_idea) is expected


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (91, LegacyCategory.SANGAT_BAIK),
        (90, LegacyCategory.BAIK),
        (76, LegacyCategory.BAIK),
        (75, LegacyCategory.CUKUP),
        (61, LegacyCategory.CUKUP),
        (60, LegacyCategory.KURANG),
        (51, LegacyCategory.KURANG),
        (50, LegacyCategory.BURUK),
        (Decimal("90.5"), LegacyCategory.SANGAT_BAIK),
    ],
)
def test_pp46_categories(score, expected):
    assert pp46_category(score) is expected


# --- §11 tindak lanjut --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predikat", "below", "expected"),
    [(SB, B, False), (B, B, False), (BP, B, True), (K, B, True), (SK, B, True), (B, SB, True)],
)
def test_coaching_opens_below_baik(predikat, below, expected):
    assert needs_coaching(predikat, below=below) is expected


@pytest.mark.parametrize(
    ("yearly", "options", "expected"),
    [
        ([B, SB], {}, True),
        ([BP, B, B], {}, True),
        ([B, BP], {}, False),
        ([B], {}, False),
        ([SB, B, B], {"years": 3}, True),
        ([SB, B], {"minimum": SB}, False),
    ],
)
def test_kenaikan_pangkat_predikat_requirement(yearly, options, expected):
    assert meets_promotion_predikat(yearly, **options) is expected


@pytest.mark.parametrize(
    ("yearly", "streak", "alert"),
    [
        ([B, K, SK], 2, True),
        ([K, SK, B], 0, False),
        ([SK], 1, False),
        (["K", "K", "K"], 3, True),
        ([], 0, False),
        ([BP, K], 1, False),
    ],
)
def test_poor_streak(yearly, streak, alert):
    assert poor_streak(yearly) == streak
    assert tidak_berkinerja_alert(yearly) is alert


def test_poor_streak_threshold_is_a_setting():
    assert tidak_berkinerja_alert([SK], threshold=1)
