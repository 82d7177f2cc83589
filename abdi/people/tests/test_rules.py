"""Table tests of the personnel rules, from the worked examples in shared/domain/personnel.md."""

import ast
import sys
from datetime import date
from pathlib import Path

import pytest

from abdi.people import rules
from abdi.people.rules import (
    MESSAGES,
    PNS_GRADES,
    PPPK_GRADES,
    EmployeeKind,
    Gender,
    JfLevel,
    JobGroup,
    JobKind,
    JptLevel,
    Problem,
    RetirementRule,
    bup_date,
    decode_nik,
    format_full_name,
    grade_fits_jf_level,
    grade_ordinal,
    guess_kind_from_nip,
    initial_grade_for_education,
    jf_grade_range,
    job_group,
    nik_nip_consistency,
    normalise_grade,
    normalise_job_level,
    normalise_pns_grade,
    normalise_pppk_grade,
    pangkat_name,
    retirement_age,
    retirement_from_history,
    retirement_tmt,
    retirement_tmt_from_history,
    validate_kelas_jabatan,
    validate_nip,
)

PNS = EmployeeKind.PNS
PPPK = EmployeeKind.PPPK


def codes(problems: tuple[Problem, ...]) -> list[str]:
    return [p.code for p in problems]


# --- purity ---------------------------------------------------------------------------------


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


# --- §1 NIP (PNS / CPNS) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "nip", "birth", "year", "month", "gender", "serial"),
    [
        ("N1", "196608011988031001", date(1966, 8, 1), 1988, 3, Gender.L, "001"),
        ("N2", "198609262015051001", date(1986, 9, 26), 2015, 5, Gender.L, "001"),
        ("N3", "199608182022041001", date(1996, 8, 18), 2022, 4, Gender.L, "001"),
    ],
)
def test_valid_pns_nip_is_decoded(case, nip, birth, year, month, gender, serial):
    check = validate_nip(nip, PNS)
    assert check.ok, case
    assert check.errors == ()
    assert check.warnings == ()
    assert check.kind is PNS
    assert check.birth_date == birth
    assert (check.appointment_year, check.appointment_month) == (year, month)
    assert check.contract_field is None
    assert check.gender is gender
    assert check.serial == serial


@pytest.mark.parametrize(
    ("case", "nip", "error"),
    [
        ("N4", "19660801198803100", "nip_length"),
        ("N5", "196613011988031001", "nip_birth_month"),
        ("N6", "196602301988031001", "nip_birth_day"),
        ("N7", "196608011988131001", "nip_tmt_month"),
        ("N8", "196608011988033001", "nip_gender_digit"),
        ("N9", "196608011988031000", "nip_serial_zero"),
        ("N10", "196608011965031001", "nip_tmt_not_after_birth"),
        ("19 digits", "1966080119880310011", "nip_length"),
        ("empty", "", "nip_length"),
        ("letters", "19660801198803100A", "nip_not_digits"),
        ("dashes", "19660801-198803-1-001", "nip_not_digits"),
        ("non-ASCII digits", "١٩٦٦٠٨٠١١٩٨٨٠٣١٠٠١", "nip_not_digits"),
        ("birth year 0000", "000008011988031001", "nip_birth_year"),
        ("birth day 00", "196608001988031001", "nip_birth_day"),
        ("31 April", "196604311988031001", "nip_birth_day"),
        ("29 Feb, not a leap year", "196702291988031001", "nip_birth_day"),
        ("TMT month 00", "196608011988001001", "nip_tmt_month"),
        ("TMT year 0000", "196608010000031001", "nip_tmt_year"),
        ("TMT in the birth month", "196608011966081001", "nip_tmt_not_after_birth"),
        ("sex digit 0", "196608011988030001", "nip_gender_digit"),
    ],
)
def test_invalid_pns_nip(case, nip, error):
    check = validate_nip(nip, PNS)
    assert not check.ok, case
    assert codes(check.errors) == [error]


def test_n11_underage_at_tmt_is_a_warning_only():
    check = validate_nip("200801012024011001", PNS)
    assert check.ok
    assert codes(check.warnings) == ["nip_age_at_tmt"]
    assert check.warnings[0].params == {"age": "16", "tmt": "2024-01"}
    assert check.birth_date == date(2008, 1, 1)


