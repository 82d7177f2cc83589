"""What a candidate does: log in with the released token, answer, finish. Every action and
every refusal goes into the attempt's hash-chained log; a refusal changes no saved answer."""

import secrets
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from abdi.cat.models import Attempt, ExamSession, Question
from abdi.cat.rules import draw, timer
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.tenancy.scoping import within

from . import chainlog
from .scoring import write_result
from .tokens import device_hash, token_hash

CHAIN = list(chainlog.CHAIN_FIELDS)
DISABILITY_EXTRA_SECONDS = 30 * 60  # SKD 2024: 130 instead of 100 minutes (S-REC-1)
MAX_SEQ = 2**62


@dataclass
class Login:
    attempt_id: int
    instansi_id: int
    device_key: str


def _locked(attempt_id: int) -> Attempt:
    try:
        return Attempt.objects.select_for_update().get(pk=attempt_id)
    except Attempt.DoesNotExist:
        raise NotFound(_("This exam was not found.")) from None


def _save(attempt, fields):
    attempt.save(update_fields=[*CHAIN, *fields])


def _refuse(attempt, action, data, now, error, *, incident=True):
    """Log a refused action; the caller raises `error` after the transaction commits."""
    chainlog.append(attempt, action, data, now)
    attempt.incidents += int(incident)
    _save(attempt, ["incidents"])
    return error


def log_in(*, registration_number: str, token: str, device_key: str = "", ip: str = "") -> Login:
    """Token login: the first use starts the exam on this device; the same device resumes;
    another device is refused until the proctor resets the device and releases a new token."""
    digest = token_hash(registration_number, token)
    with scopes_disabled():  # the token names the government; the lookup is by its hash only
        found = Attempt.objects.filter(token_hash=digest).values_list("pk", "instansi_id").first()
    if not digest or found is None:
        raise DomainError(_("Registration number or token is wrong."))
    attempt_id, instansi_id = found
    device_key = device_key or secrets.token_urlsafe(24)
    with within(instansi_id):
        error = None
        now = timezone.now()
        with transaction.atomic():
            attempt = _locked(attempt_id)
            session = attempt.session
            if attempt.state == Attempt.State.FINISHED:
                error = _refuse(attempt, "login_refused", {"why": "finished", "ip": ip}, now,
                                Conflict(_("This exam has already finished.")), incident=False)
            elif attempt.state == Attempt.State.ACTIVE and attempt.device_hash \
                    and attempt.device_hash != device_hash(device_key):
                error = _refuse(attempt, "second_login", {"ip": ip}, now, Conflict(_(
                    "This candidate is already taking the exam on another computer. "
                    "Ask the proctor to reset the device.")))
            elif attempt.state == Attempt.State.WAITING:
                error = DomainError(_("Registration number or token is wrong."))
            elif attempt.state == Attempt.State.RELEASED and Attempt.objects.filter(
                    candidate_id=attempt.candidate_id, state=Attempt.State.ACTIVE).exists():
                error = _refuse(attempt, "login_refused", {"why": "other_active_exam", "ip": ip}, now,
                                Conflict(_("This candidate is already taking another exam.")))
            else:
                if attempt.state == Attempt.State.RELEASED:
                    _start(attempt, session, now)
                    action = "start"
                else:
                    action = "resume"
                attempt.device_hash = device_hash(device_key)
                attempt.last_seen_at = now
                chainlog.append(attempt, action, {"ip": ip}, now)
                _save(attempt, ["device_hash", "last_seen_at", "state", "started_at",
                                "duration_seconds", "deadline_at", "question_ids", "option_orders"])
        if error:
            raise error
    return Login(attempt_id, instansi_id, device_key)


def _start(attempt, session: ExamSession, now) -> None:
    """Draw the questions (own order, own option order) and start the server's clock."""
    blueprint = [(str(p), str(c or ""), int(n)) for p, c, n in session.blueprint]
    pool: dict = {}
    options: dict = {}
    rows = Question.objects.filter(part__code__in={p for p, _c, _n in blueprint}, is_current=True) \
        .values_list("pk", "part__code", "category__code", "options__pk")
    for qid, part, category, option_id in rows:
        for key in {(part, category or ""), (part, "")}:
            pool.setdefault(key, set()).add(qid)
        if option_id:
            options.setdefault(qid, []).append(option_id)
    pool = {k: sorted(v) for k, v in pool.items()}
    seed = f"{attempt.instansi_id}:{attempt.session_id}:{attempt.pk}:{secrets.token_hex(8)}"
    try:
        questions, orders = draw.draw(seed, blueprint, pool, options)
    except ValueError as exc:
        raise DomainError(_("The question bank is too small for this session: %(why)s")
                          % {"why": exc}) from exc
    Question.objects.filter(pk__in=questions, locked=False).update(locked=True)
    attempt.question_ids = questions
    attempt.option_orders = {str(q): o for q, o in orders.items()}
    extra = DISABILITY_EXTRA_SECONDS if (session.kind == "SKD"
                                         and attempt.candidate.category == "disabilitas") else 0
    attempt.duration_seconds = session.duration_minutes * 60 + extra
    attempt.started_at = now
    attempt.deadline_at = timer.deadline(now, attempt.duration_seconds, attempt.added_seconds)
    attempt.state = Attempt.State.ACTIVE


def _is_over(attempt, now) -> bool:
    return timer.is_over(attempt.started_at, attempt.duration_seconds, attempt.added_seconds, now)


