"""Daily activity reports: writing them (exactly once per phone entry), validating them, and
the realisation of each indicator that follows at once from what the atasan validated."""

from decimal import Decimal, InvalidOperation
from urllib.parse import urlparse

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import build_entry, record, snapshot
from abdi.core import insert_chain, insert_one
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy
from ..models import Activity, Feedback, PerformanceSettings, Skp, SkpIndicator
from ..queries import (
    REPEAT_SOURCE,
    backdate_days,
    forget_backdate_days,
    repeat_source_params,
    repeated_recently,
)
from ..rules import activity as rules
from ..rules.workflow import ActivityAction, ActivityStatus, next_activity_status
from . import notify
from .inputs import parse_date

MAX_QUANTITY = Decimal("99999999")
MAX_BULK = 200
ACTIVITY_FIELDS = ["date", "indicator", "description", "quantity", "minutes", "evidence_link",
                   "status", "reject_reason"]


def _audit_entry(actor, action, activity, before=None, after=None) -> AuditEntry | None:
    return build_entry(actor=actor, action=action, obj=activity, before=before, after=after,
                       employee_id=activity.employee_id, unit_id=activity.employee.unit_id,
                       agency_id=activity.employee.agency_id)


def _audit(actor, action, activity, before=None, after=None):
    entry = _audit_entry(actor, action, activity, before, after)
    if entry is not None:  # an update that changed nothing writes none
        insert_one.insert(entry)


def _decimal(value, field, message) -> Decimal:
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError) as exc:
        raise DomainError(message, field=field) from exc
    if not number.is_finite():
        raise DomainError(message, field=field)
    return number


def check_evidence(upload) -> rules.EvidenceKind | None:
    """Evidence is a JPEG, PNG or PDF of at most 5 MB, known by its content."""
    if not upload:
        return None
    if upload.size > rules.MAX_EVIDENCE_BYTES:
        raise DomainError(_("The evidence file is too large; the limit is 5 MB."), field="evidence")
    upload.seek(0)
    kind = rules.sniff_evidence(upload.read(8))
    upload.seek(0)
    if kind is None:
        raise DomainError(_("Evidence must be a photo (JPEG or PNG) or a PDF."), field="evidence")
    upload.name = f"bukti{kind.extension}"
    return kind


def _link(value) -> str:
    link = str(value or "").strip()
    if not link:
        return ""
    parsed = urlparse(link)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or len(link) > 500:
        raise DomainError(_("The evidence link must be a web address (http or https)."),
                          field="evidence_link")
    return link


def _coordinates(latitude, longitude):
    def number(value):
        if value in (None, ""):
            return None
        try:
            return float(value)
        except (TypeError, ValueError) as exc:
            raise DomainError(_("The location is not valid."), field="location") from exc
    try:
        found = rules.valid_coordinates(number(latitude), number(longitude))
    except ValueError as exc:
        raise DomainError(_("The location is not valid."), field="location") from exc
    if found is None:
        return None, None
    return (Decimal(f"{found.latitude:.6f}"), Decimal(f"{found.longitude:.6f}"))


def _date_refusal(problem, window: int) -> str:
    if problem is rules.EntryDateProblem.FUTURE:
        return _("Activities cannot be reported for a day that has not come yet.")
    if problem is rules.EntryDateProblem.TOO_OLD:
        return _("Activities may be written at most %(days)s days back.") % {"days": window}
    return _("The date must fall in the year of the SKP.")


def _received(employee_id, client_key) -> Activity | None:
    if client_key is None or not employee_id:
        return None
    return Activity.objects.filter(employee_id=employee_id, client_key=client_key).first()


