"""Exam sessions, candidates, their attempts and answers, the hash-chained log and the
summary row the public scoreboard and the ranking read."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from abdi.cat.rules.passing import CATEGORY_CODES
from abdi.tenancy.models import TenantModel

CATEGORY_CHOICES = [("", _("General"))] + [(c, c) for c in CATEGORY_CODES]


class ExamSession(TenantModel):
    class Kind(models.TextChoices):
        SKD = "SKD", _("SKD (TWK, TIU, TKP)")
        TECHNICAL = "OTHER", _("Other test")

    title = models.CharField(_("title"), max_length=160)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.SKD)
    year = models.PositiveSmallIntegerField(_("formation year"))
    starts_at = models.DateTimeField(_("starts at"))
    room = models.CharField(_("room"), max_length=120)
    seats = models.PositiveIntegerField(_("seats"), default=40)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=100)
    # [[part code, category code or "", count], ...] in exam order.
    blueprint = models.JSONField(_("blueprint"), default=list)
    # {part code: minimum}; for the SKD it comes from the NAB table of the year.
    passing_grades = models.JSONField(default=dict, blank=True)
    public_code = models.CharField(max_length=16, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title

    @property
    def question_count(self) -> int:
        return sum(int(line[2]) for line in self.blueprint)


class Proctor(TenantModel):
    session = models.ForeignKey(ExamSession, on_delete=models.CASCADE, related_name="proctors")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "session", "user"],
                                               name="cat_proctor_once")]


class Candidate(TenantModel):
    registration_number = models.CharField(_("registration number"), max_length=30)
    name = models.CharField(_("name"), max_length=160)
    application_ref = models.PositiveBigIntegerField(null=True, blank=True)
    opening_ref = models.PositiveBigIntegerField(null=True, blank=True)
    opening_title = models.CharField(_("opening"), max_length=200, blank=True)
    category = models.CharField(_("special category"), max_length=16, blank=True,
                                choices=CATEGORY_CHOICES)

    class Meta:
        ordering = ["registration_number"]
        constraints = [models.UniqueConstraint(fields=["instansi", "registration_number"],
                                               name="cat_candidate_regno")]

    def __str__(self):
        return f"{self.registration_number} {self.name}"


class Attempt(TenantModel):
    class State(models.TextChoices):
        WAITING = "waiting", _("Waiting for identity check")
        RELEASED = "released", _("Token released")
        ACTIVE = "active", _("Working")
        FINISHED = "finished", _("Finished")

    session = models.ForeignKey(ExamSession, on_delete=models.PROTECT, related_name="attempts")
    candidate = models.ForeignKey(Candidate, on_delete=models.PROTECT, related_name="attempts")
    seat = models.PositiveIntegerField(_("seat"))
    state = models.CharField(max_length=10, choices=State.choices, default=State.WAITING)
    token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    device_hash = models.CharField(max_length=64, blank=True)
    question_ids = models.JSONField(default=list)
    option_orders = models.JSONField(default=dict)  # {question id: [option ids in shown order]}
    started_at = models.DateTimeField(null=True, blank=True)
    duration_seconds = models.PositiveIntegerField(default=0)
    added_seconds = models.PositiveIntegerField(default=0)
    deadline_at = models.DateTimeField(null=True, blank=True)  # start + duration + added, kept for queries
    finished_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    incidents = models.PositiveIntegerField(default=0)
    answer_seq = models.PositiveBigIntegerField(default=0)  # highest client counter accepted
    log_seq = models.PositiveIntegerField(default=0)
    log_head = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["seat"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "session", "candidate"], name="cat_attempt_once"),
            models.UniqueConstraint(fields=["instansi", "session", "seat"], name="cat_attempt_seat"),
            # One active exam per candidate, whatever the session.
            models.UniqueConstraint(fields=["instansi", "candidate"], condition=Q(state="active"),
                                    name="cat_one_active_attempt"),
        ]


class Answer(TenantModel):
    """One row per attempt and question, updated in place (UPSERT) on every choice."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey("cat.Question", on_delete=models.PROTECT, related_name="+")
    option = models.ForeignKey("cat.Option", on_delete=models.PROTECT, null=True, related_name="+")
    seq = models.PositiveIntegerField(default=0)  # the client's counter: older requests lose
    saved_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["attempt", "question"], name="cat_answer_once")]


class LogEntry(TenantModel):
    """Append-only, hash-chained per attempt (rules/chain.py)."""

    attempt = models.ForeignKey(Attempt, on_delete=models.PROTECT, related_name="log")
    seq = models.PositiveIntegerField()
    action = models.CharField(max_length=24)
    data = models.JSONField(default=dict)
    at = models.DateTimeField()
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["attempt", "seq"]
        constraints = [models.UniqueConstraint(fields=["attempt", "seq"], name="cat_log_seq")]


class Result(TenantModel):
    """Written once at finish: what the scoreboard shows and the ranking sorts."""

    session = models.ForeignKey(ExamSession, on_delete=models.PROTECT, related_name="results")
    attempt = models.OneToOneField(Attempt, on_delete=models.PROTECT, related_name="result")
    registration_number = models.CharField(max_length=30)
    opening_ref = models.PositiveBigIntegerField(null=True, blank=True)
    opening_title = models.CharField(max_length=200, blank=True)
    category = models.CharField(max_length=16, blank=True)
    scores = models.JSONField(default=dict)  # {part: score}
    maxima = models.JSONField(default=dict)
    parts_passed = models.JSONField(default=dict)
    twk = models.PositiveIntegerField(default=0)
    tiu = models.PositiveIntegerField(default=0)
    tkp = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    passed = models.BooleanField(default=False)
    passed_via = models.CharField(max_length=16, blank=True)
    finished_at = models.DateTimeField()

    class Meta:
        ordering = ["-finished_at"]
        indexes = [models.Index(fields=["session", "-finished_at"], name="cat_result_board"),
                   models.Index(fields=["instansi", "opening_ref"], name="cat_result_opening")]


class Announcement(TenantModel):
    """A signed announcement of the ranking of one opening: the PDF's SHA-256 and a public code."""

    opening_ref = models.PositiveBigIntegerField(null=True, blank=True)
    opening_title = models.CharField(max_length=200)
    code = models.CharField(max_length=16, unique=True)
    content_hash = models.CharField(max_length=64)
    pdf = models.BinaryField(editable=False)
    issued_by = models.CharField(max_length=150)
    issued_at = models.DateTimeField(auto_now_add=True)
