"""Ids from URLs and forms: a number a database key can be, else None (then a 404 or a form error)."""


def positive_id(value) -> int | None:
    """`value` as a positive 64-bit integer, or None for anything else ("", "abc", "-1", 2**70)."""
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**63 else None
