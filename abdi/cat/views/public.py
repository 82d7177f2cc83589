"""Public pages: the live scoreboard of a session and the check of an announcement."""

import hashlib

from django.shortcuts import render
from django.views.decorators.http import require_GET

from abdi.cat import queries
from abdi.tenancy.scoping import within


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


@require_GET
def verify(request, announcement_code):
    announcement = queries.announcement_by_code(announcement_code)
    with within(announcement.instansi):
        digest = request.GET.get("sha256", "").strip().lower()
        return render(request, "cat/verify.html", {
            "announcement": announcement, "instansi": announcement.instansi, "checked": digest,
            "matches": digest == announcement.content_hash if digest else None,
            "own_hash": hashlib.sha256(bytes(announcement.pdf)).hexdigest()})