@pytest.mark.parametrize(
    ("nip", "warned"),
    [
        ("196608011984081001", False),  # exactly 18 at TMT
        ("196608011984071001", True),  # 17 at TMT
        ("196608012007071001", False),  # 40 at TMT
        ("196608012007081001", True),  # 41 at TMT
    ],
)
def test_plausible_age_window_at_tmt(nip, warned):
    check = validate_nip(nip, PNS)
    assert check.ok
    assert codes(check.warnings) == (["nip_age_at_tmt"] if warned else [])


def test_several_errors_are_all_reported():
    check = validate_nip("196608011965033000", PNS)
    assert codes(check.errors) == ["nip_tmt_not_after_birth", "nip_gender_digit", "nip_serial_zero"]


def test_cpns_follows_the_pns_rules():
    assert validate_nip("196608011988031001", EmployeeKind.CPNS).ok
    assert codes(validate_nip("196608011988131001", "CPNS").errors) == ["nip_tmt_month"]


@pytest.mark.parametrize(
    "nip", ["19660801 198803 1 001", " 196608011988031001 ", "19660801\t198803 1 001"]
)
def test_printed_nip_with_spaces_is_accepted(nip):
    check = validate_nip(nip, PNS)
    assert check.ok
    assert check.serial == "001"


@pytest.mark.parametrize(
    ("record", "error"),
    [
        ({"birth_date": date(1966, 8, 1), "gender": "L", "tmt_cpns": date(1988, 3, 1)}, None),
        ({"birth_date": date(1966, 8, 1), "gender": Gender.L, "tmt_cpns": date(1988, 3, 15)},
         None),
        ({"birth_date": date(1966, 8, 2)}, "nip_birth_mismatch"),
        ({"gender": "P"}, "nip_gender_mismatch"),
        ({"gender": Gender.P}, "nip_gender_mismatch"),
        ({"tmt_cpns": date(1988, 4, 1)}, "nip_tmt_mismatch"),
        ({"tmt_cpns": date(1989, 3, 1)}, "nip_tmt_mismatch"),
        ({"gender": ""}, None),
    ],
)
def test_nip_cross_checks_against_the_record(record, error):
    check = validate_nip("196608011988031001", PNS, **record)
    assert codes(check.errors) == ([error] if error else [])


def test_cross_check_message_names_both_values():
    check = validate_nip("196608011988031001", PNS, tmt_cpns=date(1988, 4, 1))
    assert check.errors[0].message == (
        "TMT CPNS 1988-03 in digits 9-14 differs from the recorded TMT CPNS 1988-04."
    )


def test_error_message_is_an_english_sentence_with_values():
    problem = validate_nip("196613011988031001", PNS).errors[0]
    assert problem.message == "Birth month 13 in digits 5-6 is not a real month."
    assert problem.params == {"month": "13"}


def test_unknown_employee_kind_is_refused():
    with pytest.raises(ValueError, match="HONORER"):
        validate_nip("196608011988031001", "HONORER")


# --- §2 NI PPPK -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [EmployeeKind.PPPK, EmployeeKind.PPPK_PARUH_WAKTU, "PPPK"])
def test_p1_valid_ni_pppk(kind):
    check = validate_nip("199001012023212001", kind)
    assert check.ok
    assert check.warnings == ()
    assert check.birth_date == date(1990, 1, 1)
    assert check.appointment_year == 2023
    assert check.appointment_month is None
    assert check.contract_field == "21"
    assert check.gender is Gender.P
    assert check.serial == "001"


def test_p2_ni_pppk_validated_as_pns_fails_on_tmt_month():
    check = validate_nip("199001012023212001", PNS)
    assert codes(check.errors) == ["nip_tmt_month"]
    assert check.errors[0].params == {"month": "21"}
    assert codes(check.warnings) == ["nip_looks_like_pppk"]


@pytest.mark.parametrize(
    ("case", "ni", "errors", "warnings"),
    [
        ("contract field 01", "199001012023012001", [], []),
        ("contract field 99", "199001012023992001", [], []),
        ("contract field 00", "199001012023002001", ["pppk_contract_field"], []),
        ("appointed at 17", "199001012007212001", [], ["pppk_young"]),
        ("appointed at 18", "199001012008212001", [], []),
        ("appointed before birth", "199001011989212001", ["pppk_year_before_birth"], []),
        ("year 0000", "199001010000212001", ["pppk_year"], []),
        ("birth month 13", "199013012023212001", ["nip_birth_month"], []),
        ("sex digit 3", "199001012023213001", ["nip_gender_digit"], []),
        ("serial 000", "199001012023212000", ["nip_serial_zero"], []),
        ("17 digits", "19900101202321200", ["nip_length"], []),
    ],
)
def test_ni_pppk_rules(case, ni, errors, warnings):
    check = validate_nip(ni, PPPK)
    assert codes(check.errors) == errors, case
    assert codes(check.warnings) == warnings, case


