"""Issued documents and notifications of performance management."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


class IssuedDocument(TenantModel):
    """A PDF handed out (SKP, Dokumen Evaluasi Kinerja): its QR code opens a page that checks
    the document's content against this fingerprint, so a changed or forged copy shows."""

    class Kind(models.TextChoices):
        SKP = "skp", _("SKP")
        EVALUATION = "evaluation", _("Dokumen Evaluasi Kinerja")

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    revision = models.PositiveSmallIntegerField(default=1)
    content_hash = models.CharField(max_length=64)
    employee_name = models.CharField(max_length=200)
    employee_nip = models.CharField(max_length=18)
    appraiser_name = models.CharField(max_length=200, blank=True)
    appraiser_nip = models.CharField(max_length=18, blank=True)
    title = models.CharField(max_length=200)
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id"], name="issued_document_object")]


class Notification(TenantModel):
    """A message in the app (and by e-mail): waiting approvals, deadlines, feedback, ratings."""

    class Topic(models.TextChoices):
        SKP_SUBMITTED = "skp_submitted", _("SKP waiting for approval")
        SKP_DECIDED = "skp_decided", _("SKP approved or returned")
        ACTIVITIES_WAITING = "activities_waiting", _("Activities waiting for validation")
        ACTIVITY_REJECTED = "activity_rejected", _("Activity rejected")
        FEEDBACK = "feedback", _("Feedback received")
        RATING_RELEASED = "rating_released", _("Rating released")
        DEADLINE = "deadline", _("Deadline approaching")
        OBJECTION = "objection", _("Objection filed or decided")
        # Topics of the other capabilities that tell employees through the same inbox.
        TEAM = "team", _("Cross-agency team")
        EVENT = "event", _("Forum or event")
        KNOWLEDGE = "knowledge", _("Shared solutions and forums")
        GUIDANCE = "guidance", _("Announcement or help desk")

    recipient = models.ForeignKey("people.Employee", on_delete=models.CASCADE,
                                  related_name="notifications")
    topic = models.CharField(max_length=20, choices=Topic.choices)
    message = models.CharField(max_length=300)
    link = models.CharField(max_length=300, blank=True)
    # Deduplication: one unread notice per recipient and key (e.g. the daily queue reminder).
    key = models.CharField(max_length=120, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread")]