def _new_activity(actor, skp: Skp, indicator: SkpIndicator, values: dict) -> Activity:
    """The entry as it would be written, or DomainError saying why not."""
    if not policy.can_report_activity(actor, skp):
        raise Forbidden(_("Activities are reported by the employee, on their approved SKP."))
    if indicator.kind != SkpIndicator.Kind.OUTPUT:
        raise DomainError(_("This is an outcome indicator: report its measured value instead."),
                          field="indicator")
    day = parse_date(values.get("date"))
    window = backdate_days(skp.instansi_id)
    problem = rules.entry_date_problem(day, today=timezone.localdate(), backdate_days=window,
                                       skp_year=skp.year)
    if problem is not None:
        raise DomainError(_date_refusal(problem, window), field="date")
    description = " ".join(str(values.get("description") or "").split())
    if not description:
        raise DomainError(_("Describe what was done."), field="description")
    if len(description) > 1000:
        raise DomainError(_("The description is too long (at most 1000 characters)."),
                          field="description")
    quantity = _decimal(values.get("quantity"), "quantity", _("The quantity must be a number."))
    # Stored with 2 decimals: below 0.01 it would be saved (and counted) as 0.
    if quantity < Decimal("0.01") or quantity > MAX_QUANTITY:
        raise DomainError(_("The quantity must be more than 0."), field="quantity")
    minutes = _decimal(values.get("minutes"), "minutes", _("The time spent must be whole minutes."))
    if minutes != minutes.to_integral_value() or not 1 <= minutes <= rules.MAX_MINUTES_PER_ENTRY:
        raise DomainError(_("The time spent must be between 1 and 1440 minutes."), field="minutes")
    link = _link(values.get("evidence_link"))
    latitude, longitude = _coordinates(values.get("latitude"), values.get("longitude"))
    fingerprint = rules.activity_fingerprint(indicator.pk, description)
    return Activity(
        instansi_id=skp.instansi_id, employee=skp.employee, skp=skp, indicator=indicator, date=day,
        description=description, quantity=quantity.quantize(Decimal("0.01")), minutes=int(minutes),
        evidence_link=link, latitude=latitude, longitude=longitude, fingerprint=fingerprint)


def record_activity(*, actor, indicator: SkpIndicator, values: dict, client_key=None,
                    evidence=None, skp: Skp | None = None) -> tuple[Activity, bool]:
    """Write one entry; a second call with the same client_key returns the first (created False),
    even when the entry would now be refused (its day may have left the window since).

    The busiest write of the product: the key is looked up only when the entry is refused or its
    insert meets the key's unique constraint, not before every entry. `skp`: the indicator's plan
    with its employee, when the caller read it for this request (queries.own_indicator).
    """
    if skp is None or skp.pk != indicator.result.skp_id:
        skp = Skp.objects.select_related("employee").get(pk=indicator.result.skp_id)  # fresh status
    try:
        activity = _new_activity(actor, skp, indicator, values)
        check_evidence(evidence)
    except DomainError:
        existing = _received(actor.employee_id, client_key)
        if existing is None:
            raise
        return existing, False
    if client_key is not None:
        activity.client_key = client_key
    if evidence:
        activity.evidence = evidence
    if not _written(actor, activity):
        # Received before, or twice at once (a phone resending): the first one stands.
        existing = _received(skp.employee_id, activity.client_key)
        if existing is None:
            raise IntegrityError("activity refused by a unique constraint other than its key")
        return existing, False
    # The pejabat penilai recorded on the plan: asking the structure costs five queries per entry
    # on the busiest write of the product; the queue itself always follows today's structure.
    notify.notify_activity_recorded(
        activity=activity, atasan_id=skp.appraiser_id or policy.current_atasan_id(skp.employee))
    return activity, True


def _with_audit(activity: Activity) -> insert_chain.Chain:
    """PostgreSQL: the repeat check, the entry and its audit entry in ONE statement
    (core.insert_chain), atomic without BEGIN and COMMIT; an entry whose key was received before
    writes neither."""
    return insert_chain.Chain(
        source=REPEAT_SOURCE, source_params=repeat_source_params(activity),
        first_from={"is_repeat": "src.is_repeat"}, returning=("is_repeat",),
        second_from={"object_id": "one.id::text"}, ignore_conflict=True)


def _written(actor, activity: Activity) -> bool:
    """Insert the new entry (flagged when it repeats the days before) with its audit entry;
    False when its key was received before."""
    entry = _audit_entry(actor, AuditEntry.Action.CREATE, activity,
                         after=snapshot(activity, ACTIVITY_FIELDS))
    if not activity.evidence and insert_chain.applicable(activity, entry):
        return insert_chain.insert_pair(activity, entry, _with_audit(activity)) is not None
    activity.is_repeat = repeated_recently(activity.employee_id, activity.fingerprint, activity.date)
    # No savepoint: the insert cannot fail on the key (ON CONFLICT), and any other error undoes
    # the whole transaction anyway.
    with transaction.atomic(savepoint=False):
        if insert_one.insert(activity, ignore_conflict=True) is None:
            return False
        entry.object_id = str(activity.pk)
        insert_one.insert(entry)
    return True