@pytest.mark.parametrize(
    ("record", "errors"),
    [
        ({"birth_date": date(1990, 1, 1), "gender": "P", "tmt_cpns": date(2023, 10, 1)}, []),
        ({"tmt_cpns": date(2024, 1, 1)}, ["pppk_year_mismatch"]),
        ({"gender": "L"}, ["nip_gender_mismatch"]),
        ({"birth_date": date(1990, 1, 2)}, ["nip_birth_mismatch"]),
    ],
)
def test_ni_pppk_cross_checks(record, errors):
    assert codes(validate_nip("199001012023212001", PPPK, **record).errors) == errors


@pytest.mark.parametrize(
    ("nip", "kind"),
    [
        ("199001012023212001", EmployeeKind.PPPK),
        ("199001012025132001", EmployeeKind.PPPK),
        ("196608011988031001", None),
        ("196608011988121001", None),
        ("199001012023002001", None),
        ("1990010120232120", None),
        ("19900101202321200X", None),
    ],
)
def test_guess_kind_from_nip(nip, kind):
    assert guess_kind_from_nip(nip) == kind


# --- messages -------------------------------------------------------------------------------


PROBLEM_SAMPLES = [
    validate_nip("19660801198803100", PNS),
    validate_nip("19660801198803100A", PNS),
    validate_nip("000008011988031001", PNS),
    validate_nip("196613011988031001", PNS),
    validate_nip("196602301988033000", PNS),
    validate_nip("196608010000031001", PNS),
    validate_nip("199001012023212001", PNS),
    validate_nip("196608011965031001", PNS),
    validate_nip("200801012024011001", PNS),
    validate_nip("196608011988031001", PNS, birth_date=date(1966, 8, 2), gender="P",
                 tmt_cpns=date(1988, 4, 1)),
    validate_nip("199001010000002001", PPPK),
    validate_nip("199001011989212001", PPPK, tmt_cpns=date(2023, 1, 1)),
    validate_nip("199001012007212001", PPPK),
]


def test_every_problem_message_comes_from_its_template():
    seen = set()
    for check in PROBLEM_SAMPLES:
        for problem in check.errors + check.warnings:
            assert problem.message == MESSAGES[problem.code] % problem.params
            assert problem.message.endswith(".")
            seen.add(problem.code)
    assert {code for code in MESSAGES if code.startswith(("nip_", "pppk_"))} == seen


def test_problems_compare_and_hash_by_value():
    first = validate_nip("196613011988031001", PNS).errors[0]
    second = validate_nip("196613011988031001", PNS).errors[0]
    assert first == second
    assert hash(first) == hash(second)


# --- §3 NIK ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "nik", "birth", "gender", "serial"),
    [
        ("K1", "3206055205750002", date(1975, 5, 12), Gender.P, "0002"),
        ("K2", "3206051205750001", date(1975, 5, 12), Gender.L, "0001"),
    ],
)
def test_nik_is_decoded(case, nik, birth, gender, serial):
    check = decode_nik(nik, today=date(2025, 6, 1))
    assert check.ok, case
    assert (check.province, check.regency, check.district) == ("32", "06", "05")
    assert check.birth_date == birth
    assert check.gender is gender
    assert check.serial == serial


@pytest.mark.parametrize(
    ("nik", "today", "birth"),
    [
        ("3206051205250001", date(2025, 6, 1), date(2025, 5, 12)),
        ("3206051205260001", date(2025, 6, 1), date(1926, 5, 12)),
        ("3206051205000001", date(2025, 6, 1), date(2000, 5, 12)),
        ("3206051205990001", date(2025, 6, 1), date(1999, 5, 12)),
        ("3206051205260001", date(2026, 1, 1), date(2026, 5, 12)),
        ("3206057102000001", date(2025, 6, 1), None),  # 31 February
        ("3206056902000001", date(2025, 6, 1), date(2000, 2, 29)),
    ],
)
def test_nik_century_is_inferred_from_today(nik, today, birth):
    assert decode_nik(nik, today=today).birth_date == birth


