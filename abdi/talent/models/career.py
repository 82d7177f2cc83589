"""Career development: study requests (tugas/izin belajar) and leadership trainings."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

STUDY_LEVEL_CHOICES = [("D3", "D3"), ("D4", "D4"), ("S1", "S1"), ("S2", "S2"), ("S3", "S3"),
                       ("PROFESI", _("Professional programme"))]
FUNDING_CHOICES = [("apbd", _("Regional budget (APBD)")), ("apbn", _("State budget (APBN)")),
                   ("scholarship", _("Scholarship (e.g. LPDP)")), ("self", _("Own cost"))]
TRAINING_CHOICES = [("PKP", _("PKP (Pengawas)")), ("PKA", _("PKA (Administrator)")),
                    ("PKN", _("PKN (Pimpinan Tinggi)"))]


class StudyRequest(TenantModel):
    class Kind(models.TextChoices):
        TUGAS = "tugas", _("Study assignment (tugas belajar)")
        IZIN = "izin", _("Study permit (izin belajar)")

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Awaiting the supervisor")
        ENDORSED = "endorsed", _("Awaiting HR")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("kind"), max_length=5, choices=Kind.choices)
    institution = models.CharField(_("institution"), max_length=160)
    programme = models.CharField(_("programme"), max_length=160)
    level = models.CharField(_("level"), max_length=7, choices=STUDY_LEVEL_CHOICES)
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    funding = models.CharField(_("funding"), max_length=11, choices=FUNDING_CHOICES)
    status = models.CharField(max_length=9, choices=Status.choices, default=Status.SUBMITTED)
    atasan = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+")
    atasan_note = models.CharField(_("supervisor's note"), max_length=300, blank=True)
    hr_note = models.CharField(_("HR note"), max_length=300, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["-created_at"]


class LeadershipTraining(TenantModel):
    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("training"), max_length=3, choices=TRAINING_CHOICES)
    year = models.PositiveSmallIntegerField(_("year"))
    certificate_number = models.CharField(_("certificate number"), max_length=80)
    verified = models.BooleanField(_("verified by HR"), default=False)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["employee_id", "year"]
        constraints = [models.UniqueConstraint(fields=["instansi", "employee", "kind"],
                                               name="leadership_training_once")]
