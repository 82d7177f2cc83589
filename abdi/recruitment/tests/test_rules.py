"""The pure recruitment rules: NIK, age on the reference date, education, windows, numbers,
workflow, documents."""

import datetime

import pytest

from abdi.recruitment.rules import documents, eligibility, numbers, windows, workflow
from abdi.recruitment.rules.eligibility import Refusal

from .factories import nik_for

D = datetime.date


# --- NIK ----------------------------------------------------------------------------------------

def test_a_well_formed_nik_passes_and_agrees_with_the_birth_date():
    nik, problems = eligibility.check_nik("3201 0517 0598 0001", birth_date=D(1998, 5, 17))
    assert nik == "3201051705980001"
    assert problems == []


def test_a_woman_nik_has_the_day_plus_40():
    nik = nik_for(D(1999, 2, 3), female=True)
    assert nik[6:8] == "43"
    assert eligibility.check_nik(nik, birth_date=D(1999, 2, 3))[1] == []


@pytest.mark.parametrize("text", ["123", "32010517059800011", "320105170598000A", "0001051705980001",
                                  "3201053205980001", "3201051713980001", "3201051705980000"])
def test_malformed_niks_are_refused(text):
    assert eligibility.check_nik(text)[1]


def test_a_birth_date_other_than_the_nik_is_refused():
    _nik, problems = eligibility.check_nik(nik_for(D(1998, 5, 17)), birth_date=D(1998, 5, 18))
    assert problems == [(eligibility.NIK_BIRTH_MISMATCH, {})]


def test_the_nik_is_masked_except_region_and_serial():
    assert eligibility.mask_nik("3201051705980001") == "3201••••••••0001"


# --- age ----------------------------------------------------------------------------------------

def test_cpns_limits_are_18_to_35_and_pppk_20_to_57():
    assert eligibility.AGE_LIMITS["cpns"] == (18, 35)
    assert eligibility.AGE_LIMITS["pppk"] == (20, 57)


@pytest.mark.parametrize(("birth", "expected"), [
    (D(1990, 10, 2), None),  # 35 until the day before the 36th birthday
    (D(1990, 10, 1), Refusal.TOO_OLD),  # 36 on the reference date
    (D(2008, 10, 1), None),  # 18 exactly
    (D(2008, 10, 2), Refusal.TOO_YOUNG),  # 18 tomorrow
])
def test_age_is_measured_on_the_reference_date(birth, expected):
    assert eligibility.age_refusal(birth, D(2026, 10, 1), 18, 35) == expected


def test_an_exception_of_40_admits_a_39_year_old_specialist():
    low, high = eligibility.AGE_EXCEPTIONS["dokter_spesialis"]
    assert eligibility.age_refusal(D(1987, 1, 1), D(2026, 10, 1), low, high) is None
    assert eligibility.age_refusal(D(1987, 1, 1), D(2026, 10, 1), 18, 35) == Refusal.TOO_OLD


# --- education ----------------------------------------------------------------------------------

def test_education_matches_level_and_major_case_and_space_insensitively():
    assert eligibility.education_refusal("S1", "  teknik   INFORMATIKA", ["S1"],
                                         ["Teknik Informatika"]) is None
    assert eligibility.education_refusal("D3", "Teknik Informatika", ["S1"],
                                          ["Teknik Informatika"]) == Refusal.EDUCATION_LEVEL
    assert eligibility.education_refusal("S1", "Hukum", ["S1"],
                                          ["Teknik Informatika"]) == Refusal.EDUCATION_MAJOR
    assert eligibility.education_refusal("", "", ["S1"], []) == Refusal.NO_EDUCATION
    assert eligibility.education_refusal("SMA", "IPA", [], []) is None


def test_refusals_list_every_reason():
    req = eligibility.Requirements(reference_date=D(2026, 10, 1), min_age=18, max_age=35,
                                   levels=("S1",), majors=("Akuntansi",))
    assert eligibility.refusals(req, birth_date=D(1980, 1, 1), level="D3", major="Hukum") == [
        Refusal.TOO_OLD, Refusal.EDUCATION_LEVEL]