@pytest.mark.parametrize(
    ("nik", "errors"),
    [
        ("1006051205750001", ["nik_province"]),
        ("9506051205750001", ["nik_province"]),
        ("1106051205750001", []),
        ("9406051205750001", []),
        ("3200051205750001", ["nik_regency"]),
        ("3206001205750001", ["nik_district"]),
        ("3206050005750001", ["nik_birth_day"]),
        ("3206053205750001", ["nik_birth_day"]),
        ("3206054005750001", ["nik_birth_day"]),
        ("3206054105750001", []),
        ("3206057105750001", []),  # 31 May, a woman
        ("3206057205750001", ["nik_birth_day"]),
        ("3206051213750001", ["nik_birth_month"]),
        ("3206051200750001", ["nik_birth_month"]),
        ("3206053102750001", ["nik_birth_date"]),
        ("3206051205750000", ["nik_serial_zero"]),
        ("320605120575000", ["nik_length"]),
        ("3206.05.120575.0001", ["nik_not_digits"]),
        ("3206 0512 0575 0001", []),
    ],
)
def test_nik_rules(nik, errors):
    check = decode_nik(nik, today=date(2025, 6, 1))
    assert codes(check.errors) == errors
    for problem in check.errors:
        assert problem.message == MESSAGES[problem.code] % problem.params


@pytest.mark.parametrize(
    ("case", "nik", "nip", "warnings"),
    [
        ("K3", "3206055205750002", "197505122000032001", []),
        ("K4", "3206051205750001", "197505212000031001", ["nik_nip_birth_mismatch"]),
        ("sex differs", "3206051205750001", "197505122000032001", ["nik_nip_gender_mismatch"]),
        ("century ignored", "3206051205750001", "187505122000031001", []),
        ("malformed NIK", "32060512057500", "197505212000031001", []),
        ("malformed NIP", "3206051205750001", "1975052120000310", []),
        ("NIK day invalid", "3206053505750001", "197505212000031001", []),
    ],
)
def test_nik_nip_consistency(case, nik, nip, warnings):
    assert codes(nik_nip_consistency(nik, nip)) == warnings, case


def test_k4_warning_names_both_dates():
    (warning,) = nik_nip_consistency("3206051205750001", "197505212000031001")
    assert warning.message == "NIK birth date 12-05-75 differs from the NIP birth date 21-05-75."


# --- §4 golongan PNS ------------------------------------------------------------------------

GOLONGAN_TABLE = [
    (1, "I/a", "Juru Muda"),
    (2, "I/b", "Juru Muda Tingkat I"),
    (3, "I/c", "Juru"),
    (4, "I/d", "Juru Tingkat I"),
    (5, "II/a", "Pengatur Muda"),
    (6, "II/b", "Pengatur Muda Tingkat I"),
    (7, "II/c", "Pengatur"),
    (8, "II/d", "Pengatur Tingkat I"),
    (9, "III/a", "Penata Muda"),
    (10, "III/b", "Penata Muda Tingkat I"),
    (11, "III/c", "Penata"),
    (12, "III/d", "Penata Tingkat I"),
    (13, "IV/a", "Pembina"),
    (14, "IV/b", "Pembina Tingkat I"),
    (15, "IV/c", "Pembina Utama Muda"),
    (16, "IV/d", "Pembina Utama Madya"),
    (17, "IV/e", "Pembina Utama"),
]


def test_pns_grade_table_is_complete_and_ordered():
    assert [(g.ordinal, g.code, g.pangkat) for g in PNS_GRADES] == GOLONGAN_TABLE


@pytest.mark.parametrize(("ordinal", "code", "pangkat"), GOLONGAN_TABLE)
def test_pns_grade_lookups(ordinal, code, pangkat):
    assert normalise_pns_grade(code) == code
    assert grade_ordinal(code) == ordinal
    assert grade_ordinal(code, kind=PNS) == ordinal
    assert pangkat_name(code) == pangkat


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("III/a", "III/a"),
        ("III.a", "III/a"),
        ("IIIa", "III/a"),
        ("3A", "III/a"),
        ("3a", "III/a"),
        ("iii/a", "III/a"),
        ("III/A", "III/a"),
        ("III-a", "III/a"),
        ("III / a", "III/a"),
        (" 3/a ", "III/a"),
        ("Ia", "I/a"),
        ("1d", "I/d"),
        ("IIb", "II/b"),
        ("2.c", "II/c"),
        ("IVe", "IV/e"),
        ("4E", "IV/e"),
        ("iv.b", "IV/b"),
    ],
)
def test_pns_grade_input_variants(text, code):
    assert normalise_pns_grade(text) == code


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("III/e", "ruang e exists only in golongan IV"),
        ("1e", "ruang e exists only in golongan IV"),
        ("V/a", "not a PNS golongan"),
        ("5a", "not a PNS golongan"),
        ("III/f", "not a PNS golongan"),
        ("III", "not a PNS golongan"),
        ("IIII/a", "not a PNS golongan"),
        ("", "not a PNS golongan"),
        ("Penata Muda", "not a PNS golongan"),
    ],
)
def test_bad_pns_grade_is_refused_with_a_clear_message(text, match):
    with pytest.raises(ValueError, match=match):
        normalise_pns_grade(text)


