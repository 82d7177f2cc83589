"""What a certificate upload may be: PDF, JPEG or PNG, sniffed by its first bytes, at most 5 MB."""

MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024
SIGNATURES = ((b"%PDF-", "pdf"), (b"\xff\xd8\xff", "jpg"), (b"\x89PNG\r\n\x1a\n", "png"))


def sniff_certificate(head: bytes) -> str | None:
    """The file's extension by its magic bytes, or None when it is none of the allowed kinds."""
    for magic, extension in SIGNATURES:
        if head.startswith(magic):
            return extension
    return None


def certificate_problem(head: bytes, size: int) -> str | None:
    if size <= 0:
        return "empty"
    if size > MAX_CERTIFICATE_BYTES:
        return "too_large"
    if sniff_certificate(head) is None:
        return "wrong_type"
    return None
