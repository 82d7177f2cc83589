"""BKPSDM pages: sessions (create, enrol candidates by CSV), the question bank (XLSX import),
the ranking per opening with exports and the signed announcement."""

import csv
import io

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.cat import policy, queries
from abdi.cat.forms import EnrolForm, ImportForm, QuestionForm, SessionForm
from abdi.cat.services import bank, results, sessions
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

MAX_UPLOAD = 2 * 1024 * 1024


def _manager(request) -> Actor:
    actor = Actor.from_request(request)
    if not policy.can_manage(actor):
        raise Http404
    return actor


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    if not policy.can_see_sessions(actor):
        raise Http404
    return render(request, "cat/index.html", {"sessions": queries.sessions_for(actor),
                                              "manager": policy.can_manage(actor)})


@member_required
@require_http_methods(["GET", "POST"])
def session_create(request):
    actor = _manager(request)
    form = SessionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                session = sessions.create_session(actor=actor, **form.cleaned_data)
                return redirect("cat:session", session_id=session.pk)
            except DomainError as exc:
                form.add_error(None, exc.message)
    return render(request, "cat/session_form.html", {"form": form}, status=status)


def _read_upload(upload, suffixes) -> bytes:
    if upload is None or upload.size > MAX_UPLOAD:
        raise DomainError(_("The file is missing or larger than 2 MB."))
    if not upload.name.lower().endswith(suffixes):
        raise DomainError(_("Wrong file type."))
    return upload.read()


def _csv_rows(data: bytes) -> list[dict]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(_("The CSV file must be UTF-8.")) from None
    dialect = csv.Sniffer().sniff(text[:2000], delimiters=",;") if text.strip() else csv.excel
    return [{(k or "").strip(): v for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text), dialect=dialect)]


