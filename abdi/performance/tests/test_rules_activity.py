"""Pure tests of the daily-activity rules (rules/activity.py) and of the two workflows
(rules/workflow.py): every (state, action) pair of each, allowed or refused, from the tables."""

import itertools
from datetime import date, timedelta

import pytest

from abdi.performance.rules import activity as rules
from abdi.performance.rules.activity import (
    DEFAULT_BACKDATE_DAYS,
    Coordinates,
    EntryDateProblem,
    EvidenceKind,
    activity_fingerprint,
    entry_date_problem,
    normalised_text,
    sniff_evidence,
    valid_coordinates,
)
from abdi.performance.rules.workflow import (
    ACTIVITY_TRANSITIONS,
    SKP_ACTION_BY_APPRAISER,
    SKP_ACTION_BY_OWNER,
    SKP_EDITABLE,
    SKP_TRANSITIONS,
    ActivityAction,
    ActivityStatus,
    SkpAction,
    SkpStatus,
    next_activity_status,
    next_skp_status,
)

TODAY = date(2025, 6, 11)  # a Wednesday in the middle of the year

# --- entry window -------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "backdate", "expected"), [
    pytest.param(TODAY, 5, None, id="today"),
    pytest.param(TODAY - timedelta(days=1), 5, None, id="yesterday"),
    pytest.param(TODAY - timedelta(days=5), 5, None, id="window-edge"),
    pytest.param(TODAY - timedelta(days=6), 5, EntryDateProblem.TOO_OLD, id="one-day-beyond"),
    pytest.param(TODAY - timedelta(days=200), 5, EntryDateProblem.TOO_OLD, id="long-ago"),
    pytest.param(TODAY + timedelta(days=1), 5, EntryDateProblem.FUTURE, id="tomorrow"),
    pytest.param(TODAY + timedelta(days=1), 60, EntryDateProblem.FUTURE, id="future-wide-window"),
    pytest.param(TODAY, 0, None, id="zero-window-today"),
    pytest.param(TODAY - timedelta(days=1), 0, EntryDateProblem.TOO_OLD, id="zero-window-yesterday"),
    pytest.param(TODAY - timedelta(days=30), 30, None, id="wide-window-edge"),
    pytest.param(TODAY - timedelta(days=31), 30, EntryDateProblem.TOO_OLD, id="wide-window-beyond"),
])
def test_entry_date_window(day, backdate, expected):
    assert entry_date_problem(day, today=TODAY, backdate_days=backdate, skp_year=2025) == expected


@pytest.mark.parametrize(("today", "day", "skp_year", "expected"), [
    # Early January: yesterday lies in last year's SKP, not this year's.
    pytest.param(date(2025, 1, 2), date(2024, 12, 31), 2025, EntryDateProblem.BEFORE_YEAR,
                 id="new-year-previous-day-on-this-years-plan"),
    pytest.param(date(2025, 1, 2), date(2024, 12, 31), 2024, None,
                 id="new-year-previous-day-on-last-years-plan"),
    pytest.param(date(2025, 1, 2), date(2025, 1, 2), 2024, EntryDateProblem.BEFORE_YEAR,
                 id="this-year-day-on-last-years-plan"),
    pytest.param(TODAY, TODAY, 2026, EntryDateProblem.BEFORE_YEAR, id="next-years-plan"),
    pytest.param(TODAY, TODAY, None, None, id="no-plan-year-given"),
])
def test_entry_date_must_fall_in_the_year_of_the_plan(today, day, skp_year, expected):
    assert entry_date_problem(day, today=today, backdate_days=5, skp_year=skp_year) == expected


def test_the_window_and_the_future_are_judged_before_the_year():
    # A day both too old and in another year is refused as too old (the clearer message).
    assert entry_date_problem(date(2024, 12, 1), today=date(2025, 1, 2), backdate_days=5,
                              skp_year=2025) is EntryDateProblem.TOO_OLD
    assert entry_date_problem(date(2026, 1, 1), today=date(2025, 12, 31), backdate_days=5,
                              skp_year=2025) is EntryDateProblem.FUTURE


def test_default_window_lies_within_the_maximum():
    assert 0 < DEFAULT_BACKDATE_DAYS <= rules.MAX_BACKDATE_DAYS
    assert rules.REPEAT_LOOKBACK_DAYS < DEFAULT_BACKDATE_DAYS


# --- fingerprint of an entry ----------------------------------------------------------------

BASE = "Menyusun laporan pembinaan sekolah"


