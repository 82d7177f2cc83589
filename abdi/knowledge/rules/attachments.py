"""What an attachment may be: PDF, JPEG, PNG, DOCX or PPTX, recognised by its content, never by
its name, at most 10 MB. DOCX and PPTX are ZIP files: their entries say which."""

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 10
ZIP_MAGIC = b"PK\x03\x04"
SIGNATURES = ((b"%PDF-", "pdf"), (b"\xff\xd8\xff", "jpg"), (b"\x89PNG\r\n\x1a\n", "png"))
CONTENT_TYPES = {
    "pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


def sniff_attachment(head: bytes, zip_names: list[str] | None = None) -> str | None:
    """The kind by the first bytes (and, for a ZIP, its entry names), or None if not allowed."""
    for magic, kind in SIGNATURES:
        if head.startswith(magic):
            return kind
    if is_zip(head) and zip_names is not None:
        names = set(zip_names)
        if "[Content_Types].xml" in names:
            if "word/document.xml" in names:
                return "docx"
            if "ppt/presentation.xml" in names:
                return "pptx"
    return None


def attachment_problem(size: int, kind: str | None) -> str | None:
    if size <= 0:
        return "empty"
    if size > MAX_ATTACHMENT_BYTES:
        return "too_large"
    if kind is None:
        return "wrong_type"
    return None
