"""The pure workflow rules of the discipline register."""

import datetime

import pytest

from abdi.allowance.rules.discipline_authority import Official
from abdi.discipline.rules import (
    Phase,
    longest_absent_run,
    may_move,
    official_post,
    phase,
    withheld_until,
)

D = datetime.date


@pytest.mark.parametrize(("current", "target", "ok"), [
    ("reported", "examination", True), ("reported", "decided", True),
    ("examination", "decided", True), ("decided", "decided", False),
    ("decided", "cancelled", True), ("decided", "examination", False),
    ("cancelled", "decided", False), ("cancelled", "cancelled", False), ("bogus", "decided", False),
])
def test_transitions(current, target, ok):
    assert may_move(current, target) is ok


@pytest.mark.parametrize(("effective", "ends", "today", "expected"), [
    (None, None, D(2026, 5, 1), Phase.AWAITING_RECEIPT),
    (D(2026, 5, 2), D(2026, 11, 1), D(2026, 5, 1), Phase.PENDING),
    (D(2026, 5, 2), D(2026, 11, 1), D(2026, 5, 2), Phase.RUNNING),
    (D(2026, 5, 2), D(2026, 11, 1), D(2026, 11, 1), Phase.RUNNING),
    (D(2026, 5, 2), D(2026, 11, 1), D(2026, 11, 2), Phase.ENDED),
    (D(2026, 5, 2), None, D(2030, 1, 1), Phase.RUNNING),  # no end (teguran, PDHTAPS)
])
def test_phase(effective, ends, today, expected):
    assert phase(effective, ends, today) == expected


def test_only_sedang_and_berat_withhold_kgb_and_promotion():
    end = D(2027, 5, 1)
    assert withheld_until("R3", end) is None
    assert withheld_until("S1", end) == end
    assert withheld_until("B2", end) == end


@pytest.mark.parametrize(("kinds", "run"), [
    ([], 0), (["present"] * 5, 0), (["absent", "present", "absent", "absent"], 2),
    (["absent"] * 10, 10), (["absent"] * 4 + ["on_leave"] + ["absent"] * 9, 9),
])
def test_longest_absent_run(kinds, run):
    assert longest_absent_run(kinds) == run


@pytest.mark.parametrize(("kind", "level", "post"), [
    ("JPT", "PRATAMA", Official.JPT_PRATAMA), ("ADMINISTRATOR", "", Official.ADMINISTRATOR),
    ("PENGAWAS", "whatever", Official.PENGAWAS), ("FUNGSIONAL", "AHLI_MADYA", Official.JF_AHLI_MADYA),
    ("FUNGSIONAL", "AHLI_MUDA", Official.JF_AHLI_MUDA), ("FUNGSIONAL", "AHLI_PERTAMA", None),
    ("PELAKSANA", "", None), ("", None, None),
])
def test_official_post(kind, level, post):
    assert official_post(kind, level) == post
