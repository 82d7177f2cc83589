"""Who an announcement reaches, and the small pure rules of feedback and articles."""

import hashlib

FEEDBACK_KINDS = ("problem", "question", "idea")
FEEDBACK_MAX_CHARS = 2000
FEEDBACK_DUPLICATE_SECONDS = 60  # the same text twice within a minute is one submission
FEEDBACK_LIMIT = (5, 600)  # at most 5 submissions per user in 10 minutes
ROLE_TAGS = ("employee", "supervisor", "hr", "leader")
LANGUAGES = ("id", "en")


def ancestor_paths(unit_path: str) -> list[str]:
    """Every materialised path above and including a unit's ("/3/17/" -> "/3/", "/3/17/")."""
    ids = [part for part in (unit_path or "").split("/") if part]
    return ["/" + "/".join(ids[: n + 1]) + "/" for n in range(len(ids))]


def reaches(target_paths: list[str], unit_path: str) -> bool:
    """An empty target list is the whole government; otherwise any target above the unit."""
    if not target_paths:
        return True
    above = set(ancestor_paths(unit_path))
    return any(path in above for path in target_paths)


def feedback_fingerprint(sender_id: int, kind: str, screen: str, text: str) -> str:
    """Same sender, kind, screen and text (whitespace and case aside) = the same feedback."""
    normal = " ".join(text.split()).casefold()
    raw = f"{sender_id}|{kind}|{screen}|{normal}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def tag_field(values) -> str:
    """A list stored as " a b " so that one `contains " a "` finds it on every database."""
    cleaned = sorted({str(v).strip() for v in values if str(v).strip()})
    return f" {' '.join(cleaned)} " if cleaned else ""


def tags_of(field: str) -> list[str]:
    return [part for part in (field or "").split() if part]


def receipt_rate(read: int, audience: int) -> int:
    """Whole percent of the audience that confirmed reading (0 for an empty audience)."""
    if audience <= 0:
        return 0
    return min(100, round(100 * read / audience))
