"""Guidance against resistance to change: the first-login tour's seen-state, how-to articles
with their history, announcements with read receipts, and feedback to the HR office."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

LANGUAGE_CHOICES = [("id", "Bahasa Indonesia"), ("en", "English")]


class TourProgress(TenantModel):
    """A user has seen (finished or skipped) one version of the first-login tour."""

    class Outcome(models.TextChoices):
        FINISHED = "finished", _("Finished")
        SKIPPED = "skipped", _("Skipped")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    version = models.PositiveSmallIntegerField()
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "user", "version"],
                                               name="guidance_tour_once_per_version")]


class Article(TenantModel):
    """A short how-to written by the HR office, in the plain format of the help texts."""

    title = models.CharField(_("title"), max_length=160)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES,
                                default="id")
    # Stored as " a b " (rules.audience.tag_field) so `contains " a "` works on every database.
    audience = models.CharField(_("for"), max_length=120, blank=True)
    screens = models.CharField(_("screens"), max_length=1000, blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    updated_by_label = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["title", "id"]
        indexes = [models.Index(fields=["instansi", "is_published", "title"],
                                name="guidance_article_list_idx")]

    def __str__(self):
        return self.title


class ArticleRevision(TenantModel):
    """The text an article had before one save: who wrote it and when."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()  # the article's version this text was
    title = models.CharField(max_length=160)
    summary = models.CharField(max_length=300, blank=True)
    body = models.TextField()
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    audience = models.CharField(max_length=120, blank=True)
    screens = models.CharField(max_length=1000, blank=True)
    written_by_label = models.CharField(max_length=150, blank=True)
    written_at = models.DateTimeField()

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["instansi", "article", "number"],
                                               name="guidance_revision_once")]


class Announcement(TenantModel):
    class Audience(models.TextChoices):
        GOVERNMENT = "government", _("The whole government")
        AGENCIES = "agencies", _("Chosen agencies")
        UNITS = "units", _("Chosen units")

    class Importance(models.TextChoices):
        NORMAL = "normal", _("Normal")
        IMPORTANT = "important", _("Important")
        URGENT = "urgent", _("Urgent")

    title = models.CharField(_("title"), max_length=160)
    body = models.TextField(_("text"))
    audience = models.CharField(_("audience"), max_length=12, choices=Audience.choices,
                                default=Audience.GOVERNMENT)
    importance = models.CharField(_("importance"), max_length=10, choices=Importance.choices,
                                  default=Importance.NORMAL)
    publish_from = models.DateTimeField(_("shown from"))
    publish_until = models.DateTimeField(_("shown until"), null=True, blank=True)
    # The agency an agency admin wrote it for (None: the HR office of the government).
    owner_agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_by_label = models.CharField(max_length=150, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-publish_from", "-id"]
        indexes = [models.Index(fields=["instansi", "publish_from"],
                                name="guidance_announcement_idx")]

    def __str__(self):
        return self.title


class AnnouncementTarget(TenantModel):
    """A unit (an agency is a root unit) whose subtree an announcement reaches."""

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE,
                                     related_name="targets")
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    path = models.CharField(max_length=255)  # the unit's path when the announcement was saved

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "announcement", "unit"],
                                               name="guidance_target_once")]


class AnnouncementReceipt(TenantModel):
    """"I have read it", once per reader."""

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE,
                                     related_name="receipts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, null=True,
                                 blank=True, related_name="+")
    agency = models.ForeignKey("org.Unit", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    read_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "announcement", "user"],
                                               name="guidance_receipt_once")]


class Feedback(TenantModel):
    class Kind(models.TextChoices):
        PROBLEM = "problem", _("Problem")
        QUESTION = "question", _("Question")
        IDEA = "idea", _("Idea")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="+")
    sender_label = models.CharField(max_length=150, blank=True)
    employee = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="+")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    text = models.TextField(_("text"))
    path = models.CharField(_("page"), max_length=300, blank=True)
    screen = models.CharField(_("screen"), max_length=120, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.NEW)
    fingerprint = models.CharField(max_length=64)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["instansi", "status", "created_at"],
                                name="guidance_feedback_inbox_idx"),
                   models.Index(fields=["instansi", "sender", "fingerprint"],
                                name="guidance_feedback_dup_idx")]

    def __str__(self):
        return self.text[:60]


class FeedbackReply(TenantModel):
    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                               related_name="+")
    author_label = models.CharField(max_length=150, blank=True)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