@pytest.mark.parametrize(
    ("level", "grade"),
    [
        ("SD", "I/a"),
        ("SMP", "I/c"),
        ("SMA", "II/a"),
        ("SMK", "II/a"),
        ("D1", "II/a"),
        ("D2", "II/b"),
        ("D3", "II/c"),
        ("D4", "III/a"),
        ("S1", "III/a"),
        ("s1", "III/a"),
        ("S2", "III/b"),
        ("S3", "III/c"),
    ],
)
def test_initial_grade_for_education(level, grade):
    assert initial_grade_for_education(level) == grade


def test_unknown_education_level_is_refused():
    with pytest.raises(ValueError, match="Unknown education level 'S4'"):
        initial_grade_for_education("S4")


# --- §5 golongan PPPK -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "grade", "ordinal"),
    [
        ("I", "I", 1),
        ("ix", "IX", 9),
        (" IX ", "IX", 9),
        ("9", "IX", 9),
        ("XIII", "XIII", 13),
        ("17", "XVII", 17),
        ("XVII", "XVII", 17),
    ],
)
def test_pppk_grades(text, grade, ordinal):
    assert normalise_pppk_grade(text) == grade
    assert grade_ordinal(text, kind=PPPK) == ordinal
    assert grade_ordinal(text, kind=EmployeeKind.PPPK_PARUH_WAKTU) == ordinal


def test_pppk_grade_list():
    assert len(PPPK_GRADES) == 17
    assert PPPK_GRADES[0] == "I"
    assert PPPK_GRADES[-1] == "XVII"


@pytest.mark.parametrize("text", ["III/a", "IIIa", "XVIII", "0", "18", "", "IIV"])
def test_bad_pppk_grade_is_refused(text):
    with pytest.raises(ValueError, match="PPPK golongan are I to XVII"):
        normalise_pppk_grade(text)


@pytest.mark.parametrize(
    ("text", "kind", "grade"),
    [
        ("3a", PNS, "III/a"),
        ("3a", EmployeeKind.CPNS, "III/a"),
        ("IX", PPPK, "IX"),
        ("9", "PPPK_PARUH_WAKTU", "IX"),
    ],
)
def test_grade_follows_the_employee_kind(text, kind, grade):
    assert normalise_grade(text, kind) == grade


def test_pppk_grade_is_never_converted_into_a_pns_grade():
    with pytest.raises(ValueError, match="not a PNS golongan"):
        normalise_grade("IX", PNS)
    with pytest.raises(ValueError, match="not a PPPK golongan"):
        normalise_grade("III/a", PPPK)


@pytest.mark.parametrize(("grade", "ordinal"), [("III/a", 9), ("3a", 9), ("III", 3), ("IX", 9)])
def test_grade_ordinal_without_kind_reads_the_form(grade, ordinal):
    assert grade_ordinal(grade) == ordinal


def test_grade_ordinal_refuses_nonsense():
    with pytest.raises(ValueError, match="neither a PNS golongan"):
        grade_ordinal("Z")


def test_pppk_has_no_pangkat():
    with pytest.raises(ValueError, match="PPPK golongan IX has no pangkat"):
        pangkat_name("IX")


# --- §6 jabatan -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "group"),
    [
        (JobKind.JPT, JobGroup.MANAJERIAL),
        (JobKind.ADMINISTRATOR, JobGroup.MANAJERIAL),
        (JobKind.PENGAWAS, JobGroup.MANAJERIAL),
        (JobKind.FUNGSIONAL, JobGroup.NONMANAJERIAL),
        (JobKind.PELAKSANA, JobGroup.NONMANAJERIAL),
        ("PELAKSANA", JobGroup.NONMANAJERIAL),
    ],
)
def test_job_group(kind, group):
    assert job_group(kind) is group


