"""Feedback from any page to the HR office, and the office's replies."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from abdi.core.errors import DomainError, Forbidden
from abdi.core.public_guard import TooManyRequests
from abdi.performance.services.notify import Topic, notify

from .. import policy
from ..models import Feedback, FeedbackReply
from ..rules.audience import (
    FEEDBACK_DUPLICATE_SECONDS,
    FEEDBACK_KINDS,
    FEEDBACK_LIMIT,
    FEEDBACK_MAX_CHARS,
    feedback_fingerprint,
)
from .common import block, check_version, line


def _count_submission(user_id: int) -> int:
    key, seconds = f"guidance:feedback:{user_id}", FEEDBACK_LIMIT[1]
    if cache.add(key, 1, timeout=seconds):  # the window starts at the first submission
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired in between
        cache.add(key, 1, timeout=seconds)
        return 1


def send_feedback(*, actor, kind, text, path="", screen="") -> tuple[Feedback, bool]:
    """The feedback and whether it is new; the same text again within a minute is the same one."""
    if not policy.can_send_feedback(actor):
        raise Forbidden(_("Log in to send feedback."))
    if kind not in FEEDBACK_KINDS:
        raise DomainError(_("Choose problem, question or idea."), field="kind")
    cleaned = block(text, "text", low=3, high=FEEDBACK_MAX_CHARS)
    path = line(path, "path", low=0, high=300) if path else ""
    screen = line(screen, "screen", low=0, high=120) if screen else ""
    fingerprint = feedback_fingerprint(actor.user.pk, kind, screen, cleaned)
    since = timezone.now() - datetime.timedelta(seconds=FEEDBACK_DUPLICATE_SECONDS)
    twin = Feedback.objects.filter(sender_id=actor.user.pk, fingerprint=fingerprint,
                                   created_at__gte=since).first()
    if twin is not None:
        return twin, False
    if _count_submission(actor.user.pk) > FEEDBACK_LIMIT[0]:
        raise TooManyRequests(_("You have sent a lot of feedback just now. Please wait a few "
                                "minutes and try again."))
    with transaction.atomic():
        feedback = Feedback.objects.create(
            instansi_id=actor.instansi_id, sender_id=actor.user.pk, sender_label=actor.label,
            employee_id=actor.employee_id, kind=kind, text=cleaned, path=path, screen=screen,
            fingerprint=fingerprint)
    return feedback, True


def answer_feedback(*, actor, feedback, version, text="", status="") -> Feedback:
    """Reply (the sender is notified) and/or move the status; at least one of them."""
    if not policy.can_answer_feedback(actor) or not policy.can_see_feedback(actor, feedback):
        raise Forbidden(_("Only the HR office answers feedback."))
    if status and status not in Feedback.Status.values:
        raise DomainError(_("Choose the status from the list."), field="status")
    reply_text = block(text, "text", low=0, high=FEEDBACK_MAX_CHARS) if text else ""
    if not reply_text and not status:
        raise DomainError(_("Write a reply or choose a new status."), field="text")
    with transaction.atomic():
        feedback = Feedback.objects.select_for_update().get(pk=feedback.pk)
        check_version(feedback, version)
        if reply_text:
            FeedbackReply.objects.create(instansi_id=feedback.instansi_id, feedback=feedback,
                                         author=actor.user, author_label=actor.label,
                                         text=reply_text)
            if not status and feedback.status == Feedback.Status.NEW:
                status = Feedback.Status.IN_PROGRESS
        if status:
            feedback.status = status
        feedback.version += 1
        feedback.save(update_fields=["status", "version"])
        if reply_text:
            _tell_sender(feedback)
    return feedback


def _tell_sender(feedback):
    """In the government's default language: the sender reads it later (abdi notify's rule)."""
    link = reverse("guidance:feedback_mine")
    with translation.override(settings.LANGUAGE_CODE):
        message = _("The HR office answered your feedback: %(text)s") % {"text": feedback.text[:80]}
    notify(recipient_id=feedback.employee_id, instansi_id=feedback.instansi_id,
           topic=Topic.GUIDANCE,
           message=message,
           link=link)
