"""Checking what citizens send before anything is written."""

from django.utils.translation import gettext as _

from abdi.core.errors import DomainError

from .rules.attachments import MAX_FILE_BYTES, MAX_FILES, sniff


def checked_attachments(files) -> list[tuple[object, str]]:
    """(uploaded file, kind) pairs; refuses too many, too large or not JPEG/PNG/PDF files."""
    files = [f for f in files if f]
    if len(files) > MAX_FILES:
        raise DomainError(_("Attach at most three files."), field="attachments")
    checked = []
    for upload in files:
        if upload.size > MAX_FILE_BYTES:
            raise DomainError(_("Each attachment may be at most 5 MB."), field="attachments")
        upload.seek(0)
        kind = sniff(upload.read(8))
        upload.seek(0)
        if kind is None:
            raise DomainError(_("Attach only JPEG or PNG photos or PDF documents."),
                              field="attachments")
        checked.append((upload, kind))
    return checked