@pytest.mark.parametrize(
    ("level", "low", "high"),
    [
        (JfLevel.AHLI_PERTAMA, "III/a", "III/b"),
        (JfLevel.AHLI_MUDA, "III/c", "III/d"),
        (JfLevel.AHLI_MADYA, "IV/a", "IV/c"),
        (JfLevel.AHLI_UTAMA, "IV/d", "IV/e"),
        (JfLevel.PEMULA, "II/a", "II/a"),
        (JfLevel.TERAMPIL, "II/b", "II/d"),
        (JfLevel.MAHIR, "III/a", "III/b"),
        (JfLevel.PENYELIA, "III/c", "III/d"),
    ],
)
def test_jf_grade_ranges(level, low, high):
    assert jf_grade_range(level) == (low, high)
    assert jf_grade_range(str(level)) == (low, high)


@pytest.mark.parametrize(
    ("grade", "level", "fits"),
    [
        ("III/a", JfLevel.AHLI_PERTAMA, True),
        ("3b", JfLevel.AHLI_PERTAMA, True),
        ("III/c", JfLevel.AHLI_PERTAMA, False),
        ("II/d", JfLevel.AHLI_PERTAMA, False),
        ("IV/b", JfLevel.AHLI_MADYA, True),
        ("IV/d", JfLevel.AHLI_MADYA, False),
        ("IV/e", JfLevel.AHLI_UTAMA, True),
        ("II/a", JfLevel.PEMULA, True),
        ("II/b", JfLevel.PEMULA, False),
        ("III/d", "PENYELIA", True),
    ],
)
def test_grade_fits_jf_level(grade, level, fits):
    assert grade_fits_jf_level(grade, level) is fits


@pytest.mark.parametrize(
    ("kind", "level", "expected"),
    [
        (JobKind.FUNGSIONAL, "AHLI_MUDA", JfLevel.AHLI_MUDA),
        (JobKind.JPT, "PRATAMA", JptLevel.PRATAMA),
        (JobKind.JPT, None, None),
        (JobKind.JPT, "", None),
        (JobKind.PELAKSANA, None, None),
        (JobKind.ADMINISTRATOR, "", None),
    ],
)
def test_normalise_job_level(kind, level, expected):
    assert normalise_job_level(kind, level) == expected


@pytest.mark.parametrize(
    ("kind", "level", "match"),
    [
        (JobKind.FUNGSIONAL, None, "needs its jenjang"),
        (JobKind.FUNGSIONAL, "PRATAMA", "Unknown JF jenjang"),
        (JobKind.JPT, "AHLI_MUDA", "Unknown JPT level"),
        (JobKind.PENGAWAS, "AHLI_MUDA", "has no level"),
    ],
)
def test_mismatched_job_level_is_refused(kind, level, match):
    with pytest.raises(ValueError, match=match):
        normalise_job_level(kind, level)


# --- §7 kelas jabatan -----------------------------------------------------------------------


@pytest.mark.parametrize(("kelas", "value"), [(1, 1), (9, 9), (17, 17), ("7", 7), (" 12 ", 12)])
def test_valid_kelas_jabatan(kelas, value):
    assert validate_kelas_jabatan(kelas) == value


@pytest.mark.parametrize("kelas", [0, 18, -1, "0", "18", "7.5", 7.0, True, None, "", "tujuh"])
def test_invalid_kelas_jabatan(kelas):
    with pytest.raises(ValueError, match="from 1 to 17"):
        validate_kelas_jabatan(kelas)


# --- §8 BUP and retirement TMT --------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "level", "age"),
    [
        (JobKind.JPT, JptLevel.UTAMA, 60),
        (JobKind.JPT, JptLevel.MADYA, 60),
        (JobKind.JPT, JptLevel.PRATAMA, 60),
        (JobKind.JPT, None, 60),
        (JobKind.ADMINISTRATOR, None, 58),
        (JobKind.PENGAWAS, None, 58),
        (JobKind.PELAKSANA, None, 58),
        (JobKind.FUNGSIONAL, JfLevel.PEMULA, 58),
        (JobKind.FUNGSIONAL, JfLevel.TERAMPIL, 58),
        (JobKind.FUNGSIONAL, JfLevel.MAHIR, 58),
        (JobKind.FUNGSIONAL, JfLevel.PENYELIA, 58),
        (JobKind.FUNGSIONAL, JfLevel.AHLI_PERTAMA, 58),
        (JobKind.FUNGSIONAL, JfLevel.AHLI_MUDA, 58),
        (JobKind.FUNGSIONAL, JfLevel.AHLI_MADYA, 60),
        (JobKind.FUNGSIONAL, JfLevel.AHLI_UTAMA, 65),
        ("FUNGSIONAL", "AHLI_UTAMA", 65),
    ],
)
def test_retirement_age(kind, level, age):
    assert retirement_age(kind, level) == age


