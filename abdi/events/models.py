"""Events between agencies: workshops, forums, sharing sessions and social activities.

An Event is organised by one perangkat daerah; Invitations name the agencies, units or
employees asked to come; a Registration is one employee's seat (or place on the waiting list)
and carries the check-in; Photos and the minutes (notulen) record what happened.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .rules import seats


class Event(TenantModel):
    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop (lokakarya)")
        FORUM = "forum", _("Discussion forum between agencies")
        SHARING = "sharing", _("Sharing session / technical guidance")
        SOCIAL = "social", _("Social activity (outing, team building, sport)")

    class Audience(models.TextChoices):
        GOVERNMENT = "government", _("The whole government")
        AGENCIES = "agencies", _("Invited agencies and units")
        INVITED = "invited", _("Invited employees only")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for registration")
        CLOSED = "closed", _("Registration closed")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    organiser = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                                  verbose_name=_("organising perangkat daerah"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_link = models.URLField(_("online link"), max_length=300, blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    capacity = models.PositiveIntegerField(_("capacity"))
    registration_opens_at = models.DateTimeField(_("registration opens"))
    registration_closes_at = models.DateTimeField(_("registration closes"))
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices,
                                default=Audience.GOVERNMENT)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.DRAFT)
    counts_as_learning = models.BooleanField(_("counts as learning (JP)"), default=False)
    learning_minutes = models.PositiveIntegerField(_("learning minutes"), default=0)
    minutes_text = models.TextField(_("minutes (notulen)"), blank=True)
    decisions = models.JSONField(_("decisions"), default=list, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at", "-id"]
        indexes = [models.Index(fields=["instansi", "status", "starts_at"],
                                name="events_event_status_idx"),
                   models.Index(fields=["instansi", "organiser", "starts_at"],
                                name="events_event_org_idx")]
        constraints = [models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")),
                                              name="events_event_order")]

    def __str__(self):
        return self.title


class Invitation(TenantModel):
    """One invited agency or unit (the whole subtree) or one named employee."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="invitations")
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, null=True, blank=True,
                             related_name="+")
    unit_path = models.CharField(max_length=255, blank=True, default="")  # copied: one prefix test
    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, null=True,
                                 blank=True, related_name="+")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(unit__isnull=True) ^ models.Q(employee__isnull=True)),
                name="events_invitation_one_target"),
            models.UniqueConstraint(fields=["instansi", "event", "unit"],
                                    condition=models.Q(unit__isnull=False),
                                    name="events_invitation_unit_once"),
            models.UniqueConstraint(fields=["instansi", "event", "employee"],
                                    condition=models.Q(employee__isnull=False),
                                    name="events_invitation_employee_once"),
        ]

    def __str__(self):
        return f"{self.event_id}: unit {self.unit_id}" if self.unit_id else \
            f"{self.event_id}: employee {self.employee_id}"


class Registration(TenantModel):
    class Status(models.TextChoices):
        REGISTERED = seats.REGISTERED, _("Registered")
        WAITING = seats.WAITING, _("On the waiting list")
        CANCELLED = seats.CANCELLED, _("Cancelled")

    class CheckIn(models.TextChoices):
        QR = "qr", _("QR scan")
        HAND = "hand", _("Marked by the organiser")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    walk_in = models.BooleanField(_("walk-in"), default=False)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    check_in_by = models.CharField(max_length=4, choices=CheckIn.choices, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["instansi", "event", "status"],
                                name="events_registration_seat_idx"),
                   models.Index(fields=["instansi", "employee", "status"],
                                name="events_registration_emp_idx")]
        constraints = [models.UniqueConstraint(fields=["instansi", "event", "employee"],
                                               name="events_one_registration")]

    @property
    def attended(self) -> bool:
        return self.checked_in_at is not None


class Photo(TenantModel):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(upload_to="events/photos/")
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    content_type = models.CharField(max_length=20)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
