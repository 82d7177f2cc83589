"""What a citizen may attach: JPEG, PNG or PDF, recognised by their first bytes, never by name."""

MAX_FILES = 3
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_REQUEST_BYTES = MAX_FILES * MAX_FILE_BYTES + 512 * 1024  # three files and the form

KINDS = {"jpeg": ("image/jpeg", ".jpg"), "png": ("image/png", ".png"), "pdf": ("application/pdf", ".pdf")}


def sniff(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None