@pytest.mark.parametrize(
    ("level", "law_age"),
    [(JfLevel.AHLI_PERTAMA, 60), (JfLevel.AHLI_MADYA, 65), (JfLevel.AHLI_UTAMA, 70)],
)
def test_law_age_overrides_jf(level, law_age):
    assert retirement_age(JobKind.FUNGSIONAL, level, law_age=law_age) == law_age


@pytest.mark.parametrize(
    ("kind", "level", "law_age", "match"),
    [
        (JobKind.PELAKSANA, None, 60, "Only a jabatan fungsional"),
        (JobKind.FUNGSIONAL, JfLevel.AHLI_MUDA, 0, "positive whole age"),
        (JobKind.FUNGSIONAL, JfLevel.AHLI_MUDA, 60.5, "positive whole age"),
        (JobKind.FUNGSIONAL, None, None, "needs its jenjang"),
    ],
)
def test_bad_retirement_age_input_is_refused(kind, level, law_age, match):
    with pytest.raises(ValueError, match=match):
        retirement_age(kind, level, law_age=law_age)


BUP_EXAMPLES = [
    ("B1", JobKind.PELAKSANA, None, date(1967, 3, 15), 58, date(2025, 3, 15), date(2025, 4, 1)),
    ("B2", JobKind.FUNGSIONAL, JfLevel.AHLI_MADYA, date(1966, 8, 15), 60, date(2026, 8, 15),
     date(2026, 9, 1)),
    ("B3", JobKind.FUNGSIONAL, JfLevel.AHLI_UTAMA, date(1961, 1, 1), 65, date(2026, 1, 1),
     date(2026, 2, 1)),
    ("B4", JobKind.JPT, JptLevel.PRATAMA, date(1965, 12, 31), 60, date(2025, 12, 31),
     date(2026, 1, 1)),
    ("B5", JobKind.ADMINISTRATOR, None, date(1968, 7, 20), 58, date(2026, 7, 20),
     date(2026, 8, 1)),
]


@pytest.mark.parametrize(
    ("case", "kind", "level", "birth", "age", "reached", "tmt"), BUP_EXAMPLES
)
def test_worked_bup_examples(case, kind, level, birth, age, reached, tmt):
    assert retirement_age(kind, level) == age, case
    assert bup_date(birth, age) == reached
    assert retirement_tmt(birth, age) == tmt
    assert retirement_tmt_from_history(birth, [(date(1995, 1, 1), kind, level)]) == tmt


def test_b6_bup_follows_the_jabatan_held_when_the_age_is_reached():
    history = [
        (date(2015, 1, 1), JobKind.FUNGSIONAL, JfLevel.AHLI_MUDA),
        (date(2024, 6, 1), JobKind.FUNGSIONAL, JfLevel.AHLI_MADYA),
    ]
    retirement = retirement_from_history(date(1967, 9, 10), history)
    assert retirement.age == 60
    assert retirement.bup_date == date(2027, 9, 10)
    assert retirement.tmt == date(2027, 10, 1)
    assert retirement_tmt_from_history(date(1967, 9, 10), list(reversed(history))) == date(
        2027, 10, 1
    )


