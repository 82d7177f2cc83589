"""The life of an event: a draft is prepared, opened, closed for registration, held (done), or
cancelled (design rule)."""

DRAFT, OPEN, CLOSED, DONE, CANCELLED = "draft", "open", "closed", "done", "cancelled"

TRANSITIONS = {
    DRAFT: {OPEN, CANCELLED},
    OPEN: {CLOSED, DONE, CANCELLED},
    CLOSED: {OPEN, DONE, CANCELLED},
    DONE: set(),
    CANCELLED: set(),
}
VISIBLE = frozenset({OPEN, CLOSED, DONE, CANCELLED})  # a draft is for the organiser only
CHECK_IN = frozenset({OPEN, CLOSED, DONE})


def may_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, set())
