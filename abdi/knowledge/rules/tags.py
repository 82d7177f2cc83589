"""Tags are free words, kept lower-case and tidy so "Antrean Online" and "antrean  online" are
one tag."""

import re

MAX_TAGS = 10
MAX_TAG_LENGTH = 40
_NOT_TAG = re.compile(r"[^\w\- ]+")


def normalise_tag(raw: str) -> str:
    """Lower-case, single spaces, letters/digits/hyphens only, at most 40 characters."""
    cleaned = _NOT_TAG.sub(" ", str(raw or "").lower())
    return " ".join(cleaned.split())[:MAX_TAG_LENGTH].strip(" -")


def normalise_tags(raw) -> list[str]:
    """Tags from a comma-separated text (or a list), duplicates dropped, order kept."""
    parts = raw.replace(";", ",").split(",") if isinstance(raw, str) else list(raw or [])
    tags = [normalise_tag(part) for part in parts]
    return list(dict.fromkeys(tag for tag in tags if tag))


def too_many(tags: list[str]) -> bool:
    return len(tags) > MAX_TAGS
