"""The work space of a team (abdi.teams.Team): its tasks, discussion threads, documents with
their versions and meeting notes. Every row carries the government (`instansi`) and its team.

Tasks keep a short history of who changed what (TaskChange); a document keeps every version it
ever had (DocumentVersion, numbered 1, 2, 3 … per document, never overwritten)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .rules import tasks as task_rules


class TeamTask(TenantModel):
    class Status(models.TextChoices):
        OPEN = task_rules.OPEN, _("Open")
        IN_PROGRESS = task_rules.IN_PROGRESS, _("In progress")
        DONE = task_rules.DONE, _("Done")

    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+",
                              verbose_name=_("owner"))
    due_on = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.OPEN)
    meeting = models.ForeignKey("teamspace.Meeting", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="follow_ups")
    created_by = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # The due date a "due tomorrow" reminder was sent for: the command may run twice a day.
    reminded_for = models.DateField(null=True, blank=True, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["instansi", "team", "status", "due_on"],
                                name="teamspace_task_list_idx"),
                   models.Index(fields=["instansi", "due_on", "status"],
                                name="teamspace_task_due_idx")]

    def __str__(self):
        return self.title


class TaskChange(TenantModel):
    """One change of a task: who, when, and the fields before and after."""

    task = models.ForeignKey(TeamTask, on_delete=models.CASCADE, related_name="changes")
    by = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                           related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    changes = models.JSONField(default=dict)

    class Meta:
        ordering = ["-at", "-id"]


class Thread(TenantModel):
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("topic"), max_length=200)
    body = models.TextField(_("message"))
    author = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField()
    reply_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-last_activity_at", "-id"]
        indexes = [models.Index(fields=["instansi", "team", "last_activity_at"],
                                name="teamspace_thread_list_idx")]

    def __str__(self):
        return self.title


class Reply(TenantModel):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]


class Document(TenantModel):
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    created_by = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField()
    # The number of the newest version; the optimistic check of a new upload names it.
    latest_number = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["instansi", "team", "updated_at"],
                                name="teamspace_document_list_idx")]

    def __str__(self):
        return self.title


class DocumentVersion(TenantModel):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    file = models.FileField(upload_to="teamspace/documents/%Y/%m/", max_length=200)
    filename = models.CharField(max_length=130)
    kind = models.CharField(max_length=5)
    size = models.PositiveIntegerField()
    note = models.CharField(_("note"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                    related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["instansi", "document", "number"],
                                               name="teamspace_version_number_unique")]

    def __str__(self):
        return f"{self.document_id} v{self.number}"


class Meeting(TenantModel):
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_link = models.URLField(_("online meeting link"), max_length=300, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    decisions = models.JSONField(_("decisions"), default=list, blank=True)
    written_by = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["instansi", "team", "held_on"],
                                name="teamspace_meeting_list_idx")]

    def __str__(self):
        return self.title


class MeetingAttendee(TenantModel):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendees")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "meeting", "employee"],
                                               name="teamspace_one_attendance")]