@pytest.mark.parametrize(
    ("case", "history", "age", "tmt"),
    [
        (
            "promotion after reaching 58 comes too late",
            [(date(2015, 1, 1), JobKind.FUNGSIONAL, "AHLI_MUDA"),
             (date(2026, 1, 1), JobKind.FUNGSIONAL, "AHLI_MADYA")],
            58,
            date(2025, 10, 1),
        ),
        (
            "promotion on the 58th birthday counts",
            [(date(2015, 1, 1), JobKind.FUNGSIONAL, "AHLI_MUDA"),
             (date(2025, 9, 10), JobKind.FUNGSIONAL, "AHLI_MADYA")],
            60,
            date(2027, 10, 1),
        ),
        (
            "move from JPT to pelaksana at 57 brings BUP down to 58",
            [(date(2015, 1, 1), JobKind.JPT, "PRATAMA"),
             (date(2024, 10, 1), JobKind.PELAKSANA, None)],
            58,
            date(2025, 10, 1),
        ),
        (
            "move at 59 into a jabatan with BUP 58 retires at that move",
            [(date(2015, 1, 1), JobKind.JPT, "PRATAMA"),
             (date(2026, 11, 15), JobKind.PENGAWAS, None)],
            58,
            date(2026, 12, 1),
        ),
        (
            "guru whose BUP a law sets",
            [(date(2015, 1, 1), JobKind.FUNGSIONAL, "AHLI_PERTAMA", 60)],
            60,
            date(2027, 10, 1),
        ),
    ],
)
def test_retirement_from_history(case, history, age, tmt):
    retirement = retirement_from_history(date(1967, 9, 10), history)
    assert (retirement.age, retirement.tmt) == (age, tmt), case


def test_empty_history_is_refused():
    with pytest.raises(ValueError, match="empty"):
        retirement_tmt_from_history(date(1967, 9, 10), [])


@pytest.mark.parametrize(
    ("birth", "age", "reached", "tmt"),
    [
        (date(1968, 2, 29), 58, date(2026, 2, 28), date(2026, 3, 1)),
        (date(1964, 2, 29), 60, date(2024, 2, 29), date(2024, 3, 1)),
        (date(1967, 12, 1), 58, date(2025, 12, 1), date(2026, 1, 1)),
        (date(1967, 1, 31), 58, date(2025, 1, 31), date(2025, 2, 1)),
    ],
)
def test_bup_date_edges(birth, age, reached, tmt):
    assert bup_date(birth, age) == reached
    assert retirement_tmt(birth, age) == tmt


@pytest.mark.parametrize(
    ("rule", "tmt"),
    [
        (RetirementRule.FIRST_OF_NEXT_MONTH, date(2025, 4, 1)),
        ("first_of_next_month", date(2025, 4, 1)),
        (RetirementRule.DAY_AFTER_BUP, date(2025, 3, 16)),
    ],
)
def test_retirement_tmt_rule_is_a_parameter(rule, tmt):
    assert retirement_tmt(date(1967, 3, 15), 58, rule=rule) == tmt
    history = [(date(1995, 1, 1), JobKind.PELAKSANA, None)]
    assert retirement_tmt_from_history(date(1967, 3, 15), history, rule=rule) == tmt


def test_unknown_retirement_rule_is_refused():
    with pytest.raises(ValueError, match="not a valid RetirementRule"):
        retirement_tmt(date(1967, 3, 15), 58, rule="end_of_year")


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "front", "back", "full"),
    [
        ("Budi Santoso", "Dr. Ir.", "S.T., M.T.", "Dr. Ir. Budi Santoso, S.T., M.T."),
        ("Budi Santoso", ["Dr.", "Ir."], ["S.T.", "M.T."], "Dr. Ir. Budi Santoso, S.T., M.T."),
        ("Budi Santoso", "", "", "Budi Santoso"),
        ("Budi Santoso", None, None, "Budi Santoso"),
        ("Siti Aminah", "", "S.Pd.", "Siti Aminah, S.Pd."),
        ("Siti Aminah", "Hj.", "", "Hj. Siti Aminah"),
        ("  Siti   Aminah ", "  Dr.  ", " , S.Pd. ", "Dr. Siti Aminah, S.Pd."),
        ("Ahmad", None, ["S.H.", "", "M.H."], "Ahmad, S.H., M.H."),
    ],
)
def test_format_full_name(name, front, back, full):
    assert format_full_name(name, front, back) == full


# --- enums match the stored values ----------------------------------------------------------


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (EmployeeKind, ["CPNS", "PNS", "PPPK", "PPPK_PARUH_WAKTU"]),
        (Gender, ["L", "P"]),
        (JobKind, ["JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL", "PELAKSANA"]),
        (JptLevel, ["UTAMA", "MADYA", "PRATAMA"]),
        (JfLevel, ["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA", "PEMULA", "TERAMPIL",
                   "MAHIR", "PENYELIA"]),
        (JobGroup, ["MANAJERIAL", "NONMANAJERIAL"]),
    ],
)
def test_enum_values(enum, values):
    assert [member.value for member in enum] == values