@pytest.mark.parametrize("variant", [
    pytest.param("MENYUSUN LAPORAN PEMBINAAN SEKOLAH", id="upper-case"),
    pytest.param("menyusun laporan pembinaan sekolah", id="lower-case"),
    pytest.param("  Menyusun   laporan\tpembinaan\nsekolah  ", id="spaces-tabs-newlines"),
    pytest.param("Menyusun laporan, pembinaan sekolah.", id="punctuation"),
    pytest.param("Menyusun laporan -- pembinaan (sekolah)!", id="more-punctuation"),
    pytest.param("Menyusun lapóran pembinaan sékolah", id="accents"),
    pytest.param("Menyusun laporan pembina\u0301an sekolah", id="combining-accent"),
])
def test_fingerprint_ignores_case_spaces_punctuation_and_accents(variant):
    assert activity_fingerprint(7, variant) == activity_fingerprint(7, BASE)


@pytest.mark.parametrize(("indicator", "text"), [
    pytest.param(8, BASE, id="other-indicator"),
    pytest.param(7, "Menyusun laporan pembinaan sekolah dasar", id="more-words"),
    pytest.param(7, "Menyusun laporan pembinaan", id="fewer-words"),
    pytest.param(7, "Menyusunlaporan pembinaan sekolah", id="words-joined"),
    pytest.param(7, "Menyusun laporan pembinaan sekolah 2", id="a-number"),
])
def test_fingerprint_differs_for_another_indicator_or_other_words(indicator, text):
    assert activity_fingerprint(indicator, text) != activity_fingerprint(7, BASE)


def test_fingerprint_is_32_hex_characters_and_stable():
    found = activity_fingerprint(7, BASE)
    assert len(found) == 32
    assert int(found, 16) >= 0
    assert found == activity_fingerprint(7, BASE)


def test_indicator_id_and_text_cannot_run_into_each_other():
    # "1" + "2 x" must not equal "12" + "x".
    assert activity_fingerprint(1, "2 rapat") != activity_fingerprint(12, "rapat")


@pytest.mark.parametrize(("text", "expected"), [
    ("  Rapat   KOORDINASI  ", "rapat koordinasi"),
    ("Rapat, koordinasi; (dinas)!", "rapat koordinasi dinas"),
    ("Pengecékan dàta", "pengecekan data"),
    ("...", ""),
])
def test_normalised_text(text, expected):
    assert normalised_text(text) == expected


# --- evidence files ----------------------------------------------------------------------


