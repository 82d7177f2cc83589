"""What the citizen does without an account: file a report, then reply, accept, object and
rate with the tracking number and secret (public-service.md §2.5)."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.audit.services import build_entry, record, snapshot
from abdi.core import insert_chain, insert_one
from abdi.core.errors import Conflict, DomainError
from abdi.core.text import storable

from .. import queries
from ..models import Complaint, ComplaintAttachment, ComplaintEvent, ComplaintRating, TrackingCounter
from ..rules import tracking as tracking_rules
from ..rules.attachments import KINDS
from ..rules.clock import Stage
from ..rules.kinds import DEFAULT_CLASS, ReportKind
from ..rules.workflow import TERMINAL, Status
from ..validation import checked_attachments
from .common import AUDITED, Context, before_of, event, move, save, set_clock

MIN_TEXT, MAX_TEXT = 20, 4000
CITIZEN = tracking_rules.CITIZEN_LABEL


def _text(value, field, low=MIN_TEXT, high=MAX_TEXT) -> str:
    text = storable(value, field)
    if not low <= len(text) <= high:
        raise DomainError(_("Write %(low)d to %(high)d characters.") % {"low": low, "high": high},
                          field=field)
    return text


def _at_most(value, field: str, most: int, message: str) -> str:
    text = storable(value, field)
    if len(text) > most:
        raise DomainError(message, field=field)
    return text


def _bump(instansi_id: int, year: int) -> int | None:
    """The year's next number in ONE statement; the row stays locked until the commit."""
    table = connection.ops.quote_name(TrackingCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET last = last + 1 WHERE instansi_id = %s AND year = %s "  # noqa: S608 - table name from the model
                       "RETURNING last", [instansi_id, year])
        row = cursor.fetchone()
    return row[0] if row else None


def _from_counter_row(instansi, year: int) -> int:
    number = _bump(instansi.pk, year)
    if number is None:
        try:
            with transaction.atomic():
                TrackingCounter.objects.get_or_create(instansi=instansi, year=year)
        except IntegrityError:  # created by a concurrent submission between our read and write
            pass
        number = _bump(instansi.pk, year)
    return number


def _sequence_name(instansi_id: int, year: int) -> str:
    return f"complaints_tracking_{int(instansi_id)}_{int(year)}"


def _from_sequence(instansi, year: int) -> int:
    """PostgreSQL: one sequence per government and year, so concurrent reports never wait on
    each other (a counter row would be locked until each filing commits). A number of a filing
    that rolls back is skipped: unique and increasing, not gapless (public-service.md §2.5 asks
    unique and atomic)."""
    name = _sequence_name(instansi.pk, year)
    with connection.cursor() as cursor:
        # nextval of a missing sequence is NULL here (to_regclass), not an aborted transaction.
        cursor.execute("SELECT nextval(to_regclass(%s))", [name])
        number = cursor.fetchone()[0]
        if number is None:  # the year's first report: create it, after numbers issued before
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [name])
            issued = (TrackingCounter.objects.filter(instansi=instansi, year=year)
                      .values_list("last", flat=True).first() or 0)
            cursor.execute(f"CREATE SEQUENCE IF NOT EXISTS {connection.ops.quote_name(name)} "
                           f"START WITH {int(issued) + 1}")
            cursor.execute("SELECT nextval(to_regclass(%s))", [name])
            number = cursor.fetchone()[0]
    return number


def next_tracking(instansi, year: int) -> str:
    """`<KODE>-<YYYY>-<NNNNN>`, never issued twice in a government and year; call inside the
    filing transaction."""
    if connection.vendor == "postgresql":
        number = _from_sequence(instansi, year)
    else:  # SQLite has one writer at a time anyway: the counter row costs nothing more
        number = _from_counter_row(instansi, year)
    return tracking_rules.format_tracking(tracking_rules.kode_of(instansi.slug), year, number)


# The next number of the year's sequence written as format_tracking writes it (lpad would cut a
# longer number, hence greatest); no row while the sequence does not exist (to_regclass is NULL).
# Typed parameters: the statement may be prepared (core.prepared).
_NUMBER_SOURCE = (
    f"SELECT %s::text || lpad(v::text, greatest({tracking_rules.NUMBER_DIGITS}, length(v::text)), "  # noqa: S608
    "'0') AS tracking FROM (SELECT nextval(to_regclass(%s::text)) AS v) AS drawn WHERE v IS NOT NULL")


def _filed_at_once(case: Complaint, entry: AuditEntry, year: int) -> bool:
    """PostgreSQL: the number, the case and its audit entry in ONE statement (core.insert_chain),
    which is atomic without a transaction; False when it wrote nothing (another database, or the
    year's first report: its sequence is created on the ordinary path)."""
    prefix = tracking_rules.tracking_prefix(tracking_rules.kode_of(case.instansi.slug), year)
    chain = insert_chain.Chain(
        source=_NUMBER_SOURCE, source_params=(prefix, _sequence_name(case.instansi_id, year)),
        first_from={"tracking": "src.tracking"},
        second_from={"object_id": "one.id::text", "object_repr": "one.tracking"},
        returning=("tracking",))
    return insert_chain.insert_pair(case, entry, chain) is not None


