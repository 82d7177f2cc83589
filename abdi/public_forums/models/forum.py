"""A Forum Konsultasi Publik, the citizens who registered, and the commitments it produced.

Registrations hold personal data (name, phone or e-mail): only the organising agency's admins
and BKPSDM read them (policy.py); public pages show counts only.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .. import rules


class Forum(TenantModel):
    class Status(models.TextChoices):
        DRAFT = rules.ForumStatus.DRAFT, _("Draft")
        PUBLISHED = rules.ForumStatus.PUBLISHED, _("Announced")
        CANCELLED = rules.ForumStatus.CANCELLED, _("Cancelled")
        CONCLUDED = rules.ForumStatus.CONCLUDED, _("Held, minutes published")

    # The perangkat daerah that organises it (scopes agency admins) and the unit that hosts it
    # (the agency itself or one of its service units: UPT, puskesmas, kecamatan…).
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("organising unit"))
    title = models.CharField(_("title"), max_length=200)
    topic = models.CharField(_("service or topic discussed"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_link = models.URLField(_("online link"), max_length=500, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"))
    registration_closes_at = models.DateTimeField(_("registration closes at"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.DRAFT)
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=500, blank=True)
    minutes = models.TextField(_("minutes (notulen)"), blank=True)
    minutes_file = models.FileField(_("minutes (PDF)"), upload_to="forum-minutes/", blank=True)
    minutes_published_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+")
    # Optimistic lock: an edit names the version it read.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("public consultation forum")
        verbose_name_plural = _("public consultation forums")
        ordering = ["-starts_at", "-id"]
        indexes = [models.Index(fields=["instansi", "status", "starts_at"],
                                name="forum_public_list")]

    def __str__(self):
        return self.title

    @property
    def is_public(self) -> bool:
        return self.status in rules.PUBLIC_STATUSES

    @property
    def has_started(self) -> bool:
        return timezone.now() >= self.starts_at

    def registration(self, registered: int) -> rules.Registration:
        return rules.registration_state(
            self.status, now=timezone.now(), closes_at=self.registration_closes_at,
            starts_at=self.starts_at, capacity=self.capacity, registered=registered)


class Registration(TenantModel):
    class ContactKind(models.TextChoices):
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("E-mail")

    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("name"), max_length=120)
    contact_kind = models.CharField(_("contact kind"), max_length=5, choices=ContactKind.choices)
    # Normalised (rules.normalise_contact): one registration per phone/e-mail and forum.
    contact = models.CharField(_("phone or e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    attended = models.BooleanField(_("attended"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum registration")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "forum", "contact"],
                                    name="forum_registration_once_per_contact"),
        ]

    def __str__(self):
        return self.name


class Commitment(TenantModel):
    class Status(models.TextChoices):
        PLANNED = rules.CommitmentStatus.PLANNED, _("Planned")
        IN_PROGRESS = rules.CommitmentStatus.IN_PROGRESS, _("In progress")
        DONE = rules.CommitmentStatus.DONE, _("Done")
        DROPPED = rules.CommitmentStatus.DROPPED, _("Dropped")

    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="commitments")
    promise = models.TextField(_("what was promised"))
    responsible_unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                                         verbose_name=_("responsible unit"))
    due_date = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.PLANNED)
    drop_reason = models.CharField(_("reason for dropping"), max_length=500, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("forum commitment")
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["instansi", "status", "due_date"],
                                name="forum_commitment_open")]

    def __str__(self):
        return self.promise[:80]

    def is_overdue(self, today=None) -> bool:
        return rules.is_overdue(self.status, due=self.due_date,
                                today=today or timezone.localdate())


class CommitmentProgress(TenantModel):
    """One entry of a commitment's public timeline."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="progress")
    status = models.CharField(_("status"), max_length=12, choices=Commitment.Status.choices)
    note = models.TextField(_("note"))
    date = models.DateField(_("date"))
    evidence_link = models.URLField(_("evidence link"), max_length=500, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("commitment progress")
        ordering = ["date", "id"]

    def __str__(self):
        return f"{self.date} {self.status}"