# --- windows ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("today", "expected"), [
    (D(2026, 8, 31), windows.Window.NOT_YET), (D(2026, 9, 1), windows.Window.OPEN),
    (D(2026, 9, 30), windows.Window.OPEN), (D(2026, 10, 1), windows.Window.CLOSED)])
def test_registration_window_includes_both_ends(today, expected):
    assert windows.registration_window(today, D(2026, 9, 1), D(2026, 9, 30)) == expected


def test_sanggah_window_counts_the_announcement_day_as_day_one():
    published = D(2026, 10, 5)
    assert windows.sanggah_last_day(published, 3) == D(2026, 10, 7)
    assert windows.sanggah_window(D(2026, 10, 4), published, 3) == windows.Window.NOT_YET
    assert windows.sanggah_window(D(2026, 10, 7), published, 3) == windows.Window.OPEN
    assert windows.sanggah_window(D(2026, 10, 8), published, 3) == windows.Window.CLOSED
    assert windows.sanggah_window(D(2026, 10, 8), None, 3) == windows.Window.NOT_YET


# --- numbers ------------------------------------------------------------------------------------

def test_registration_number_format():
    number = numbers.registration_number("cpns", 2026, 42, 17)
    assert number == "C2026-0042-00017"
    assert numbers.is_registration_number(number)
    assert numbers.registration_number("pppk", 2026, 3, 1) == "P2026-0003-00001"
    assert not numbers.is_registration_number("X2026-0042-00017")


def test_card_codes_are_12_unambiguous_characters_and_differ():
    codes = {numbers.new_card_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(numbers.is_card_code(c) for c in codes)
    assert not numbers.is_card_code("O0I1O0I1O0I1")


# --- workflow -----------------------------------------------------------------------------------

def test_verdict_is_ms_only_when_every_requirement_is_met():
    assert workflow.verdict({"age": True, "doc_ktp": True}) == workflow.Status.MS
    assert workflow.verdict({"age": True, "doc_ktp": False}) == workflow.Status.TMS
    with pytest.raises(ValueError, match="no requirement"):
        workflow.verdict({})


def test_moves_before_and_after_publication():
    assert workflow.may_move("submitted", "ms", published=False)
    assert workflow.may_move("ms", "tms", published=False)
    assert not workflow.may_move("tms", "submitted", published=False)
    assert not workflow.may_move("tms", "ms", published=True)
    assert workflow.may_move("tms", "ms", published=True, by_objection=True)
    assert not workflow.may_move("ms", "tms", published=True, by_objection=True)


def test_only_a_tms_applicant_objects_once_inside_the_window():
    assert workflow.may_object("tms", published=True, window_open=True, already=False)
    assert not workflow.may_object("ms", published=True, window_open=True, already=False)
    assert not workflow.may_object("tms", published=True, window_open=False, already=False)
    assert not workflow.may_object("tms", published=True, window_open=True, already=True)
    assert workflow.may_answer_objection("filed", "accepted")
    assert not workflow.may_answer_objection("rejected", "accepted")


# --- documents ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "kind"), [(b"%PDF-1.7", "pdf"), (b"\xff\xd8\xff\xe0", "jpeg"),
                                            (b"\x89PNG\r\n\x1a\n", "png"), (b"MZ\x90\x00", None),
                                            (b"<html>", None)])
def test_documents_are_sniffed_by_their_first_bytes(head, kind):
    assert documents.sniff(head) == kind


def test_upload_problems():
    two_mb = documents.MAX_DOCUMENT_BYTES
    assert documents.upload_problem("ktp", "pdf", two_mb) is None
    assert documents.upload_problem("ktp", "pdf", two_mb + 1) == "too_large"
    assert documents.upload_problem("ktp", None, 10) == "type"
    assert documents.upload_problem("photo", "pdf", 10) == "photo_type"
    assert documents.upload_problem("ktp", "pdf", 0) == "empty"


def test_missing_documents():
    assert documents.missing_kinds({"ktp", "photo"}, needs_certificate=True) == [
        "ijazah", "transcript", "certificate"]
    assert documents.missing_kinds({"ktp", "ijazah", "transcript", "photo"},
                                   needs_certificate=False) == []
