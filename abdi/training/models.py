"""Institutions, training events, each employee's training records, evaluations, the yearly JP
policy of a government and the reminders sent (competency-and-talent.md §5.8-5.9).

A TrainingRecord is one employee's participation in one training: a registration for an event
of the catalogue, or a training done elsewhere and reported with its certificate. Completed
records carry their credited JP and year, so the 20 JP standing is one grouped query.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from .rules import workflow
from .rules.jp import DEFAULT_REMINDER_FROM, PNS_MINIMUM_JP, Form, jp_of_activity

FORM_LABELS = {
    Form.STRUKTURAL: _("Leadership training (struktural)"),
    Form.MANAJERIAL: _("Managerial training"),
    Form.TEKNIS: _("Technical training"),
    Form.FUNGSIONAL: _("Functional training"),
    Form.SOSIAL_KULTURAL: _("Socio-cultural training"),
    Form.SEMINAR: _("Seminar / conference"),
    Form.WORKSHOP: _("Workshop (lokakarya)"),
    Form.KURSUS: _("Course (kursus)"),
    Form.PENATARAN: _("Upgrading (penataran)"),
    Form.BIMTEK: _("Technical guidance (bimtek)"),
    Form.SOSIALISASI: _("Socialisation"),
    Form.PENDIDIKAN: _("Further study"),
    Form.KLASIKAL_LAIN: _("Other classroom form"),
    Form.E_LEARNING: _("E-learning"),
    Form.COACHING: _("Coaching"),
    Form.MENTORING: _("Mentoring"),
    Form.JARAK_JAUH: _("Distance learning"),
    Form.MAGANG: _("Internship (magang)"),
    Form.PERTUKARAN: _("Exchange with the private sector"),
    Form.DETASERING: _("Secondment (detasering)"),
    Form.BENCHMARKING: _("Benchmarking"),
    Form.BELAJAR_MANDIRI: _("Self-study (belajar mandiri)"),
    Form.KOMUNITAS_BELAJAR: _("Community of practice"),
    Form.JOB_SHADOWING: _("Job shadowing"),
}
FORM_CHOICES = [(f.value, FORM_LABELS[f]) for f in Form]


class TrainingPolicy(TenantModel):
    """The government's own settings; absent means the regulation's defaults."""

    minimum_jp = models.PositiveSmallIntegerField(_("minimum JP a year"), default=PNS_MINIMUM_JP)
    reminder_month = models.PositiveSmallIntegerField(default=DEFAULT_REMINDER_FROM[0])
    reminder_day = models.PositiveSmallIntegerField(default=DEFAULT_REMINDER_FROM[1])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi"], name="training_policy_one")]


class Institution(TenantModel):
    class Kind(models.TextChoices):
        BPSDM = "bpsdm", _("Government training agency (BPSDM)")
        LAN = "lan", _("LAN / national agency")
        UNIVERSITY = "university", _("Partner university")
        INTERNAL = "internal", _("Internal (own agency)")
        OTHER = "other", _("Other provider")

    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    city = models.CharField(_("city"), max_length=80, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["instansi", "name"],
                                               name="training_institution_name_unique")]

    def __str__(self):
        return self.name


class TrainingEvent(TenantModel):
    class Status(models.TextChoices):
        OPEN = "open", _("Open for registration")
        CLOSED = "closed", _("Registration closed")
        DONE = "done", _("Finished")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title"), max_length=200)
    form = models.CharField(_("form"), max_length=20, choices=FORM_CHOICES)
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="events",
                                    verbose_name=_("organiser"))
    description = models.TextField(_("description"), blank=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    minutes = models.PositiveIntegerField(_("learning minutes"), default=0)
    stated_jp = models.PositiveSmallIntegerField(_("JP stated"), null=True, blank=True)
    quota = models.PositiveIntegerField(_("quota"))
    cost = models.PositiveBigIntegerField(_("cost per participant (Rp)"), default=0)
    place = models.CharField(_("place"), max_length=160, blank=True)
    competency_codes = models.JSONField(_("competencies"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.OPEN)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "-id"]
        indexes = [models.Index(fields=["instansi", "status", "starts_on"],
                                name="training_event_open_idx")]
        constraints = [models.CheckConstraint(condition=models.Q(ends_on__gte=models.F("starts_on")),
                                              name="training_event_order")]

    def __str__(self):
        return self.title

    @property
    def jp(self) -> int:
        """The JP a participant who completes it is credited (R-KOM-5)."""
        return jp_of_activity(self.form, minutes=self.minutes, stated_jp=self.stated_jp)


class TrainingRecord(TenantModel):
    class Status(models.TextChoices):
        REGISTERED = workflow.REGISTERED, _("Waiting for the atasan")
        APPROVED = workflow.APPROVED, _("Approved")
        REFUSED = workflow.REFUSED, _("Refused")
        ATTENDED = workflow.ATTENDED, _("Attended")
        ABSENT = workflow.ABSENT, _("Absent")
        COMPLETED = workflow.COMPLETED, _("Completed")
        CANCELLED = workflow.CANCELLED, _("Cancelled")
        REPORTED = workflow.REPORTED, _("Waiting for HR verification")

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="training_records")
    event = models.ForeignKey(TrainingEvent, on_delete=models.PROTECT, null=True, blank=True,
                              related_name="records")
    # Copied from the event, or written by the employee for a training done elsewhere.
    title = models.CharField(_("title"), max_length=200)
    form = models.CharField(_("form"), max_length=20, choices=FORM_CHOICES)
    organiser = models.CharField(_("organiser"), max_length=160)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    minutes = models.PositiveIntegerField(_("learning minutes"), default=0)
    stated_jp = models.PositiveSmallIntegerField(_("JP stated"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    decided_by = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+")
    reason = models.TextField(_("reason"), blank=True)
    result = models.CharField(_("result"), max_length=200, blank=True)
    certificate = models.FileField(_("certificate"), upload_to="training/certificates/",
                                   blank=True)
    certificate_number = models.CharField(_("certificate number"), max_length=100, blank=True)
    jp = models.PositiveSmallIntegerField(_("JP"), default=0)
    year = models.PositiveSmallIntegerField(_("year"))
    version = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "-id"]
        indexes = [
            models.Index(fields=["instansi", "year", "status", "employee"],
                         name="training_record_jp_idx"),
            models.Index(fields=["instansi", "employee", "year"], name="training_record_emp_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_on__gte=models.F("starts_on")),
                                   name="training_record_order"),
            models.UniqueConstraint(
                fields=["instansi", "event", "employee"],
                condition=models.Q(event__isnull=False)
                & ~models.Q(status__in=[workflow.CANCELLED, workflow.REFUSED]),
                name="training_one_live_registration"),
        ]

    def __str__(self):
        return f"{self.employee_id}: {self.title}"

    @property
    def is_external(self) -> bool:
        return self.event_id is None


class Evaluation(TenantModel):
    """A participant's evaluation of an event (1-5 per question, and a comment)."""

    record = models.OneToOneField(TrainingRecord, on_delete=models.CASCADE,
                                  related_name="evaluation")
    event = models.ForeignKey(TrainingEvent, on_delete=models.CASCADE, related_name="evaluations")
    content = models.PositiveSmallIntegerField()
    teaching = models.PositiveSmallIntegerField()
    organisation = models.PositiveSmallIntegerField()
    usefulness = models.PositiveSmallIntegerField()
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class JpReminder(TenantModel):
    """One reminder per employee per year: the task may run daily and twice."""

    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    jp = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "employee", "year"],
                                               name="training_one_reminder_a_year")]
