"""Checks of one question of the bank, shared by the form and the XLSX import."""

from .scoring import RIGHT_WRONG

MAX_IMAGE_BYTES = 1024 * 1024
LABELS = ("A", "B", "C", "D", "E")


def sniff_image(head: bytes) -> str | None:
    """"png" or "jpeg" from the first bytes (never from the name)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def check_question(kind: str, text: str, options: list[dict], max_weight: int = 5) -> list[str]:
    """options: [{"label", "text", "is_correct", "weight"}]. Returns the problems (English)."""
    problems = []
    if not (text or "").strip():
        problems.append("the question has no text")
    filled = [o for o in options if (o.get("text") or "").strip()]
    if len(filled) < 2:
        problems.append("at least two options are needed")
    if kind == RIGHT_WRONG:
        if sum(1 for o in filled if o.get("is_correct")) != 1:
            problems.append("exactly one option must be right")
    else:
        for option in filled:
            weight = option.get("weight")
            if not isinstance(weight, int) or not 1 <= weight <= max_weight:
                problems.append(f"option {option.get('label')}: weight must be 1 to {max_weight}")
    return problems


def parse_key(kind: str, key: str, count: int) -> tuple[list[bool], list[int | None]] | None:
    """Import key column: a letter (A-E) for one right option, or digits of weights in option
    order ("54321") for weighted parts. None when unreadable."""
    key = (key or "").strip().upper()
    if kind == RIGHT_WRONG:
        if key not in LABELS[:count]:
            return None
        return [label == key for label in LABELS[:count]], [None] * count
    digits = key.replace(",", "").replace(" ", "")
    if len(digits) != count or not digits.isdigit():
        return None
    return [False] * count, [int(d) for d in digits]
