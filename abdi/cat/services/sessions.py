"""What BKPSDM and the proctors do with an exam session: create it, enrol candidates, release
tokens after the identity check, reset a device, add time after an incident."""

import secrets

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.services import record
from abdi.cat import policy
from abdi.cat.models import Attempt, Candidate, ExamSession, Part, Proctor, Question
from abdi.cat.rules import passing, timer
from abdi.cat.rules.passing import CATEGORY_CODES
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound

from . import chainlog
from .tokens import new_token, token_hash

MAX_ADDED_SECONDS = 60 * 60
CANDIDATE_FIELDS = ("registration_number", "name", "application_ref", "opening_ref",
                    "opening_title", "category")


def _require_manager(actor):
    if not policy.can_manage(actor):
        raise Forbidden(_("Only BKPSDM may do this."))


def _require_proctor(actor, session):
    if not policy.can_proctor(actor, session):
        raise NotFound(_("Exam session not found."))


def create_session(*, actor, title: str, year: int, starts_at, room: str, seats: int,
                   duration_minutes: int, blueprint: list, kind: str = "SKD",
                   passing_grades: dict | None = None, proctor_ids=()) -> ExamSession:
    _require_manager(actor)
    blueprint = [[str(p).upper(), str(c or ""), int(n)] for p, c, n in blueprint]
    if not blueprint or any(n <= 0 for _p, _c, n in blueprint):
        raise DomainError(_("The blueprint needs at least one part with a positive count."),
                          field="blueprint")
    known = set(Part.objects.values_list("code", flat=True))
    unknown = sorted({p for p, _c, _n in blueprint} - known)
    if unknown:
        raise DomainError(_("Unknown part in the blueprint: %(parts)s") % {"parts": ", ".join(unknown)},
                          field="blueprint")
    for part, category, count in blueprint:
        pool = Question.objects.filter(part__code=part, is_current=True)
        if category:
            pool = pool.filter(category__code=category)
        if pool.count() < count:
            raise DomainError(_("The bank has too few questions for %(part)s %(category)s.")
                              % {"part": part, "category": category}, field="blueprint")
    if kind == ExamSession.Kind.SKD and not passing_grades:
        passing_grades = dict(passing.NAB_BY_YEAR.get(year, passing.NAB_2024).parts)
    with transaction.atomic():
        session = ExamSession.objects.create(
            instansi_id=actor.instansi_id, title=title, year=year, starts_at=starts_at, room=room,
            seats=seats, duration_minutes=duration_minutes, blueprint=blueprint, kind=kind,
            passing_grades=passing_grades or {}, public_code=secrets.token_urlsafe(9)[:12])
        for user_id in proctor_ids:
            Proctor.objects.create(instansi_id=actor.instansi_id, session=session, user_id=user_id)
        record(actor=actor, action="create", obj=session, after={"title": title, "room": room})
    return session


def _clean_row(row: dict) -> dict:
    clean = {k: str(row.get(k) or "").strip() for k in CANDIDATE_FIELDS}
    if not clean["registration_number"] or not clean["name"]:
        raise DomainError(_("registration number and name are required"))
    if len(clean["registration_number"]) > 30 or len(clean["name"]) > 160:
        raise DomainError(_("registration number or name too long"))
    for key in ("application_ref", "opening_ref"):
        raw = clean[key]
        if raw and not (raw.isascii() and raw.isdigit()):
            raise DomainError(_("%(field)s must be a number") % {"field": key})
        clean[key] = int(raw) if raw else None
    clean["category"] = clean["category"].lower()
    if clean["category"] in ("", "umum"):
        clean["category"] = ""
    elif clean["category"] not in CATEGORY_CODES:
        raise DomainError(_("unknown special category"))
    clean["opening_title"] = clean["opening_title"][:200]
    return clean


