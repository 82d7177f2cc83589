"""What a team document may be: PDF, DOCX, XLSX, PPTX, ODT, JPEG or PNG, recognised by its content
(never by its name), at most 20 MB. Pure: the caller hands over the first bytes and, for a ZIP
container, the names of its members."""

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
PLAIN_SIGNATURES = ((b"%PDF-", "pdf"), (b"\xff\xd8\xff", "jpg"), (b"\x89PNG\r\n\x1a\n", "png"))
# Office Open XML packages are ZIPs whose main part tells the kind (ECMA-376 part 2).
OOXML_PARTS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"),
               ("ppt/presentation.xml", "pptx"))
# OpenDocument: the first member is "mimetype", stored uncompressed (ODF 1.2 part 3, 3.3).
ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
CONTENT_TYPES = {
    "pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
}


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


def sniff(head: bytes, zip_names: list[str] | None = None) -> str | None:
    """The file's extension by its content, or None when it is none of the allowed kinds."""
    for magic, extension in PLAIN_SIGNATURES:
        if head.startswith(magic):
            return extension
    if not is_zip(head) or not zip_names:
        return None
    if ODT_MIMETYPE in head[:200] and "content.xml" in zip_names:
        return "odt"
    if "[Content_Types].xml" in zip_names:
        for part, extension in OOXML_PARTS:
            if part in zip_names:
                return extension
    return None


def upload_problem(size: int, kind: str | None) -> str | None:
    if size <= 0:
        return "empty"
    if size > MAX_DOCUMENT_BYTES:
        return "too_large"
    if kind is None:
        return "wrong_type"
    return None


def safe_filename(name: str, extension: str, *, limit: int = 120) -> str:
    """The uploader's file name, reduced to harmless characters, ending in the sniffed extension."""
    stem = str(name or "").replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    cleaned = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in stem).strip(" ._")
    cleaned = "-".join(cleaned.split())[: limit - len(extension) - 1] or "dokumen"
    return f"{cleaned}.{extension}"
