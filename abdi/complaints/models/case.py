"""A citizen's report (pengaduan, aspirasi, permintaan informasi) and its timeline
(public-service.md §2). The reporter's identity lives only here; every reader goes through
`display.reporter_identity`, which applies anonim/rahasia (R-CMP-2)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel, tenant_key

from ..rules.clock import Stage
from ..rules.kinds import CaseClass, ReportKind
from ..rules.workflow import Status

KIND_LABELS = {
    ReportKind.PENGADUAN: _("Complaint (pengaduan)"),
    ReportKind.ASPIRASI: _("Aspiration (aspirasi)"),
    ReportKind.INFORMASI: _("Information request (permintaan informasi)"),
}
CLASS_LABELS = {
    CaseClass.PENGADUAN: _("Complaint without supervisory content (14 working days)"),
    CaseClass.PENGAWASAN: _("Complaint with supervisory content, Inspektorat (60 working days)"),
    CaseClass.INFORMASI: _("Information request (5 working days)"),
    CaseClass.ASPIRASI: _("Aspiration (14 working days)"),
}
# Citizen-facing labels of §2.5 as English msgids (translated to the Indonesian of the table).
STATUS_LABELS = {
    Status.DITERIMA: _("Not yet verified"),
    Status.DITUNDA: _("Waiting for missing information"),
    Status.TERDISPOSISI: _("Verified, forwarded to the agency"),
    Status.BUKAN_WEWENANG: _("Being forwarded again"),
    Status.DITINDAKLANJUTI: _("In progress"),
    Status.DITANGGAPI: _("Waiting for the reporter's response"),
    Status.DIBUKA_KEMBALI: _("In progress (reopened)"),
    Status.SELESAI: _("Closed"),
    Status.DITOLAK_ARSIP: _("Archived"),
}
STAGE_LABELS = {
    Stage.VERIFICATION: _("verification"),
    Stage.FIRST_REPLY: _("first reply"),
    Stage.COMPLETION: _("completion"),
    Stage.REPORTER_WINDOW: _("reporter's response"),
}


def _when_set(field: str, name: str) -> models.Index:
    # Empty when a citizen files: a partial index costs that busy insert nothing.
    return models.Index(fields=[field], condition=models.Q(**{f"{field}__isnull": False}), name=name)


class Complaint(TenantModel):
    instansi = tenant_key(db_index=False)  # every index of the table leads with it
    tracking = models.CharField(_("tracking number"), max_length=60)
    secret_hash = models.CharField(max_length=64, editable=False)
    lapor_id = models.CharField(_("LAPOR! tracking ID"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=10,
                            choices=[(k.value, KIND_LABELS[k]) for k in ReportKind])
    case_class = models.CharField(_("class"), max_length=10,
                                  choices=[(c.value, CLASS_LABELS[c]) for c in CaseClass])
    status = models.CharField(_("status"), max_length=16, default=Status.DITERIMA.value,
                              choices=[(s.value, STATUS_LABELS[s]) for s in Status])
    category = models.CharField(_("category"), max_length=80)
    location = models.CharField(_("location"), max_length=200, blank=True)
    description = models.TextField(_("description"))
    # §2.3: anonim hides who reported from everyone; rahasia hides the report from the public.
    is_anonymous = models.BooleanField(_("anonymous"), default=False)
    is_confidential = models.BooleanField(_("confidential"), default=False)
    reporter_name = models.CharField(max_length=120, blank=True)
    reporter_phone = models.CharField(max_length=30, blank=True)
    reporter_email = models.EmailField(blank=True)

    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, null=True, blank=True,
                             related_name="+", verbose_name=_("unit"), db_index=False)
    assignee = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="+", verbose_name=_("handling employee"),
                                 db_index=False)
    # The employee who posted the last answer: the service-ratings app lets the citizen rate him.
    handler = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+", verbose_name=_("answered by"),
                                db_index=False)
    merged_into = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("merged into"), db_index=False)

    received_at = models.DateTimeField(_("received"))
    received_on = models.DateField()
    disposed_at = models.DateTimeField(null=True, blank=True)
    disposed_on = models.DateField(null=True, blank=True)
    first_answer_at = models.DateTimeField(null=True, blank=True)
    answered_on = models.DateField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    completion_due = models.DateField(null=True, blank=True)
    # The clock running now (§2.5); empty while waiting for the citizen or when closed.
    stage = models.CharField(max_length=16, blank=True)
    stage_start = models.DateField(null=True, blank=True)
    stage_due = models.DateField(null=True, blank=True)
    stage_limit = models.PositiveSmallIntegerField(null=True, blank=True)
    escalated_key = models.CharField(max_length=40, blank=True)  # "<stage>:<due>": once per clock
    reopened_count = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-received_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["instansi", "tracking"],
                                               name="complaint_tracking_unique")]
        indexes = [
            models.Index(fields=["instansi", "status", "stage_due"], name="complaint_queue_idx"),
            models.Index(fields=["instansi", "agency", "status"], name="complaint_agency_idx"),
            models.Index(fields=["instansi", "received_on"], name="complaint_received_idx"),
            _when_set("unit", "complaint_unit_idx"),
            _when_set("assignee", "complaint_assignee_idx"),
            _when_set("handler", "complaint_handler_idx"),
            _when_set("merged_into", "complaint_merged_idx"),
        ]

    def __str__(self):
        return self.tracking

    @property
    def citizen_status(self):
        return STATUS_LABELS[Status(self.status)]

    @property
    def is_public(self) -> bool:
        """T-CMP-2: a rahasia report never shows publicly; archived ones neither."""
        return not self.is_confidential and self.status not in (
            Status.DITERIMA, Status.DITOLAK_ARSIP)


class ComplaintEvent(TenantModel):
    """One line of the timeline. `public` lines are what the citizen sees; notes never are."""

    class Kind(models.TextChoices):
        STATUS = "status", _("Status change")
        ANSWER = "answer", _("Answer")
        NOTE = "note", _("Internal note")
        CITIZEN = "citizen", _("Reporter's message")
        ESCALATION = "escalation", _("Escalation")

    instansi = tenant_key(db_index=False)  # read through the case, never by government alone
    # complaint_event_idx (complaint, at) serves the foreign key too.
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="events",
                                  db_index=False)
    at = models.DateTimeField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    status_from = models.CharField(max_length=16, blank=True)
    status_to = models.CharField(max_length=16, blank=True)
    text = models.TextField(blank=True)
    public = models.BooleanField(default=False)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                           related_name="+", db_index=False)
    by_label = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["complaint", "at"], name="complaint_event_idx"),
                   _when_set("by", "complaint_event_by_idx")]

    @property
    def status_label(self):
        return STATUS_LABELS[Status(self.status_to)] if self.status_to else ""


def attachment_path(instance, filename):
    return f"complaints/{instance.instansi_id}/{instance.complaint_id}/{filename}"


class ComplaintAttachment(TenantModel):
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()


class ComplaintRating(TenantModel):
    """The citizen's rating of the handling once closed (§2.5, a design choice)."""

    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="rating")
    score = models.PositiveSmallIntegerField()
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=5),
                                              name="complaint_rating_score")]
