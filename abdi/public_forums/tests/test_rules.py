"""The pure rules of forums: states, registration window, commitments, contacts."""

import datetime

import pytest

from abdi.public_forums import rules
from abdi.public_forums.rules import CommitmentStatus as C
from abdi.public_forums.rules import ForumStatus as F
from abdi.public_forums.rules import MoveRefusal, Registration

NOW = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
LATER = NOW + datetime.timedelta(days=7)
EARLIER = NOW - datetime.timedelta(days=7)


@pytest.mark.parametrize(("current", "target", "starts_at", "expected"), [
    (F.DRAFT, F.PUBLISHED, LATER, None),
    (F.DRAFT, F.CANCELLED, LATER, None),
    (F.DRAFT, F.CONCLUDED, EARLIER, MoveRefusal.NOT_ALLOWED),
    (F.PUBLISHED, F.CANCELLED, LATER, None),
    (F.PUBLISHED, F.CANCELLED, EARLIER, MoveRefusal.ALREADY_STARTED),
    (F.PUBLISHED, F.CONCLUDED, EARLIER, None),
    (F.PUBLISHED, F.CONCLUDED, LATER, MoveRefusal.NOT_YET_HELD),
    (F.CANCELLED, F.PUBLISHED, LATER, MoveRefusal.NOT_ALLOWED),
    (F.CONCLUDED, F.CANCELLED, EARLIER, MoveRefusal.NOT_ALLOWED),
    (F.PUBLISHED, F.DRAFT, LATER, MoveRefusal.NOT_ALLOWED),
])
def test_forum_moves(current, target, starts_at, expected):
    assert rules.forum_move_refusal(current, target, now=NOW, starts_at=starts_at) == expected


def _state(status=F.PUBLISHED, *, closes=LATER, starts=LATER, capacity=10, registered=0):
    return rules.registration_state(status, now=NOW, closes_at=closes, starts_at=starts,
                                    capacity=capacity, registered=registered)


def test_registration_is_open_before_the_deadline_with_room():
    assert _state(registered=9) == Registration.OPEN


def test_registration_full_at_capacity():
    assert _state(registered=10) == Registration.FULL


def test_registration_closes_at_the_deadline_exactly():
    assert _state(closes=NOW) == Registration.CLOSED
    assert _state(closes=NOW + datetime.timedelta(seconds=1)) == Registration.OPEN


def test_registration_closes_at_the_start_even_if_the_deadline_is_later():
    assert _state(closes=LATER, starts=NOW) == Registration.CLOSED


def test_closed_wins_over_full():
    assert _state(closes=EARLIER, registered=10) == Registration.CLOSED


@pytest.mark.parametrize(("status", "expected"), [
    (F.DRAFT, Registration.NOT_ANNOUNCED), (F.CANCELLED, Registration.CANCELLED),
    (F.CONCLUDED, Registration.CLOSED)])
def test_registration_only_for_announced_forums(status, expected):
    assert _state(status) == expected


def test_schedule_problem():
    assert rules.schedule_problem(starts_at=LATER, closes_at=NOW, capacity=1) is None
    assert rules.schedule_problem(starts_at=NOW, closes_at=LATER, capacity=1) == \
        "closes_after_start"
    assert rules.schedule_problem(starts_at=LATER, closes_at=NOW, capacity=0) == "capacity"


@pytest.mark.parametrize(("current", "target", "allowed"), [
    (C.PLANNED, C.IN_PROGRESS, True), (C.PLANNED, C.DONE, True), (C.PLANNED, C.DROPPED, True),
    (C.IN_PROGRESS, C.IN_PROGRESS, True), (C.IN_PROGRESS, C.DONE, True),
    (C.IN_PROGRESS, C.PLANNED, False), (C.DONE, C.IN_PROGRESS, False),
    (C.DROPPED, C.DONE, False), (C.DONE, C.DONE, False)])
def test_commitment_moves(current, target, allowed):
    assert rules.commitment_move_allowed(current, target) is allowed


@pytest.mark.parametrize(("status", "due", "overdue"), [
    (C.PLANNED, datetime.date(2026, 5, 31), True),
    (C.IN_PROGRESS, datetime.date(2026, 5, 31), True),
    (C.IN_PROGRESS, datetime.date(2026, 6, 1), False),  # the due date itself is on time
    (C.DONE, datetime.date(2026, 1, 1), False),
    (C.DROPPED, datetime.date(2026, 1, 1), False)])
def test_overdue(status, due, overdue):
    assert rules.is_overdue(status, due=due, today=datetime.date(2026, 6, 1)) is overdue


@pytest.mark.parametrize(("typed", "kind", "value"), [
    ("0812-3456-7890", "phone", "6281234567890"),
    ("+62 812 3456 7890", "phone", "6281234567890"),
    ("6281234567890", "phone", "6281234567890"),
    ("(0812) 3456.7890", "phone", "6281234567890"),
    (" Siti@Example.ID ", "email", "siti@example.id"),
])
def test_contacts_normalise_to_one_key(typed, kind, value):
    assert rules.normalise_contact(typed) == rules.Contact(kind, value)


@pytest.mark.parametrize("typed", ["", "abc", "12345", "+1 202 555 0100", "siti@", "a b@c.id",
                                   "<script>@x.id", "0812345678901234567"])
def test_bad_contacts_are_refused(typed):
    with pytest.raises(ValueError, match=r"phone|email"):
        rules.normalise_contact(typed)


def test_mask_contact_never_shows_the_whole():
    assert rules.mask_contact(rules.Contact("phone", "6281234567890")) == "+6281****890"
    assert rules.mask_contact(rules.Contact("email", "siti@example.id")) == "s***@example.id"


def test_pdf_is_known_by_its_bytes():
    assert rules.is_pdf(b"%PDF-1.7\n")
    assert not rules.is_pdf(b"\x89PNG\r\n\x1a\n")
    assert not rules.is_pdf(b"MZ\x90\x00")