def submit_complaint(*, instansi, agency, kind: str, category: str, description: str,
                     location: str = "", anonymous: bool = False, confidential: bool = False,
                     name: str = "", phone: str = "", email: str = "", files=(), ip: str = "",
                     now=None) -> tuple[Complaint, str]:
    """File a report and return it with its secret (shown once; only its hash is kept)."""
    if agency is None or agency.parent_id is not None or agency.instansi_id != instansi.pk:
        raise DomainError(_("Choose the agency the report is about."), field="agency")
    try:
        kind = ReportKind(kind)
    except ValueError:
        raise DomainError(_("Choose the kind of report."), field="kind") from None
    category = _text(category, "category", 3, 80)
    description = _text(description, "description")
    location = _at_most(location, "location", 200, _("Keep the location under 200 characters."))
    name = _at_most(name, "name", 120, _("Keep your name under 120 characters."))
    phone = _at_most(phone, "phone", 30, _("Enter a phone number of at most 30 characters."))
    email = _at_most(email, "email", 254, _("Enter a valid e-mail address."))
    if anonymous:
        # T-CMP-3: an anonymous reporter's identity is not even kept, so it cannot leak.
        name = phone = email = ""
    elif not name:
        raise DomainError(_("Write your name, or choose to report anonymously."), field="name")
    elif email:
        try:
            validate_email(email)
        except ValidationError:
            raise DomainError(_("Enter a valid e-mail address."), field="email") from None
    attachments = checked_attachments(files)
    now = now or timezone.now()
    today = queries.today_of(instansi, now)
    secret = tracking_rules.new_secret()
    case = Complaint(
        instansi=instansi, secret_hash=tracking_rules.hash_secret(secret, queries.pepper()),
        kind=kind.value, case_class=DEFAULT_CLASS[kind].value, category=category,
        location=location, description=description, is_anonymous=bool(anonymous),
        is_confidential=bool(confidential), reporter_name=name[:120], reporter_phone=phone[:30],
        reporter_email=email[:254], agency=agency, received_at=now, received_on=today)
    ctx = Context(case, now)
    set_clock(case, Stage.VERIFICATION, today, ctx.conf.verification_days, ctx=ctx)
    # T-CMP-3 again: the address an anonymous report came from would point at its reporter.
    actor = Actor.anonymous("" if anonymous else ip)
    if not attachments:  # the busiest write here: one statement where the database allows
        entry = build_entry(actor=actor, action=AuditEntry.Action.CREATE, obj=case,
                            after=snapshot(case, AUDITED), agency_id=case.agency_id)
        if _filed_at_once(case, entry, today.year):
            return case, secret
    with transaction.atomic():
        case.tracking = next_tracking(instansi, today.year)
        insert_one.insert(case)
        for upload, sniffed in attachments:
            content_type, extension = KINDS[sniffed]
            attachment = ComplaintAttachment(instansi=instansi, complaint=case,
                                             content_type=content_type, size=upload.size)
            attachment.file.save(f"lampiran{extension}", upload, save=False)
            attachment.save()
        # No "received" line: the case row is the receipt (queries.timeline shows it first).
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=case,
               after=snapshot(case, AUDITED), agency_id=case.agency_id)
    return case, secret


def _citizen_locked(case) -> Complaint:
    return (Complaint.objects.select_for_update(of=("self",)).select_related("agency", "instansi")
            .get(pk=case.pk))


@transaction.atomic
def citizen_reply(*, case, text: str, ip: str = "") -> Complaint:
    case = _citizen_locked(case)
    if case.status in TERMINAL:
        raise Conflict(_("This report is closed."))
    text = _text(text, "text", 5)
    event(case, ComplaintEvent.Kind.CITIZEN, text=text, public=True, label=CITIZEN)
    return case


@transaction.atomic
def accept_answer(*, case, ip: str = "", now=None) -> Complaint:
    case = _citizen_locked(case)
    ctx = Context(case, now)
    before = before_of(case)
    move(case, Status.SELESAI, actor=None, ctx=ctx, label=CITIZEN)
    set_clock(case, None)
    case.closed_at = ctx.now
    return save(case, actor=Actor.anonymous(ip), before=before)


@transaction.atomic
def object_to_answer(*, case, reason: str, ip: str = "", now=None) -> Complaint:
    """T-CMP-6: reopen inside the window; the completion clock keeps its original deadline."""
    case = _citizen_locked(case)
    ctx = Context(case, now)
    if case.status == Status.DITANGGAPI and case.stage_due and ctx.today > case.stage_due:
        raise Conflict(_("The time to respond to the answer has passed."))
    reason = _text(reason, "reason", 10)
    before = before_of(case)
    move(case, Status.DIBUKA_KEMBALI, actor=None, ctx=ctx, text=reason, label=CITIZEN)
    set_clock(case, Stage.COMPLETION, case.disposed_on, ctx.conf.completion_days(case.case_class),
              due=case.completion_due, ctx=ctx)
    case.reopened_count += 1
    return save(case, actor=Actor.anonymous(ip), before=before)


@transaction.atomic
def rate_handling(*, case, score, comment: str = "", ip: str = "") -> ComplaintRating:
    case = _citizen_locked(case)
    if case.status != Status.SELESAI:
        raise Conflict(_("A report can be rated once it is closed."))
    try:
        score = int(score)
    except (TypeError, ValueError):
        score = 0
    if not 1 <= score <= 5:
        raise DomainError(_("Choose a score from 1 to 5."), field="score")
    if ComplaintRating.objects.filter(complaint=case).exists():
        raise Conflict(_("This report has already been rated."))
    return ComplaintRating.objects.create(instansi_id=case.instansi_id, complaint=case, score=score,
                                          comment=storable(comment, "comment")[:1000])
