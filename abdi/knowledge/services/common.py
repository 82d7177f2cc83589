"""Cleaning what people type and upload, shared by every write of the app."""

import re
import zipfile

from django.utils.translation import gettext as _

from abdi.core.errors import DomainError

from ..rules.attachments import attachment_problem, is_zip, sniff_attachment

# Control characters other than tab and newline (NUL breaks PostgreSQL text columns).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def line(value, field, *, low=1, high=200) -> str:
    """One line of text, whitespace collapsed, of low..high characters."""
    cleaned = " ".join(_CONTROL.sub(" ", str(value or "")).split())
    if not low <= len(cleaned) <= high:
        raise DomainError(_("Write %(low)d to %(high)d characters here.") % {"low": low, "high": high},
                          field=field)
    return cleaned


def paragraphs(value, field, *, low=1, high=10_000) -> str:
    """Plain text that keeps its line breaks (at most two blank lines in a row)."""
    text = _CONTROL.sub("", str(value or "").replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(part.rstrip() for part in text.split("\n"))).strip()
    if not low <= len(text) <= high:
        if low <= 1 and not text:
            raise DomainError(_("This field cannot be empty."), field=field)
        raise DomainError(_("Write %(low)d to %(high)d characters here.") % {"low": low, "high": high},
                          field=field)
    return text


def optional_paragraphs(value, field, *, high=10_000) -> str:
    text = str(value or "").strip()
    return paragraphs(text, field, low=1, high=high) if text else ""


def check_attachment(upload):
    """(upload, kind) when it is a PDF/JPEG/PNG/DOCX/PPTX of at most 10 MB, sniffed."""
    if upload is None:
        raise DomainError(_("Choose a file to attach."), field="file")
    size = getattr(upload, "size", 0) or 0
    head = b""
    if size > 0:
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
    names = None
    if is_zip(head) and attachment_problem(size, "zip") is None:
        try:
            with zipfile.ZipFile(upload) as archive:
                names = archive.namelist()[:5000]
        except (zipfile.BadZipFile, OSError, ValueError):
            names = None
        upload.seek(0)
    problem = attachment_problem(size, sniff_attachment(head, names))
    if problem == "empty":
        raise DomainError(_("The file is empty."), field="file")
    if problem == "too_large":
        raise DomainError(_("The file is larger than 10 MB."), field="file")
    if problem == "wrong_type":
        raise DomainError(_("Attach a PDF, JPEG, PNG, DOCX or PPTX file; this file is none of "
                            "these (its content was checked, not its name)."), field="file")
    return upload, sniff_attachment(head, names)


def file_label(name) -> str:
    """A safe display name for an uploaded file (no path, no control characters)."""
    base = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return " ".join(_CONTROL.sub("", base).split())[:160] or "lampiran"