def remaining(attempt, now=None) -> int:
    return timer.remaining_seconds(attempt.started_at, attempt.duration_seconds,
                                   attempt.added_seconds, now or timezone.now())


def _check_device(attempt, device_key, now):
    if attempt.state != Attempt.State.ACTIVE and attempt.state != Attempt.State.FINISHED:
        return Forbidden(_("Log in with the token from the proctor first."))
    if not device_key or attempt.device_hash != device_hash(device_key):
        return _refuse(attempt, "device_refused", {}, now, Forbidden(_(
            "This exam is open on another computer. Ask the proctor to reset the device.")))
    return None


def _finish(attempt, now, action: str) -> None:
    attempt.state = Attempt.State.FINISHED
    attempt.finished_at = now
    result = write_result(attempt, now)
    chainlog.append(attempt, action, {"total": result.total, "passed": result.passed}, now)
    _save(attempt, ["state", "finished_at"])


UPSERT = """
INSERT INTO cat_answer (instansi_id, attempt_id, question_id, option_id, seq, saved_at)
VALUES (%s, %s, %s, %s, %s, %s)
ON CONFLICT (attempt_id, question_id) DO UPDATE
SET option_id = excluded.option_id, seq = excluded.seq, saved_at = excluded.saved_at
WHERE cat_answer.seq < excluded.seq
"""


def save_answer(*, attempt_id: int, device_key: str, question_id, option_id, seq) -> dict:
    """Save one choice at once (option None clears it). Refused and logged: another device,
    after the time (409), a question or option not in this candidate's draw (400), a request
    older than the saved answer (409, a replay or a late duplicate)."""
    now = timezone.now()
    error = None
    with transaction.atomic():
        attempt = _locked(attempt_id)
        error = _check_device(attempt, device_key, now)
        if error is None and attempt.state == Attempt.State.FINISHED:
            error = _refuse(attempt, "late_answer", {"question": str(question_id)[:20]}, now,
                            Conflict(_("The exam has finished; answers are no longer accepted.")))
        elif error is None and _is_over(attempt, now):
            _finish(attempt, now, "time_up")
            error = _refuse(attempt, "late_answer", {"question": str(question_id)[:20]}, now,
                            Conflict(_("Time is up; answers are no longer accepted.")))
        elif error is None:
            error = _store(attempt, question_id, option_id, seq, now)
    if error:
        raise error
    return {"saved": True, "remaining": remaining(attempt, now)}


def _as_int(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19:
        return int(value)
    return None


def _store(attempt, question_id, option_id, seq, now):
    qid, oid, seq_n = _as_int(question_id), _as_int(option_id), _as_int(seq)
    raw = {"question": str(question_id)[:20], "option": str(option_id)[:20], "seq": str(seq)[:20]}
    if qid is None or qid not in attempt.question_ids:
        return _refuse(attempt, "forged_question", raw, now,
                       DomainError(_("This question is not part of your exam.")))
    if option_id not in (None, "") and (oid is None or oid not in attempt.option_orders[str(qid)]):
        return _refuse(attempt, "forged_option", raw, now,
                       DomainError(_("This option does not belong to the question.")))
    if seq_n is None or not 0 < seq_n < MAX_SEQ:
        return _refuse(attempt, "bad_request", raw, now, DomainError(_("The request is malformed.")))
    with connection.cursor() as cursor:
        cursor.execute(UPSERT, [attempt.instansi_id, attempt.pk, qid, oid, seq_n, now])
        stored = cursor.rowcount
    if not stored:
        return _refuse(attempt, "stale_answer", raw, now, Conflict(_(
            "A newer answer to this question is already saved; this request was ignored.")),
            incident=False)
    chainlog.append(attempt, "answer", {"question": qid, "option": oid, "seq": seq_n}, now)
    attempt.answer_seq = max(attempt.answer_seq, seq_n)
    attempt.last_seen_at = now
    _save(attempt, ["answer_seq", "last_seen_at"])  # progress is counted when someone looks
    return None


def touch(*, attempt_id: int, device_key: str) -> Attempt:
    """A page view or clock sync: checks the device, ends the exam when the time is up."""
    now = timezone.now()
    with transaction.atomic():
        attempt = _locked(attempt_id)
        error = _check_device(attempt, device_key, now)
        if error is None and attempt.state == Attempt.State.ACTIVE:
            if _is_over(attempt, now):
                _finish(attempt, now, "time_up")
            else:
                attempt.last_seen_at = now
                attempt.save(update_fields=["last_seen_at"])
    if error:
        raise error
    return attempt


def finish(*, attempt_id: int, device_key: str) -> Attempt:
    now = timezone.now()
    with transaction.atomic():
        attempt = _locked(attempt_id)
        error = _check_device(attempt, device_key, now)
        if error is None and attempt.state == Attempt.State.ACTIVE:
            _finish(attempt, now, "time_up" if _is_over(attempt, now) else "finish")
    if error:
        raise error
    return attempt


def finish_expired(session_id: int | None = None) -> int:
    """Ends every attempt whose time is up (the proctor console and a cron command call it)."""
    now = timezone.now()
    active = Attempt.objects.filter(state=Attempt.State.ACTIVE, deadline_at__lte=now)
    if session_id:
        active = active.filter(session_id=session_id)
    done = 0
    for attempt_id in active.values_list("pk", flat=True):
        with transaction.atomic():
            attempt = _locked(attempt_id)
            if attempt.state == Attempt.State.ACTIVE and _is_over(attempt, now):
                _finish(attempt, now, "time_up")
                done += 1
    return done