def enrol_candidates(*, actor, session, rows: list[dict]) -> dict:
    """Enrol candidates into a session, each on the next free seat. A candidate is matched by
    registration number (unique per government) and updated. Returns {"enrolled", "updated",
    "errors": [(row number, message)]}; a row with an error changes nothing."""
    _require_manager(actor)
    report = {"enrolled": 0, "updated": 0, "errors": []}
    with transaction.atomic():
        session = ExamSession.objects.select_for_update().get(pk=session.pk)
        seat = (session.attempts.aggregate(m=Max("seat"))["m"] or 0)
        taken = session.attempts.count()
        for number, row in enumerate(rows, start=1):
            try:
                clean = _clean_row(row)
            except DomainError as exc:
                report["errors"].append((number, str(exc.message)))
                continue
            candidate, _created = Candidate.objects.update_or_create(
                registration_number=clean["registration_number"],
                defaults={**clean, "instansi_id": actor.instansi_id})
            if Attempt.objects.filter(session=session, candidate=candidate).exists():
                report["updated"] += 1
                continue
            if taken >= session.seats:
                report["errors"].append((number, _("no free seat left in this session")))
                continue
            seat += 1
            taken += 1
            Attempt.objects.create(instansi_id=actor.instansi_id, session=session,
                                   candidate=candidate, seat=seat)
            report["enrolled"] += 1
        record(actor=actor, action="import", obj=session,
               after={"enrolled": report["enrolled"], "errors": len(report["errors"])})
    return report


def _attempt_of(actor, session, attempt_id) -> Attempt:
    _require_proctor(actor, session)
    try:
        return Attempt.objects.select_for_update().select_related("candidate").get(
            pk=attempt_id, session=session)
    except (Attempt.DoesNotExist, ValueError, TypeError):
        raise NotFound(_("Candidate not found in this session.")) from None


def release_token(*, actor, session, attempt_id) -> str:
    """After the identity check: a new one-time token (shown once, stored hashed)."""
    now = timezone.now()
    with transaction.atomic():
        attempt = _attempt_of(actor, session, attempt_id)
        if attempt.state == Attempt.State.FINISHED:
            raise Conflict(_("This candidate has already finished."))
        if attempt.state == Attempt.State.ACTIVE and attempt.device_hash:
            raise Conflict(_("The candidate is working; reset the device first."))
        token = new_token()
        attempt.token_hash = token_hash(attempt.candidate.registration_number, token)
        if attempt.state == Attempt.State.WAITING:
            attempt.state = Attempt.State.RELEASED
        chainlog.append(attempt, "token_released", {"by": actor.label}, now)
        attempt.save(update_fields=["token_hash", "state", *chainlog.CHAIN_FIELDS])
    return token


def reset_device(*, actor, session, attempt_id, reason: str) -> str:
    """Unbinds the computer after an incident and releases a new token for the next one."""
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Give the reason for the reset."), field="reason")
    now = timezone.now()
    with transaction.atomic():
        attempt = _attempt_of(actor, session, attempt_id)
        if attempt.state != Attempt.State.ACTIVE:
            raise Conflict(_("Only a candidate who is working can move to another computer."))
        token = new_token()
        attempt.device_hash = ""
        attempt.token_hash = token_hash(attempt.candidate.registration_number, token)
        attempt.incidents += 1
        chainlog.append(attempt, "device_reset", {"by": actor.label, "reason": reason[:500]}, now)
        attempt.save(update_fields=["device_hash", "token_hash", "incidents", *chainlog.CHAIN_FIELDS])
    return token


def add_time(*, actor, session, attempt_id, seconds: int, reason: str) -> Attempt:
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Give the reason for the extra time."), field="reason")
    if not isinstance(seconds, int) or not 0 < seconds <= MAX_ADDED_SECONDS:
        raise DomainError(_("Extra time must be between 1 second and 60 minutes."), field="minutes")
    now = timezone.now()
    with transaction.atomic():
        attempt = _attempt_of(actor, session, attempt_id)
        if attempt.state == Attempt.State.FINISHED:
            raise Conflict(_("This candidate has already finished."))
        attempt.added_seconds += seconds
        if attempt.started_at:
            attempt.deadline_at = timer.deadline(attempt.started_at, attempt.duration_seconds,
                                                 attempt.added_seconds)
        chainlog.append(attempt, "time_added",
                        {"by": actor.label, "seconds": seconds, "reason": reason[:500]}, now)
        attempt.save(update_fields=["added_seconds", "deadline_at", *chainlog.CHAIN_FIELDS])
    return attempt