def _move(actor, activity: Activity, action: ActivityAction, reason: str = "") -> Activity:
    locked = (Activity.objects.select_for_update(of=("self",)).select_related("employee", "employee__unit")
              .get(pk=activity.pk))
    if not policy.can_validate_activity(actor, locked):
        raise Forbidden(_("Only the employee's atasan validates their activities."))
    target = next_activity_status(locked.status, action)
    if target is None:
        raise Conflict(_("This activity was already handled (%(status)s).")
                       % {"status": locked.status_label})
    before = snapshot(locked, ["status", "reject_reason"])
    locked.status = target
    locked.reject_reason = reason
    locked.validated_by_id = actor.employee_id
    locked.validated_at = timezone.now()
    locked.version += 1
    locked.save(update_fields=["status", "reject_reason", "validated_by", "validated_at", "version"])
    if target == ActivityStatus.APPROVED:
        # Realisation follows at once: the indicator counts every validated output.
        SkpIndicator.objects.filter(pk=locked.indicator_id).update(realised=F("realised") + locked.quantity)
    _audit(actor, AuditEntry.Action.UPDATE, locked, before, snapshot(locked, ["status", "reject_reason"]))
    return locked


@transaction.atomic
def approve_activity(*, actor, activity: Activity) -> Activity:
    return _move(actor, activity, ActivityAction.APPROVE)


@transaction.atomic
def reject_activity(*, actor, activity: Activity, reason: str) -> Activity:
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise DomainError(_("Say why the activity is rejected."), field="reason")
    if len(reason) > 500:
        raise DomainError(_("The reason is too long (at most 500 characters)."), field="reason")
    rejected = _move(actor, activity, ActivityAction.REJECT, reason)
    notify.notify_activity_rejected(activity=rejected)
    return rejected


@transaction.atomic
def bulk_approve(*, actor, activity_ids) -> int:
    """Approve every listed entry the actor may validate; all or nothing."""
    try:
        ids = sorted({int(i) for i in activity_ids})
    except (TypeError, ValueError) as exc:
        raise DomainError(_("Choose activities from the list.")) from exc
    if not ids:
        raise DomainError(_("Choose at least one activity."))
    if len(ids) > MAX_BULK:
        raise DomainError(_("At most %(limit)s activities at once.") % {"limit": MAX_BULK})
    activities = list(Activity.objects.filter(pk__in=ids))
    if len(activities) != len(ids):
        raise DomainError(_("Some of the chosen activities no longer exist."))
    for activity in activities:
        _move(actor, activity, ActivityAction.APPROVE)
    return len(activities)


@transaction.atomic
def add_feedback(*, actor, skp: Skp, target: str, target_id: int, text: str) -> Feedback:
    """Umpan balik berkelanjutan from the atasan on an activity, a result or a behaviour value."""
    if not policy.can_give_feedback(actor, skp):
        raise Forbidden(_("Only the employee's atasan gives feedback on their work."))
    if target not in Feedback.Target.values:
        raise DomainError(_("Unknown target of the feedback."))
    owners = {
        Feedback.Target.ACTIVITY: Activity.objects.filter(pk=target_id, skp=skp),
        Feedback.Target.RESULT: skp.results.filter(pk=target_id),
        Feedback.Target.BEHAVIOUR: skp.behaviours.filter(pk=target_id),
    }
    if not owners[target].exists():
        raise DomainError(_("The feedback must concern this SKP."))
    text = str(text or "").strip()
    if not text or len(text) > 2000:
        raise DomainError(_("Write the feedback (at most 2000 characters)."), field="text")
    entry = Feedback.objects.create(instansi_id=skp.instansi_id, skp=skp, target=target,
                                    target_id=target_id, author_id=actor.employee_id, text=text)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=entry,
           after={"target": target, "target_id": target_id, "text": text},
           employee_id=skp.employee_id, unit_id=skp.unit_id)
    notify.notify_feedback(skp=skp, author_name=actor.label)
    return entry


@transaction.atomic
def set_backdate_days(*, actor, instansi_id: int, days: int) -> PerformanceSettings:
    # Another government's id would create its row: the scope filters reads, not inserts.
    if not actor.is_hr_admin or actor.instansi_id != instansi_id:
        raise Forbidden(_("Only the BKPSDM admin changes the performance settings."))
    try:
        days = int(days)
    except (TypeError, ValueError) as exc:
        raise DomainError(_("Enter a whole number of days."), field="backdate_days") from exc
    if not 0 <= days <= rules.MAX_BACKDATE_DAYS:
        raise DomainError(_("Between 0 and %(max)s days.") % {"max": rules.MAX_BACKDATE_DAYS},
                          field="backdate_days")
    settings, _created = PerformanceSettings.objects.select_for_update().get_or_create(
        instansi_id=instansi_id)
    before = snapshot(settings, ["backdate_days"])
    settings.backdate_days = days
    settings.save()
    forget_backdate_days(instansi_id)  # now for this transaction, again for everyone at commit
    transaction.on_commit(lambda: forget_backdate_days(instansi_id))
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=settings, before=before,
           after=snapshot(settings, ["backdate_days"]))
    return settings
