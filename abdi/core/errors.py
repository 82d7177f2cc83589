"""Errors that services raise and views/API turn into 4xx answers.

Each carries a message already translated for the user (gettext at raise time).
"""


class DomainError(Exception):
    """A request that breaks a rule: answered with 400 (or 422 in the API)."""

    status = 400

    def __init__(self, message, *, field: str | None = None, errors: dict | None = None):
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.errors = errors or {}


class Forbidden(DomainError):
    """The actor may see the object but not do this to it."""

    status = 403


class NotFound(DomainError):
    """Absent, or belongs to someone the actor may not see (never tell which)."""

    status = 404


class Conflict(DomainError):
    """Someone changed the record since it was loaded, or it already exists."""

    status = 409
