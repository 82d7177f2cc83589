"""Reads of the CAT domain: sessions a person may see, the proctor console, the public
scoreboard (one indexed query on the summary table), the ranking per opening."""

from django.db.models import Count, Q
from django.http import Http404
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.core.errors import NotFound

from . import policy
from .models import Announcement, Attempt, Candidate, Category, ExamSession, Part, Question, Result
from .rules import ranking

ONLINE_SECONDS = 60


def _id(raw) -> int | None:
    raw = str(raw)
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 12 else None


def sessions_for(actor):
    sessions = ExamSession.objects.annotate(
        enrolled=Count("attempts"), finished=Count("attempts", filter=Q(attempts__state="finished")))
    if not policy.can_manage(actor):
        sessions = sessions.filter(proctors__user_id=actor.user.pk)
    return sessions.order_by("-starts_at")


def get_session_for_proctor(actor, raw) -> ExamSession:
    session = ExamSession.objects.filter(pk=_id(raw)).first() if _id(raw) else None
    if session is None or not policy.can_proctor(actor, session):
        raise Http404
    return session


def console(session):
    """One row per seat: candidate, state, progress, last seen, incidents."""
    return (Attempt.objects.filter(session=session).select_related("candidate")
            .defer("question_ids", "option_orders").order_by("seat")
            .annotate(answered=Count("answers", filter=Q(answers__option__isnull=False))))


def is_online(attempt, now=None) -> bool:
    now = now or timezone.now()
    return (attempt.state == Attempt.State.ACTIVE and attempt.last_seen_at is not None
            and (now - attempt.last_seen_at).total_seconds() < ONLINE_SECONDS)


def board_session(code: str) -> ExamSession:
    """The public scoreboard's session from its code (the code names the government)."""
    if not (code.isascii() and 4 <= len(code) <= 16):
        raise Http404
    with scopes_disabled():
        session = ExamSession.objects.filter(public_code=code).select_related("instansi").first()
    if session is None:
        raise Http404
    return session


def board(session, limit: int = 2000):
    return list(Result.objects.filter(session=session).order_by("-finished_at").values(
        "registration_number", "scores", "parts_passed", "total", "passed", "finished_at")[:limit])


def openings():
    return list(Result.objects.values_list("opening_ref", "opening_title")
                .annotate(n=Count("pk")).order_by("opening_title"))


def ranking_of(opening_ref, formasi: int):
    """Results of one opening ranked with the regulation's tie-breaks (rules/ranking.py)."""
    fields = ("pk", "twk", "tiu", "tkp", "total", "passed", "registration_number", "passed_via")
    rows = {r["pk"]: r for r in Result.objects.filter(opening_ref=opening_ref).values(*fields)}
    ranked = ranking.rank([(r["pk"], r["twk"], r["tiu"], r["tkp"], r["total"], r["passed"])
                           for r in rows.values()], formasi=formasi)
    failed = [r for r in rows.values() if not r["passed"]]
    return [(item, rows[item.key]) for item in ranked], failed


def parts():
    return list(Part.objects.annotate(n=Count("questions", filter=Q(questions__is_current=True))))


def questions(part=None):
    qs = Question.objects.filter(is_current=True).select_related("part", "category") \
        .prefetch_related("options").defer("image")
    return qs.filter(part=part) if part else qs


def get_question(raw) -> Question:
    question = Question.objects.filter(pk=_id(raw)).select_related("part").first() if _id(raw) else None
    if question is None:
        raise NotFound("")
    return question


def get_question_or_404(raw) -> Question:
    question = Question.objects.filter(pk=_id(raw), is_current=True).select_related("part", "category") \
        .first() if _id(raw) else None
    if question is None:
        raise Http404
    return question


def question_initial(question) -> dict:
    options = list(question.options.order_by("label"))
    initial = {"part": question.part.code, "category": question.category.code if question.category else "",
               "text": question.text}
    for option in options:
        initial[f"option_{option.label.lower()}"] = option.text
    if question.part.kind == "weighted":
        initial["key"] = "".join(str(o.weight or 0) for o in options)
    else:
        initial["key"] = next((o.label for o in options if o.is_correct), "")
    return initial


def category_for(part, code: str):
    """The part's category of that code, made on first use (the bank's own vocabulary)."""
    code = (code or "").strip()[:40]
    if not code:
        return None
    category, _created = Category.objects.get_or_create(
        part=part, code=code, defaults={"name": code, "instansi_id": part.instansi_id})
    return category


def candidates_count() -> int:
    return Candidate.objects.count()


def announcement_by_code(code: str):
    if not (code.isascii() and 4 <= len(code) <= 16):
        raise Http404
    with scopes_disabled():
        found = Announcement.objects.filter(code=code).select_related("instansi").first()
    if found is None:
        raise Http404
    return found
