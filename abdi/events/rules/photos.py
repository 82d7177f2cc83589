"""What an event photo may be: a JPEG or PNG, sniffed by its first bytes (design rule)."""

MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_PHOTOS_PER_EVENT = 30
SIGNATURES = ((b"\xff\xd8\xff", "jpg", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "png", "image/png"))


def sniff(head: bytes) -> tuple[str, str] | None:
    """(extension, content type) by the magic bytes, or None when neither JPEG nor PNG."""
    for magic, extension, content_type in SIGNATURES:
        if head.startswith(magic):
            return extension, content_type
    return None


def photo_problem(head: bytes, size: int, already: int) -> str | None:
    if already >= MAX_PHOTOS_PER_EVENT:
        return "too_many"
    if size <= 0:
        return "empty"
    if size > MAX_PHOTO_BYTES:
        return "too_large"
    if sniff(head) is None:
        return "wrong_type"
    return None
