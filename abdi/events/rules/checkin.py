"""The rotating check-in code: a token names the event and the minute window it was shown in.

The organiser's screen shows a new token every WINDOW_SECONDS; a token is accepted during its own
window and GRACE_WINDOWS after it, long enough to scan, log in and land (design rule).
"""

WINDOW_SECONDS = 60
GRACE_WINDOWS = 2


def window_of(timestamp: float, seconds: int = WINDOW_SECONDS) -> int:
    return int(timestamp // seconds)


def payload(event_id: int, window: int) -> dict:
    return {"e": int(event_id), "w": int(window)}


def token_problem(data, event_id: int, now_window: int, grace: int = GRACE_WINDOWS) -> str | None:
    """None when the decoded token is good for this event now; otherwise why not."""
    if not isinstance(data, dict) or not isinstance(data.get("e"), int) \
            or not isinstance(data.get("w"), int):
        return "forged"
    if data["e"] != int(event_id):
        return "other_event"
    age = now_window - data["w"]
    if age < 0:
        return "forged"  # from the future: not made by our screen
    if age > grace:
        return "expired"
    return None
