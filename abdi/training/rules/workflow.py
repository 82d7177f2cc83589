"""The life of one training record: a registration for an event, or a training reported from
outside (design rule; competency-and-talent.md §5.8 asks for verified evidence)."""

REGISTERED = "registered"  # waiting for the atasan
APPROVED = "approved"      # the atasan agreed
REFUSED = "refused"        # the atasan, or HR for a report, said no (with a reason)
ATTENDED = "attended"
ABSENT = "absent"
COMPLETED = "completed"    # result recorded: its JP count
CANCELLED = "cancelled"    # withdrawn by the employee
REPORTED = "reported"      # outside training reported, waiting for HR

TRANSITIONS = {
    REGISTERED: {APPROVED, REFUSED, CANCELLED},
    APPROVED: {ATTENDED, ABSENT, CANCELLED},
    ATTENDED: {COMPLETED, ABSENT},
    ABSENT: {ATTENDED},
    REPORTED: {COMPLETED, REFUSED},
    REFUSED: set(),
    COMPLETED: set(),
    CANCELLED: set(),
}
HOLDS_A_SEAT = frozenset({REGISTERED, APPROVED, ATTENDED})
COUNTS_JP = frozenset({COMPLETED})


def may_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, set())
