"""What an applicant uploads: JPEG, PNG or PDF recognised by their first bytes, 2 MB each."""

from enum import StrEnum

MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
MAX_REQUEST_BYTES = MAX_DOCUMENT_BYTES + 256 * 1024  # one file and the form


class DocumentKind(StrEnum):
    KTP = "ktp"
    IJAZAH = "ijazah"
    TRANSCRIPT = "transcript"
    PHOTO = "photo"
    CERTIFICATE = "certificate"


# Every application needs these; certificates only when the opening asks for them.
REQUIRED_KINDS = (DocumentKind.KTP, DocumentKind.IJAZAH, DocumentKind.TRANSCRIPT, DocumentKind.PHOTO)
CONTENT_TYPES = {"jpeg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}
EXTENSIONS = {"jpeg": ".jpg", "png": ".png", "pdf": ".pdf"}


def sniff(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None


def upload_problem(kind: str, sniffed: str | None, size: int) -> str | None:
    """A code for what is wrong with an upload, or None. The photo goes on the exam card, so it
    must be an image."""
    if size <= 0:
        return "empty"
    if size > MAX_DOCUMENT_BYTES:
        return "too_large"
    if sniffed is None:
        return "type"
    if kind == DocumentKind.PHOTO and sniffed == "pdf":
        return "photo_type"
    return None


def missing_kinds(have: set[str], *, needs_certificate: bool) -> list[str]:
    wanted = list(REQUIRED_KINDS) + ([DocumentKind.CERTIFICATE] if needs_certificate else [])
    return [str(k) for k in wanted if str(k) not in have]
