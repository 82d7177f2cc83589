"""What the back office does with a case (public-service.md §2.5): the coordinator verifies and
disposes, holds, archives, merges; the agency follows up, answers, or says "bukan wewenang".

Every write names the version it read, runs in one transaction, and leaves a timeline line and
an audit entry."""

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.core.errors import DomainError, Forbidden

from .. import policy, queries
from ..models import Complaint, ComplaintEvent
from ..rules.clock import Stage
from ..rules.kinds import CaseClass
from ..rules.workflow import Status
from .common import Context, before_of, event, locked, move, save, set_clock

MIN_TEXT, MAX_TEXT = 10, 4000


def _text(value, field) -> str:
    text = str(value or "").strip()
    if not MIN_TEXT <= len(text) <= MAX_TEXT:
        raise DomainError(_("Write %(low)d to %(high)d characters.")
                          % {"low": MIN_TEXT, "high": MAX_TEXT}, field=field)
    return text


def _coordinating(actor, case, version):
    desk = queries.desk_of(actor)
    if not policy.can_coordinate(desk, case):
        raise Forbidden(_("Only the complaint coordinators do this."))
    return desk, locked(case, version)


def _handling(actor, case, version):
    desk = queries.desk_of(actor)
    if not policy.is_handler(desk, case):
        raise Forbidden(_("Only the handlers of this case do this."))
    return desk, locked(case, version)


@transaction.atomic
def dispose_case(*, actor, case, version, agency, case_class: str, unit=None, assignee=None,
                 make_anonymous=False, make_confidential=False, note="") -> Complaint:
    """Verify and forward to the responsible agency (Verifikasi; 3 HK from receipt)."""
    _desk, case = _coordinating(actor, case, version)
    if agency is None or agency.parent_id is not None:
        raise DomainError(_("Choose a perangkat daerah."), field="agency")
    if unit is not None and unit.agency_id != agency.pk:
        raise DomainError(_("The unit must belong to the chosen agency."), field="unit")
    if assignee is not None and assignee.agency_id != agency.pk:
        raise DomainError(_("The handling employee must work in the chosen agency."),
                          field="assignee")
    try:
        case_class = CaseClass(case_class)
    except ValueError:
        raise DomainError(_("Choose the class of the report."), field="case_class") from None
    ctx = Context(case, None)
    before = before_of(case)
    move(case, Status.TERDISPOSISI, actor=actor, ctx=ctx, text=str(note or "").strip()[:MAX_TEXT])
    case.agency, case.unit, case.assignee, case.case_class = agency, unit, assignee, case_class.value
    # R-CMP-1: the coordinator may upgrade to anonim/rahasia, never downgrade.
    case.is_anonymous = case.is_anonymous or bool(make_anonymous)
    case.is_confidential = case.is_confidential or bool(make_confidential)
    case.disposed_at, case.disposed_on = ctx.now, ctx.today
    case.completion_due = ctx.due(ctx.today, ctx.conf.completion_days(case_class))
    set_clock(case, Stage.FIRST_REPLY, ctx.today, ctx.conf.first_reply_days, ctx=ctx)
    return save(case, actor=actor, before=before)


@transaction.atomic
def hold_case(*, actor, case, version, request_text: str) -> Complaint:
    """Tunda: ask the reporter for missing data; no clock runs while the citizen is asked."""
    _desk, case = _coordinating(actor, case, version)
    text = _text(request_text, "request_text")
    ctx = Context(case)
    before = before_of(case)
    move(case, Status.DITUNDA, actor=actor, ctx=ctx, text=text)
    set_clock(case, None)
    return save(case, actor=actor, before=before)


@transaction.atomic
def archive_case(*, actor, case, version, reason: str) -> Complaint:
    """Arsipkan: spam, duplicate or out of scope; the reason is shown to the reporter."""
    _desk, case = _coordinating(actor, case, version)
    reason = _text(reason, "reason")
    ctx = Context(case)
    before = before_of(case)
    move(case, Status.DITOLAK_ARSIP, actor=actor, ctx=ctx, text=reason)
    set_clock(case, None)
    case.closed_at = ctx.now
    return save(case, actor=actor, before=before)


@transaction.atomic
def merge_case(*, actor, case, version, into_tracking: str) -> Complaint:
    """A duplicate is archived and points at the case that carries on."""
    desk, case = _coordinating(actor, case, version)
    target = queries.visible_cases(desk).filter(tracking=str(into_tracking or "").strip().upper()).first()
    if target is None or target.pk == case.pk or target.merged_into_id:
        raise DomainError(_("Enter the tracking number of another open case."), field="into")
    ctx = Context(case)
    before = before_of(case)
    move(case, Status.DITOLAK_ARSIP, actor=actor, ctx=ctx,
         text=_("Merged into %(tracking)s as a duplicate.") % {"tracking": target.tracking})
    case.merged_into = target
    set_clock(case, None)
    case.closed_at = ctx.now
    return save(case, actor=actor, before=before)


@transaction.atomic
def reject_competence(*, actor, case, version, reason: str) -> Complaint:
    """Bukan wewenang (T-CMP-5): back to the coordinators, who re-dispose within 3 HK."""
    _desk, case = _handling(actor, case, version)
    reason = _text(reason, "reason")
    ctx = Context(case)
    before = before_of(case)
    move(case, Status.BUKAN_WEWENANG, actor=actor, ctx=ctx, text=reason, public_text=False)
    set_clock(case, Stage.VERIFICATION, ctx.today, ctx.conf.verification_days, ctx=ctx)
    case.assignee = None
    return save(case, actor=actor, before=before)


@transaction.atomic
def follow_up_case(*, actor, case, version, text: str) -> Complaint:
    """A first reply or interim action (DITINDAKLANJUTI); the completion clock runs on."""
    _desk, case = _handling(actor, case, version)
    text = _text(text, "text")
    ctx = Context(case)
    before = before_of(case)
    move(case, Status.DITINDAKLANJUTI, actor=actor, ctx=ctx, text=text)
    case.first_answer_at = case.first_answer_at or ctx.now
    set_clock(case, Stage.COMPLETION, case.disposed_on, ctx.conf.completion_days(case.case_class),
              due=case.completion_due, ctx=ctx)
    return save(case, actor=actor, before=before)


@transaction.atomic
def answer_case(*, actor, case, version, text: str) -> Complaint:
    """The substantive answer (DITANGGAPI); the reporter then has 10 HK to respond."""
    _desk, case = _handling(actor, case, version)
    text = _text(text, "text")
    ctx = Context(case)
    before = before_of(case)
    move(case, Status.DITANGGAPI, actor=actor, ctx=ctx, public_text=True)
    event(case, ComplaintEvent.Kind.ANSWER, actor=actor, text=text, public=True, at=ctx.now)
    case.first_answer_at = case.first_answer_at or ctx.now
    case.answered_on = ctx.today
    case.handler_id = actor.employee_id or case.handler_id
    set_clock(case, Stage.REPORTER_WINDOW, ctx.today, ctx.conf.reporter_window_days, ctx=ctx)
    return save(case, actor=actor, before=before)


@transaction.atomic
def add_note(*, actor, case, text: str) -> ComplaintEvent:
    """An internal note: never on the citizen's page, the public feed, the export or the API."""
    desk = queries.desk_of(actor)
    if not policy.can_note(desk, case):
        raise Forbidden(_("You may not add notes to this case."))
    return event(case, ComplaintEvent.Kind.NOTE, actor=actor, text=_text(text, "note"))
