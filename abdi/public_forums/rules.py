"""Forum Konsultasi Publik: states, registration, commitments and contacts, as pure functions.

UU 25/2009 Pasal 20 ayat (2) and Pasal 39: the public takes part in setting service standards;
PermenPANRB 16/2017 is the guideline for the Forum Konsultasi Publik (FKP). These citations are
UNCONFIRMED (not in shared/domain/public-service.md). Neither fixes the state machine, the
registration window or the commitment statuses below: those are DESIGN CHOICES of Abdi, kept
here so they can change after legal review.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ForumStatus(StrEnum):
    DRAFT = "draft"  # being prepared; not on the public page
    PUBLISHED = "published"  # announced; citizens may register while the window is open
    CANCELLED = "cancelled"  # called off (the public page says so)
    CONCLUDED = "concluded"  # held; the minutes (notulen) are published


# Design choice: a forum is announced once; a cancelled or concluded forum never reopens.
FORUM_MOVES: dict[ForumStatus, frozenset[ForumStatus]] = {
    ForumStatus.DRAFT: frozenset({ForumStatus.PUBLISHED, ForumStatus.CANCELLED}),
    ForumStatus.PUBLISHED: frozenset({ForumStatus.CANCELLED, ForumStatus.CONCLUDED}),
    ForumStatus.CANCELLED: frozenset(),
    ForumStatus.CONCLUDED: frozenset(),
}
PUBLIC_STATUSES = frozenset({ForumStatus.PUBLISHED, ForumStatus.CANCELLED, ForumStatus.CONCLUDED})
EDITABLE_STATUSES = frozenset({ForumStatus.DRAFT, ForumStatus.PUBLISHED})


class MoveRefusal(StrEnum):
    NOT_ALLOWED = "not_allowed"  # the state machine has no such arrow
    ALREADY_STARTED = "already_started"  # cancelling a forum that has begun
    NOT_YET_HELD = "not_yet_held"  # publishing minutes before the forum started


def forum_move_refusal(current, target, *, now: datetime, starts_at: datetime) -> MoveRefusal | None:
    """Why `current -> target` is refused at `now`, or None when it is allowed."""
    current, target = ForumStatus(current), ForumStatus(target)
    if target not in FORUM_MOVES[current]:
        return MoveRefusal.NOT_ALLOWED
    if target == ForumStatus.CANCELLED and current == ForumStatus.PUBLISHED and now >= starts_at:
        return MoveRefusal.ALREADY_STARTED
    if target == ForumStatus.CONCLUDED and now < starts_at:
        return MoveRefusal.NOT_YET_HELD
    return None


class Registration(StrEnum):
    OPEN = "open"
    NOT_ANNOUNCED = "not_announced"
    CANCELLED = "cancelled"
    CLOSED = "closed"  # the registration deadline (or the forum itself) has passed
    FULL = "full"


def registration_state(status, *, now: datetime, closes_at: datetime, starts_at: datetime,
                       capacity: int, registered: int) -> Registration:
    """Whether a citizen may register now. Design choice: closing at the deadline or at the
    start, whichever is first; capacity counts every registration that was accepted."""
    status = ForumStatus(status)
    if status == ForumStatus.CANCELLED:
        return Registration.CANCELLED
    if status == ForumStatus.DRAFT:
        return Registration.NOT_ANNOUNCED
    if status == ForumStatus.CONCLUDED or now >= min(closes_at, starts_at):
        return Registration.CLOSED
    if registered >= capacity:
        return Registration.FULL
    return Registration.OPEN


def schedule_problem(*, starts_at: datetime, closes_at: datetime, capacity: int) -> str | None:
    """A forum's schedule makes sense: registration closes no later than the start."""
    if closes_at > starts_at:
        return "closes_after_start"
    if capacity < 1:
        return "capacity"
    return None


class CommitmentStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"  # needs a reason, shown to the public


OPEN_COMMITMENT = frozenset({CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS})
# Design choice: done and dropped are final, so the public timeline never flips back and forth.
COMMITMENT_MOVES: dict[CommitmentStatus, frozenset[CommitmentStatus]] = {
    CommitmentStatus.PLANNED: frozenset(CommitmentStatus),
    CommitmentStatus.IN_PROGRESS: frozenset({CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE,
                                             CommitmentStatus.DROPPED}),
    CommitmentStatus.DONE: frozenset(),
    CommitmentStatus.DROPPED: frozenset(),
}


def commitment_move_allowed(current, target) -> bool:
    return CommitmentStatus(target) in COMMITMENT_MOVES[CommitmentStatus(current)]


def is_overdue(status, *, due: date, today: date) -> bool:
    """Still open after its due date (the due date itself is not late)."""
    return CommitmentStatus(status) in OPEN_COMMITMENT and today > due


# --- contacts ---------------------------------------------------------------------------------

EMAIL = re.compile(r"^[^@\s<>]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$")


@dataclass(frozen=True)
class Contact:
    kind: str  # "phone" or "email"
    value: str  # normalised: the key of the one-registration-per-contact rule


def normalise_contact(text: str) -> Contact:
    """A phone number (Indonesian: 08…, +628…, 628…) as 628…, or an e-mail in lower case.

    Raises ValueError when it is neither. Used to refuse a second registration by the same
    person however they typed it.
    """
    raw = (text or "").strip()
    if "@" in raw:
        if not EMAIL.match(raw):
            raise ValueError("email")
        return Contact("email", raw.lower())
    digits = re.sub(r"[\s().-]", "", raw)
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit():
        raise ValueError("phone")
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    if not (digits.startswith("62") and 10 <= len(digits) <= 15):
        raise ValueError("phone")
    return Contact("phone", digits)


def mask_contact(contact: Contact) -> str:
    """What a registrant sees of their own contact on the confirmation: never the whole."""
    if contact.kind == "email":
        name, _, domain = contact.value.partition("@")
        return f"{name[:1]}***@{domain}"
    return f"+{contact.value[:4]}****{contact.value[-3:]}"


# --- minutes attachment -------------------------------------------------------------------------

MAX_MINUTES_BYTES = 10 * 1024 * 1024


def is_pdf(head: bytes) -> bool:
    """A PDF by its first bytes, never by its name."""
    return head.startswith(b"%PDF-")
