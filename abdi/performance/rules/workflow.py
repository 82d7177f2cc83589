"""States and allowed moves of an SKP and of a daily activity, as data (one gate moves them)."""

from enum import StrEnum


class SkpStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class SkpAction(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    AMEND = "amend"  # PermenPANRB 6/2022: an approved SKP changes only by a new, reasoned version


class ActivityStatus(StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"


class ActivityAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    RESUBMIT = "resubmit"


# (state, action) -> next state; anything missing is refused.
SKP_TRANSITIONS: dict[tuple[SkpStatus, SkpAction], SkpStatus] = {
    (SkpStatus.DRAFT, SkpAction.SUBMIT): SkpStatus.SUBMITTED,
    (SkpStatus.RETURNED, SkpAction.SUBMIT): SkpStatus.SUBMITTED,
    (SkpStatus.SUBMITTED, SkpAction.APPROVE): SkpStatus.APPROVED,
    (SkpStatus.SUBMITTED, SkpAction.RETURN): SkpStatus.RETURNED,
    (SkpStatus.APPROVED, SkpAction.AMEND): SkpStatus.DRAFT,
}

ACTIVITY_TRANSITIONS: dict[tuple[ActivityStatus, ActivityAction], ActivityStatus] = {
    (ActivityStatus.SUBMITTED, ActivityAction.APPROVE): ActivityStatus.APPROVED,
    (ActivityStatus.SUBMITTED, ActivityAction.REJECT): ActivityStatus.REJECTED,
    (ActivityStatus.REJECTED, ActivityAction.RESUBMIT): ActivityStatus.SUBMITTED,
}

# Who moves an SKP: the owner submits and amends, the pejabat penilai approves and returns.
SKP_ACTION_BY_OWNER = frozenset({SkpAction.SUBMIT, SkpAction.AMEND})
SKP_ACTION_BY_APPRAISER = frozenset({SkpAction.APPROVE, SkpAction.RETURN})

# The owner edits the plan only in these states; an approved plan is frozen.
SKP_EDITABLE = frozenset({SkpStatus.DRAFT, SkpStatus.RETURNED})


def next_skp_status(status: SkpStatus | str, action: SkpAction | str) -> SkpStatus | None:
    return SKP_TRANSITIONS.get((SkpStatus(status), SkpAction(action)))


def next_activity_status(status: ActivityStatus | str,
                         action: ActivityAction | str) -> ActivityStatus | None:
    return ACTIVITY_TRANSITIONS.get((ActivityStatus(status), ActivityAction(action)))
