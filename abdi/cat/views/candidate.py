"""The candidate's pages (no account): token login, one question at a time with a navigation
grid, JSON answer saves (with a no-JS form fallback), the server's clock, finish and result.
The browser receives question text and option texts only, never the key or the weights."""

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.cat.forms import CandidateLoginForm
from abdi.cat.models import Attempt, Option, Question
from abdi.cat.services import exam
from abdi.core.errors import DomainError
from abdi.core.public_guard import limit, refuse_spam, remember_device
from abdi.core.request_context import client_ip
from abdi.tenancy.scoping import within

SESSION_KEY = "cat_exam"


def _bound(request):
    data = request.session.get(SESSION_KEY)
    if not isinstance(data, dict) or not {"a", "g", "d"} <= set(data):
        return None
    return data


def _attempt_or_login(request, view):
    """Run view(attempt_data) inside the candidate's government; no exam → the login page."""
    data = _bound(request)
    if data is None:
        return redirect("cat:exam_login")
    with within(data["g"]):
        try:
            return view(data)
        except DomainError as exc:
            if request.headers.get("Accept", "").startswith("application/json") or \
                    request.content_type == "application/json":
                return JsonResponse({"error": str(exc.message)}, status=exc.status)
            return render(request, "cat/exam_error.html", {"message": exc.message}, status=exc.status)


@require_http_methods(["GET", "POST"])
def exam_login(request):
    if request.method == "GET" and _bound(request) is not None:
        return redirect("cat:exam")  # a refresh of the login page resumes the exam
    form = CandidateLoginForm(request.POST or None)
    status = 200
    if request.method == "POST":
        try:
            limit(request, "cat-login", per_address=(3000, 60), per_device=(30, 60))
            refuse_spam(form)
            if form.is_valid():
                data = _bound(request)
                login = exam.log_in(registration_number=form.cleaned_data["registration_number"],
                                    token=form.cleaned_data["token"],
                                    device_key=data["d"] if data else "", ip=client_ip(request))
                request.session.cycle_key()
                request.session[SESSION_KEY] = {"a": login.attempt_id, "g": login.instansi_id,
                                                "d": login.device_key}
                return remember_device(request, redirect("cat:exam"))
            status = 400
        except DomainError as exc:
            form.add_error(None, exc.message)
            status = exc.status
    return remember_device(request, render(request, "cat/exam_login.html", {"form": form}, status=status))


def _question_view(attempt, index: int):
    qid = attempt.question_ids[index]
    question = Question.objects.only("pk", "text", "image_type", "part__code", "part__name") \
        .select_related("part").get(pk=qid)
    texts = dict(Option.objects.filter(question_id=qid).values_list("pk", "text"))
    chosen = attempt.answers.filter(question_id=qid).values_list("option_id", flat=True).first()
    options = [{"id": oid, "letter": "ABCDE"[n] if n < 5 else str(n + 1), "text": texts[oid],
                "chosen": oid == chosen} for n, oid in enumerate(attempt.option_orders[str(qid)])]
    return question, options


def _page(request, data):
    attempt = exam.touch(attempt_id=data["a"], device_key=data["d"])
    if attempt.state == Attempt.State.FINISHED:
        return redirect("cat:exam_result")
    total = len(attempt.question_ids)
    raw = request.GET.get("n", "1")
    index = int(raw) - 1 if raw.isascii() and raw.isdigit() and 0 < int(raw) <= total else 0
    question, options = _question_view(attempt, index)
    answered = set(attempt.answers.filter(option__isnull=False).values_list("question_id", flat=True))
    grid = [{"n": n, "qid": q, "answered": q in answered, "current": n - 1 == index}
            for n, q in enumerate(attempt.question_ids, start=1)]
    return render(request, "cat/exam.html", {
        "attempt": attempt, "candidate": attempt.candidate, "question": question, "options": options,
        "number": index + 1, "total": total, "grid": grid, "answered": len(answered),
        "remaining": exam.remaining(attempt), "next_seq": attempt.answer_seq + 1,
        "previous": index if index > 0 else None, "next": index + 2 if index + 1 < total else None})


@require_http_methods(["GET", "POST"])
def exam_page(request):
    if request.method == "POST":  # the form fallback without JavaScript
        def post(data):
            if request.POST.get("option"):
                exam.save_answer(attempt_id=data["a"], device_key=data["d"],
                                 question_id=request.POST.get("question"),
                                 option_id=request.POST.get("option"), seq=request.POST.get("seq"))
            target = request.POST.get("go", "")
            return redirect(f"{request.path}?n={target}" if target.isdigit() else request.path)
        return _attempt_or_login(request, post)
    return _attempt_or_login(request, lambda data: _page(request, data))


@require_POST
def exam_answer(request):
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        return JsonResponse({"error": _("The request is malformed.")}, status=400)

    def save(data):
        try:
            return JsonResponse(exam.save_answer(attempt_id=data["a"], device_key=data["d"],
                                                 question_id=body.get("question"),
                                                 option_id=body.get("option"), seq=body.get("seq")))
        except DomainError as exc:
            state = Attempt.objects.filter(pk=data["a"]).values_list("state", flat=True).first()
            return JsonResponse({"error": str(exc.message), "finished": state == "finished"},
                                status=exc.status)
    if _bound(request) is None:
        return JsonResponse({"error": _("Log in with the token from the proctor first.")}, status=403)
    return _attempt_or_login(request, save)


@require_GET
def exam_clock(request):
    if _bound(request) is None:
        return JsonResponse({"error": _("Log in with the token from the proctor first.")}, status=403)

    def clock(data):
        attempt = exam.touch(attempt_id=data["a"], device_key=data["d"])
        answered = attempt.answers.filter(option__isnull=False).count()
        return JsonResponse({"remaining": exam.remaining(attempt), "answered": answered,
                             "finished": attempt.state == Attempt.State.FINISHED})
    return _attempt_or_login(request, clock)


@require_POST
def exam_finish(request):
    def finish(data):
        exam.finish(attempt_id=data["a"], device_key=data["d"])
        return redirect("cat:exam_result")
    return _attempt_or_login(request, finish)


@require_GET
def exam_result(request):
    def result(data):
        attempt = exam.touch(attempt_id=data["a"], device_key=data["d"])
        if attempt.state != Attempt.State.FINISHED:
            return redirect("cat:exam")
        outcome = attempt.result
        parts = [{"code": code, "score": score, "maximum": outcome.maxima.get(code),
                  "nab": attempt.session.passing_grades.get(code),
                  "passed": outcome.parts_passed.get(code)}
                 for code, score in outcome.scores.items() if code != "total"]
        return render(request, "cat/exam_result.html", {
            "attempt": attempt, "candidate": attempt.candidate, "result": outcome, "parts": parts,
            "board_code": attempt.session.public_code})
    return _attempt_or_login(request, result)


@require_GET
def exam_image(request, question_id):
    def image(data):
        attempt = exam.touch(attempt_id=data["a"], device_key=data["d"])
        if question_id not in attempt.question_ids:
            raise Http404
        row = Question.objects.filter(pk=question_id).values_list("image", "image_type").first()
        if not row or not row[0]:
            raise Http404
        response = HttpResponse(bytes(row[0]), content_type=f"image/{row[1]}")
        response["Cache-Control"] = "private, max-age=3600"
        return response
    return _attempt_or_login(request, image)
