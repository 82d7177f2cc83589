"""States of an application and of a sanggah, and the moves between them (data, one gate)."""

from enum import StrEnum


class Status(StrEnum):
    SUBMITTED = "submitted"  # waiting for administrative verification
    MS = "ms"  # memenuhi syarat
    TMS = "tms"  # tidak memenuhi syarat


class ObjectionStatus(StrEnum):
    FILED = "filed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


# Before the result is published HR may verify and re-verify freely.
MOVES_BEFORE_PUBLICATION = {
    Status.SUBMITTED: {Status.MS, Status.TMS},
    Status.MS: {Status.TMS},
    Status.TMS: {Status.MS},
}
# After publication the only move is an accepted sanggah: TMS -> MS.
MOVES_AFTER_PUBLICATION = {Status.TMS: {Status.MS}}

OBJECTION_MOVES = {ObjectionStatus.FILED: {ObjectionStatus.ACCEPTED, ObjectionStatus.REJECTED}}


def may_move(current: str, target: str, *, published: bool, by_objection: bool = False) -> bool:
    if published:
        return by_objection and target in MOVES_AFTER_PUBLICATION.get(Status(current), set())
    return target in MOVES_BEFORE_PUBLICATION.get(Status(current), set())


def may_answer_objection(current: str, target: str) -> bool:
    return target in OBJECTION_MOVES.get(ObjectionStatus(current), set())


def may_object(status: str, *, published: bool, window_open: bool, already: bool) -> bool:
    """Only a TMS applicant objects, once, inside the window after the announcement."""
    return published and window_open and not already and status == Status.TMS


def verdict(checks: dict[str, bool]) -> Status:
    """MS when every requirement checked is met; TMS when any is not. No check: not decided."""
    if not checks:
        raise ValueError("no requirement checked")
    return Status.MS if all(checks.values()) else Status.TMS
