"""Public pages: the live scoreboard of a session and the check of an announcement."""

import hashlib

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.cat import queries
from abdi.cat.forms import AnnouncementCopyForm
from abdi.cat.services import signing
from abdi.core.errors import DomainError
from abdi.core.public_guard import limit, refuse_spam, remember_device
from abdi.tenancy.scoping import within

MAX_COPY_BYTES = 10 * 1024 * 1024


class CopyTooLarge(DomainError):
    status = 413


class NotAPdf(DomainError):
    status = 415


@require_GET
def board(request, board_code):
    session = queries.board_session(board_code)
    with within(session.instansi):
        rows = queries.board(session)
        parts = [p for p, _c, _n in session.blueprint]
        parts = list(dict.fromkeys(parts))
        for row in rows:
            row["cells"] = [row["scores"].get(p, "-") for p in parts]
        context = {"session": session, "rows": rows, "parts": parts, "instansi": session.instansi,
                   "board_code": board_code}
        template = "cat/_board.html" if request.htmx else "cat/board.html"
        return render(request, template, context)


def _read_copy(upload) -> bytes:
    if upload.size > MAX_COPY_BYTES:
        raise CopyTooLarge(_("The file is larger than 10 MB; an announcement is much smaller."))
    data = upload.read(MAX_COPY_BYTES + 1)
    if len(data) > MAX_COPY_BYTES:
        raise CopyTooLarge(_("The file is larger than 10 MB; an announcement is much smaller."))
    if b"%PDF-" not in data[:1024]:
        raise NotAPdf(_("The file is not a PDF. Upload the announcement PDF as you received it."))
    return data


@require_http_methods(["GET", "POST"])
def verify(request, announcement_code):
    """The public check of an announcement: its signature, and a citizen's copy by SHA-256 or upload."""
    announcement = queries.announcement_by_code(announcement_code)
    with within(announcement.instansi):
        digest = request.GET.get("sha256", "").strip().lower()
        form = AnnouncementCopyForm(request.POST or None, request.FILES or None)
        copy, status = None, 200
        if request.method == "POST":
            try:
                limit(request, "cat-verify", per_address=(120, 60), per_device=(20, 60))
                refuse_spam(form)
                if form.is_valid():
                    data = _read_copy(form.cleaned_data["file"])
                    digest = hashlib.sha256(data).hexdigest()
                    copy = signing.check_pdf(data)
                else:
                    status = 400
            except DomainError as exc:
                form.add_error(None, exc.message)
                status = exc.status
        return remember_device(request, render(request, "cat/verify.html", {
            "announcement": announcement, "instansi": announcement.instansi, "checked": digest,
            "matches": digest == announcement.content_hash if digest else None,
            "own_hash": hashlib.sha256(bytes(announcement.pdf)).hexdigest(),
            "signature": signing.check_pdf(bytes(announcement.pdf)), "copy": copy, "form": form},
            status=status))
