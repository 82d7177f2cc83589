"""Shared solutions (the "Berbagi solusi" library), their attachments and reuses by other
agencies, and the government's inter-agency discussion forums.

A Solution carries `search_text`, its searchable words in lower case (problem, solution, results,
tags), rebuilt by the services on every write: SQLite searches it with icontains, PostgreSQL with
a GIN full-text index ('simple' configuration: Indonesian has no stemmer) built in migration 0002.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


class Tag(TenantModel):
    name = models.CharField(_("tag"), max_length=40)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["instansi", "name"],
                                               name="knowledge_tag_unique")]

    def __str__(self):
        return self.name


class Solution(TenantModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Withdrawn by BKPSDM")

    title = models.CharField(_("title"), max_length=200)
    problem = models.TextField(_("the problem"))
    solution = models.TextField(_("the solution"))
    results = models.TextField(_("results (with figures)"), blank=True)
    replication = models.TextField(_("how to apply it elsewhere"), blank=True)
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    team_name = models.CharField(_("team name"), max_length=120, blank=True)
    authors = models.ManyToManyField("people.Employee", related_name="+", verbose_name=_("authors"))
    tags = models.ManyToManyField(Tag, related_name="solutions", blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.DRAFT)
    unpublish_reason = models.TextField(_("reason for withdrawal"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    search_text = models.TextField(default="", editable=False)
    reuse_count = models.PositiveIntegerField(default=0, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [models.Index(fields=["instansi", "status", "published_at"],
                                name="knowledge_solution_pub_idx"),
                   models.Index(fields=["instansi", "status", "reuse_count"],
                                name="knowledge_solution_reuse_idx")]

    def __str__(self):
        return self.title


class Attachment(TenantModel):
    solution = models.ForeignKey(Solution, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="knowledge/attachments/")
    original_name = models.CharField(_("file name"), max_length=160)
    kind = models.CharField(max_length=5)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.original_name


class Reuse(TenantModel):
    """An agency applied a solution ("kami menerapkan ini"): one per agency per solution."""

    solution = models.ForeignKey(Solution, on_delete=models.CASCADE, related_name="reuses")
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    recorded_by = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    note = models.TextField(_("what happened"))
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [models.UniqueConstraint(fields=["instansi", "solution", "agency"],
                                               name="knowledge_one_reuse_per_agency")]

    def __str__(self):
        return f"{self.agency_id} → {self.solution_id}"


class Board(TenantModel):
    """A forum board, opened by BKPSDM: "Pelayanan publik", "Kepegawaian", "Teknologi"…"""

    name = models.CharField(_("name"), max_length=80)
    description = models.CharField(_("description"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["instansi", "name"],
                                               name="knowledge_board_unique")]

    def __str__(self):
        return self.name


class Topic(TenantModel):
    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="topics")
    author = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("question or message"))
    answer = models.ForeignKey("Post", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    reply_count = models.PositiveIntegerField(default=0, editable=False)
    last_activity_at = models.DateTimeField(db_index=True)
    hidden = models.BooleanField(default=False)
    hidden_reason = models.TextField(blank=True)
    fingerprint = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-last_activity_at", "-id"]
        indexes = [models.Index(fields=["instansi", "board", "last_activity_at"],
                                name="knowledge_topic_activity_idx"),
                   models.Index(fields=["instansi", "fingerprint"], name="knowledge_topic_fp_idx")]

    def __str__(self):
        return self.title


class Post(TenantModel):
    """A reply in a topic."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("reply"))
    hidden = models.BooleanField(default=False)
    hidden_reason = models.TextField(blank=True)
    fingerprint = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["instansi", "topic", "created_at"],
                                name="knowledge_post_topic_idx")]

    def __str__(self):
        return f"{self.topic_id}#{self.pk}"


class Subscription(TenantModel):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="subscriptions")
    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "topic", "employee"],
                                               name="knowledge_one_subscription")]
