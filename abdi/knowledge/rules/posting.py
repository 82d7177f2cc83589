"""Forum posts: plain text of bounded length, and the fingerprint that makes a double-sent post
one post."""

import hashlib

TITLE_RANGE = (5, 200)
BODY_RANGE = (2, 10_000)
DUPLICATE_WINDOW_SECONDS = 60  # the same text sent twice within a minute is one post
POSTS_PER_MINUTE = 6


def fingerprint(author_id: int, where: str, *texts: str) -> str:
    """A stable digest of who wrote what where, whitespace-insensitive."""
    canonical = "\x1f".join([str(author_id), where, *(" ".join(str(t).split()) for t in texts)])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
