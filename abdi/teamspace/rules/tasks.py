"""Team tasks: their states, the overdue flag and when a due date makes sense. Pure."""

import datetime

OPEN, IN_PROGRESS, DONE = "open", "in_progress", "done"
STATUSES = (OPEN, IN_PROGRESS, DONE)
UNFINISHED = (OPEN, IN_PROGRESS)
FILTERS = ("all", "mine", "open", "overdue")


def is_overdue(status: str, due_on: datetime.date | None, today: datetime.date) -> bool:
    return status != DONE and due_on is not None and due_on < today


def due_date_problem(due_on: datetime.date, *, team_starts: datetime.date | None,
                     team_ends: datetime.date | None) -> str | None:
    """A task is due within the team's life: not before it starts, not after it ends."""
    if team_starts is not None and due_on < team_starts:
        return "before_team"
    if team_ends is not None and due_on > team_ends:
        return "after_team"
    return None


def due_tomorrow(today: datetime.date) -> datetime.date:
    return today + datetime.timedelta(days=1)
