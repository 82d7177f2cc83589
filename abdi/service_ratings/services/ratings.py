"""Recording a citizen's rating and moderating its comment.

The rating and the use of its contact happen in one transaction; the appraisal of the rated
employee is refreshed in it too, so the appraisal page never shows stale numbers.
"""

import unicodedata

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy
from ..models import RatingSettings, ServiceContact, ServiceRating
from ..rules import MAX_COMMENT, MIN_COUNT_RANGE, valid_score
from . import contacts
from .appraisal_sync import sync_appraisal_feedback

MIN_REASON, MAX_REASON = 5, 300


class Gone(DomainError):
    """The one-time link has expired: answered with 410."""

    status = 410


def clean_score(value) -> int:
    try:
        score = int(str(value).strip()) if str(value).strip().isdigit() else None
    except ValueError:
        score = None
    if not valid_score(score):
        raise DomainError(_("Choose a score from 1 to 5."), field="score")
    return score


def clean_comment(value) -> str:
    # Control characters (except line breaks) have no place in a comment shown to others.
    text = "".join(ch for ch in str(value or "") if ch in "\n\t"
                   or unicodedata.category(ch)[0] != "C").strip()
    if len(text) > MAX_COMMENT:
        raise DomainError(_("Write the comment in at most %(max)d characters.") % {"max": MAX_COMMENT},
                          field="comment")
    return text


def _save(contact: ServiceContact, score: int, comment: str, now) -> ServiceRating:
    try:
        with transaction.atomic():
            rating = ServiceRating.objects.create(
                instansi_id=contact.instansi_id, contact=contact, employee_id=contact.employee_id,
                score=score, comment=comment, rated_on=timezone.localtime(now).date())
    except IntegrityError:
        raise Conflict(_("This service was already rated. Thank you.")) from None
    contact.used_at = now
    contact.save(update_fields=["used_at"])
    sync_appraisal_feedback(instansi_id=contact.instansi_id, year=rating.rated_on.year,
                            employee_ids=[contact.employee_id])
    return rating


@transaction.atomic
def rate_counter_visit(*, counter, employee, device: str, score, comment) -> ServiceRating:
    """A citizen at a counter rates the officer they picked from the counter's staff."""
    score, comment = clean_score(score), clean_comment(comment)
    now = timezone.now()
    contact = contacts.open_counter_visit(counter=counter, employee=employee, device=device, now=now)
    return _save(contact, score, comment, now)


@transaction.atomic
def rate_with_contact(*, contact: ServiceContact, score, comment) -> ServiceRating:
    """A citizen rates through a one-time link (visit code or case); once, before it expires."""
    score, comment = clean_score(score), clean_comment(comment)
    contact = ServiceContact.objects.select_for_update().get(pk=contact.pk)
    now = timezone.now()
    if contact.is_used:
        raise Conflict(_("This service was already rated. Thank you."))
    if contact.expires_at <= now:
        raise Gone(_("This rating link has expired. Ask the office for a new one."))
    return _save(contact, score, comment, now)


def check_contact_open(contact: ServiceContact) -> None:
    """Raise the same refusal rate_with_contact would, before the citizen fills the form."""
    if contact.is_used:
        raise Conflict(_("This service was already rated. Thank you."))
    if contact.expires_at <= timezone.now():
        raise Gone(_("This rating link has expired. Ask the office for a new one."))


@transaction.atomic
def hide_comment(*, actor, rating: ServiceRating, reason: str, expected_version) -> ServiceRating:
    """BKPSDM hides an abusive comment; the score still counts, the comment is shown to nobody."""
    if not policy.can_moderate(actor, rating):
        raise Forbidden(_("Only BKPSDM may hide a comment."))
    reason = " ".join(str(reason or "").split())
    if not MIN_REASON <= len(reason) <= MAX_REASON:
        raise DomainError(_("Give a reason of %(low)d to %(high)d characters.")
                          % {"low": MIN_REASON, "high": MAX_REASON}, field="reason")
    rating = ServiceRating.objects.select_for_update().get(pk=rating.pk)
    if str(expected_version) != str(rating.version):
        raise Conflict(_("Someone changed this rating meanwhile. Reload the page."))
    if rating.hidden:
        raise Conflict(_("This comment is already hidden."))
    before = snapshot(rating, ["hidden", "hidden_reason"])
    rating.hidden, rating.hidden_reason, rating.version = True, reason, rating.version + 1
    rating.save(update_fields=["hidden", "hidden_reason", "version"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=rating, before=before,
           after=snapshot(rating, ["hidden", "hidden_reason"]), employee_id=rating.employee_id)
    sync_appraisal_feedback(instansi_id=rating.instansi_id, year=rating.rated_on.year,
                            employee_ids=[rating.employee_id])
    return rating


@transaction.atomic
def change_settings(*, actor, min_count, expected_version) -> RatingSettings:
    if not policy.can_change_settings(actor):
        raise Forbidden(_("Only BKPSDM may change these settings."))
    low, high = MIN_COUNT_RANGE
    if not (isinstance(min_count, int) and low <= min_count <= high):
        raise DomainError(_("Choose a number from %(low)d to %(high)d.") % {"low": low, "high": high},
                          field="min_count")
    settings, _created = RatingSettings.objects.select_for_update().get_or_create(
        instansi_id=actor.instansi_id)
    if str(expected_version) != str(settings.version):
        raise Conflict(_("Someone changed these settings meanwhile. Reload the page."))
    before = snapshot(settings, ["min_count"])
    settings.min_count, settings.version = min_count, settings.version + 1
    settings.save(update_fields=["min_count", "version"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=settings, before=before,
           after=snapshot(settings, ["min_count"]))
    # The appraisal pages follow the new minimum at once.
    sync_appraisal_feedback(instansi_id=actor.instansi_id, year=timezone.localdate().year)
    return settings