@pytest.mark.parametrize(("head", "expected"), [
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", EvidenceKind.JPEG, id="jpeg-jfif"),
    pytest.param(b"\xff\xd8\xff\xe1\x00\x10Exif", EvidenceKind.JPEG, id="jpeg-exif"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", EvidenceKind.PNG, id="png"),
    pytest.param(b"%PDF-1.7\n", EvidenceKind.PDF, id="pdf"),
    pytest.param(b"GIF89a\x01\x00", None, id="gif"),
    pytest.param(b"PK\x03\x04\x14\x00", None, id="zip-or-docx"),
    pytest.param(b"<html><script>", None, id="html"),
    pytest.param(b"MZ\x90\x00", None, id="exe"),
    pytest.param(b"\x89PNG\r\n", None, id="truncated-png"),
    pytest.param(b"%PDF", None, id="truncated-pdf"),
    pytest.param(b"  %PDF-1.4", None, id="pdf-after-spaces"),
    pytest.param(b"", None, id="empty"),
])
def test_sniff_evidence_by_content(head, expected):
    assert sniff_evidence(head) == expected


@pytest.mark.parametrize(("kind", "extension", "content_type"), [
    (EvidenceKind.JPEG, ".jpg", "image/jpeg"),
    (EvidenceKind.PNG, ".png", "image/png"),
    (EvidenceKind.PDF, ".pdf", "application/pdf"),
])
def test_evidence_kind_names_its_file(kind, extension, content_type):
    assert (kind.extension, kind.content_type) == (extension, content_type)


# --- coordinates -------------------------------------------------------------------------


@pytest.mark.parametrize(("latitude", "longitude"), [
    (-6.2, 106.8), (0, 0), (90, 180), (-90, -180), (-10.1772, 123.607),
])
def test_valid_coordinates_accepts_the_globe(latitude, longitude):
    assert valid_coordinates(latitude, longitude) == Coordinates(latitude, longitude)


def test_no_coordinates_is_fine():
    assert valid_coordinates(None, None) is None


@pytest.mark.parametrize(("latitude", "longitude", "reason"), [
    (-6.2, None, "both"), (None, 106.8, "both"),
    (90.0001, 0, "range"), (-91, 0, "range"), (0, 180.5, "range"), (0, -181, "range"),
    (float("nan"), 0, "range"), (0, float("inf"), "range"),
])
def test_invalid_coordinates_are_refused(latitude, longitude, reason):
    with pytest.raises(ValueError, match=reason):
        valid_coordinates(latitude, longitude)


# --- workflows: every (state, action) pair -----------------------------------------------

SKP_ALLOWED = {
    (SkpStatus.DRAFT, SkpAction.SUBMIT): SkpStatus.SUBMITTED,
    (SkpStatus.RETURNED, SkpAction.SUBMIT): SkpStatus.SUBMITTED,
    (SkpStatus.SUBMITTED, SkpAction.APPROVE): SkpStatus.APPROVED,
    (SkpStatus.SUBMITTED, SkpAction.RETURN): SkpStatus.RETURNED,
    (SkpStatus.APPROVED, SkpAction.AMEND): SkpStatus.DRAFT,
}

ACTIVITY_ALLOWED = {
    (ActivityStatus.SUBMITTED, ActivityAction.APPROVE): ActivityStatus.APPROVED,
    (ActivityStatus.SUBMITTED, ActivityAction.REJECT): ActivityStatus.REJECTED,
    (ActivityStatus.REJECTED, ActivityAction.RESUBMIT): ActivityStatus.SUBMITTED,
}


@pytest.mark.parametrize(("status", "action"), [
    pytest.param(s, a, id=f"{s}-{a}") for s, a in itertools.product(SkpStatus, SkpAction)
])
def test_every_skp_state_and_action(status, action):
    expected = SKP_ALLOWED.get((status, action))
    assert next_skp_status(status, action) == expected
    # The same answer for the plain strings the database and the forms hand over.
    assert next_skp_status(str(status.value), str(action.value)) == expected


@pytest.mark.parametrize(("status", "action"), [
    pytest.param(s, a, id=f"{s}-{a}") for s, a in itertools.product(ActivityStatus, ActivityAction)
])
def test_every_activity_state_and_action(status, action):
    expected = ACTIVITY_ALLOWED.get((status, action))
    assert next_activity_status(status, action) == expected
    assert next_activity_status(str(status.value), str(action.value)) == expected


def test_the_declared_tables_are_exactly_the_expected_moves():
    assert SKP_TRANSITIONS == SKP_ALLOWED
    assert ACTIVITY_TRANSITIONS == ACTIVITY_ALLOWED


def test_approved_is_final_for_an_activity_and_amend_is_the_only_way_out_of_an_approved_skp():
    assert all(next_activity_status(ActivityStatus.APPROVED, a) is None for a in ActivityAction)
    assert [a for a in SkpAction if next_skp_status(SkpStatus.APPROVED, a)] == [SkpAction.AMEND]


@pytest.mark.parametrize(("status", "action"), [("archived", "submit"), ("draft", "delete")])
def test_unknown_skp_state_or_action_is_an_error(status, action):
    with pytest.raises(ValueError, match="is not a valid"):
        next_skp_status(status, action)


@pytest.mark.parametrize(("status", "action"), [("pending", "approve"), ("submitted", "accept")])
def test_unknown_activity_state_or_action_is_an_error(status, action):
    with pytest.raises(ValueError, match="is not a valid"):
        next_activity_status(status, action)


def test_each_skp_action_has_exactly_one_kind_of_mover():
    assert set(SkpAction) == SKP_ACTION_BY_OWNER | SKP_ACTION_BY_APPRAISER
    assert not SKP_ACTION_BY_OWNER & SKP_ACTION_BY_APPRAISER
    assert {SkpAction.SUBMIT, SkpAction.AMEND} == SKP_ACTION_BY_OWNER


@pytest.mark.parametrize("status", list(SkpStatus))
def test_only_draft_and_returned_plans_are_editable(status):
    assert (status in SKP_EDITABLE) is (status in {SkpStatus.DRAFT, SkpStatus.RETURNED})


@pytest.mark.parametrize(("today", "window", "years"), [
    (date(2027, 1, 3), 5, (2027, 2026)),   # early January reaches last year's plan
    (date(2027, 1, 6), 5, (2027,)),        # Jan 1 is the earliest day: this year only
    (date(2027, 1, 6), 6, (2027, 2026)),
    (date(2026, 12, 31), 5, (2026,)),
    (date(2027, 1, 1), 0, (2027,)),
])
def test_reportable_years_follow_the_window(today, window, years):
    assert rules.reportable_years(today, window) == years