@member_required
@require_http_methods(["GET", "POST"])
def session_detail(request, session_id):
    actor = _manager(request)
    session = queries.get_session_for_proctor(actor, session_id)
    form = EnrolForm(request.POST or None, request.FILES or None)
    report, status = None, 200
    if request.method == "POST":
        try:
            if not form.is_valid():
                raise DomainError(_("Choose a CSV file."))
            rows = _csv_rows(_read_upload(form.cleaned_data["file"], (".csv", ".txt")))
            report = sessions.enrol_candidates(actor=actor, session=session, rows=rows)
            status = 400 if report["errors"] and not report["enrolled"] else 200
        except (DomainError, csv.Error) as exc:
            form.add_error(None, getattr(exc, "message", _("The CSV file cannot be read.")))
            status = 400
    return render(request, "cat/session.html", {
        "session": session, "form": form, "report": report,
        "attempts": queries.console(session)}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def bank_index(request):
    actor = _manager(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    report, status = None, 200
    if request.method == "POST":
        try:
            if not form.is_valid():
                raise DomainError(_("Choose an XLSX file."))
            report = bank.import_rows(actor=actor, rows=_xlsx_rows(
                _read_upload(form.cleaned_data["file"], (".xlsx",))))
        except DomainError as exc:
            form.add_error(None, exc.message)
            status = 400
    return render(request, "cat/bank.html", {"parts": queries.parts(), "form": form,
                                             "report": report,
                                             "questions": queries.questions()[:200]}, status=status)


def _xlsx_rows(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    if not data.startswith(b"PK\x03\x04"):
        raise DomainError(_("The file is not an XLSX workbook."))
    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        rows = list(sheet.iter_rows(min_row=2, max_row=5001, values_only=True))
    except Exception:
        raise DomainError(_("The XLSX workbook cannot be read.")) from None
    return rows


def _formasi(request) -> int:
    raw = request.GET.get("formasi", "1")
    return max(1, min(int(raw), 10000)) if raw.isascii() and raw.isdigit() else 1


def _opening(request):
    raw = request.GET.get("lowongan", "")
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 15 else None


@member_required
@require_GET
def ranking(request):
    _manager(request)
    openings = queries.openings()
    opening_ref, formasi = _opening(request), _formasi(request)
    if opening_ref is None and openings:
        opening_ref = openings[0][0]
    title = next((t for ref, t, _n in openings if ref == opening_ref), "")
    ranked, failed = queries.ranking_of(opening_ref, formasi) if opening_ref is not None else ([], [])
    export = request.GET.get("format")
    if export == "csv":
        response = HttpResponse(results.ranking_csv(opening_ref, formasi), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="peringkat.csv"'
        return response
    if export == "xlsx":
        response = HttpResponse(results.ranking_xlsx(opening_ref, formasi), content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        response["Content-Disposition"] = 'attachment; filename="peringkat.xlsx"'
        return response
    return render(request, "cat/ranking.html", {
        "openings": openings, "opening_ref": opening_ref, "title": title, "formasi": formasi,
        "ranked": ranked, "failed": failed})


@member_required
@require_POST
def announce(request):
    actor = _manager(request)
    opening_ref, formasi = _opening(request), _formasi(request)
    title = next((t for ref, t, _n in queries.openings() if ref == opening_ref), None)
    if title is None:
        raise Http404
    try:
        announcement = results.issue_announcement(
            actor=actor, opening_ref=opening_ref, opening_title=title, formasi=formasi,
            verify_url_of=lambda code: request.build_absolute_uri(
                reverse("cat:verify", kwargs={"announcement_code": code})))
    except DomainError as exc:  # e.g. the configured signing certificate is missing
        messages.error(request, exc.message)
        return redirect(f"{reverse('cat:ranking')}?lowongan={opening_ref}&formasi={formasi}")
    messages.success(request, _("Announcement issued. SHA-256: %(hash)s")
                     % {"hash": announcement.content_hash})
    response = HttpResponse(bytes(announcement.pdf), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="pengumuman-{announcement.code}.pdf"'
    return response


def _options_of(part, data) -> list[dict]:
    from abdi.cat.rules.bank import LABELS, parse_key

    texts = [data.get(f"option_{label.lower()}") or "" for label in LABELS]
    count = len([t for t in texts if t.strip()])
    parsed = parse_key(part.kind, data.get("key", ""), count)
    if parsed is None or any(not t.strip() for t in texts[:count]):
        raise DomainError(_("Fill the options from A on, and a key that matches them."))
    return [{"label": LABELS[i], "text": texts[i], "is_correct": parsed[0][i], "weight": parsed[1][i]}
            for i in range(count)]


@member_required
@require_http_methods(["GET", "POST"])
def question_form(request, question_id=None):
    """A new question, or a change to one (a used question gets a new version)."""
    actor = _manager(request)
    parts = queries.parts()
    question = queries.get_question_or_404(question_id) if question_id else None
    initial = queries.question_initial(question) if question else {}
    form = QuestionForm(request.POST or None, request.FILES or None, parts=parts, initial=initial)
    if question:
        form.fields["part"].disabled = True
        form.fields["category"].disabled = True
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                code = form.cleaned_data["part"]
                part = question.part if question else next(p for p in parts if p.code == code)
                options = _options_of(part, form.cleaned_data)
                image = form.cleaned_data.get("image")
                if question:
                    saved = bank.edit_question(actor=actor, question=question, text=form.cleaned_data["text"],
                                               options=options, image_upload=image)
                else:
                    saved = bank.create_question(
                        actor=actor, part=part,
                        category=queries.category_for(part, form.cleaned_data["category"]),
                        text=form.cleaned_data["text"], options=options, image_upload=image)
                messages.success(request, _("Question saved (version %(v)s).") % {"v": saved.version})
                return redirect("cat:bank")
            except DomainError as exc:
                form.add_error(None, exc.message)
    return render(request, "cat/question_form.html", {"form": form, "question": question}, status=status)
