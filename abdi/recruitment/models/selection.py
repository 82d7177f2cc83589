"""A selection (seleksi CPNS or PPPK of one year), its openings (formasi), the applications to
them and the sanggah of an application. Every row is tenant-owned."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..rules import documents, workflow


class Selection(TenantModel):
    class Kind(models.TextChoices):
        CPNS = "cpns", _("CPNS")
        PPPK = "pppk", _("PPPK")

    kind = models.CharField(_("kind"), max_length=4, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("formation year"))
    name = models.CharField(_("name"), max_length=160)
    registration_opens = models.DateField(_("registration opens"))
    registration_closes = models.DateField(_("registration closes"))
    # The date on which the age limits are measured (PP 11/2017 Pasal 23: at registration).
    reference_date = models.DateField(_("reference date for age"))
    sanggah_days = models.PositiveSmallIntegerField(_("sanggah period (days)"), default=3)
    announcement = models.TextField(_("announcement"), blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    result_published_on = models.DateField(_("administrative result published on"), null=True,
                                           blank=True)
    # The last registration sequence handed out (under the selection's row lock).
    last_sequence = models.PositiveIntegerField(default=0, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("selection")
        ordering = ["-year", "-registration_opens", "id"]
        constraints = [models.UniqueConstraint(fields=["instansi", "name"],
                                               name="recruitment_selection_unique_name")]

    def __str__(self):
        return self.name

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def result_published(self) -> bool:
        return self.result_published_on is not None


class Opening(TenantModel):
    """A formasi offered in a selection: a position, its quota and its requirements."""

    selection = models.ForeignKey(Selection, on_delete=models.CASCADE, related_name="openings")
    position = models.ForeignKey("org.Position", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("position"))
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("unit"))
    title = models.CharField(_("title"), max_length=200)
    quota = models.PositiveIntegerField(_("quota"))
    education_levels = models.JSONField(_("education levels"), default=list, blank=True)
    majors = models.TextField(_("majors (one per line, empty: any)"), blank=True)
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    certificates = models.TextField(_("certificates required (one per line)"), blank=True)
    description = models.TextField(_("description"), blank=True)
    # Row of the approved formation (abdi.workforce) this opening was made from, when known.
    formation_ref = models.IntegerField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("opening")
        ordering = ["title", "id"]
        constraints = [models.CheckConstraint(condition=models.Q(quota__gte=1),
                                              name="recruitment_opening_quota_positive")]

    def __str__(self):
        return self.title

    @property
    def major_list(self) -> list[str]:
        return [m.strip() for m in self.majors.splitlines() if m.strip()]

    @property
    def certificate_list(self) -> list[str]:
        return [c.strip() for c in self.certificates.splitlines() if c.strip()]


class Application(TenantModel):
    class Status(models.TextChoices):
        SUBMITTED = workflow.Status.SUBMITTED.value, _("Waiting for verification")
        MS = workflow.Status.MS.value, _("MS: meets the requirements")
        TMS = workflow.Status.TMS.value, _("TMS: does not meet the requirements")

    selection = models.ForeignKey(Selection, on_delete=models.PROTECT, related_name="applications")
    opening = models.ForeignKey(Opening, on_delete=models.PROTECT, related_name="applications")
    applicant = models.ForeignKey("recruitment.Applicant", on_delete=models.PROTECT,
                                  related_name="applications")
    registration_number = models.CharField(_("registration number"), max_length=24)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=workflow.Status.SUBMITTED)
    submitted_at = models.DateTimeField()
    # Requirement code -> met (True/False), as the verifier ticked it.
    checks = models.JSONField(default=dict, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")
    verified_at = models.DateTimeField(null=True, blank=True)
    card_code = models.CharField(max_length=12)
    # Filled by the CAT app when it schedules the candidate.
    # null = not scheduled yet (the contract agreed with the CAT app), hence DJ001 below.
    exam_session_label = models.CharField(_("exam session"), max_length=120, null=True,  # noqa: DJ001
                                          blank=True)
    exam_room = models.CharField(_("exam room"), max_length=80, null=True, blank=True)  # noqa: DJ001
    exam_seat = models.CharField(_("seat"), max_length=20, null=True, blank=True)  # noqa: DJ001
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("application")
        ordering = ["registration_number", "id"]
        constraints = [
            # One opening per selection per applicant: a second application is refused.
            models.UniqueConstraint(fields=["instansi", "selection", "applicant"],
                                    name="recruitment_one_application_per_selection"),
            models.UniqueConstraint(fields=["instansi", "registration_number"],
                                    name="recruitment_registration_number_unique"),
            models.UniqueConstraint(fields=["instansi", "card_code"],
                                    name="recruitment_card_code_unique"),
        ]
        indexes = [models.Index(fields=["instansi", "selection", "status"],
                                name="recruitment_app_queue_idx"),
                   models.Index(fields=["card_code"], name="recruitment_app_card_idx")]

    def __str__(self):
        return self.registration_number


class Objection(TenantModel):
    """A sanggah against a TMS result: the applicant's text (and a document), HR's answer."""

    class Status(models.TextChoices):
        FILED = workflow.ObjectionStatus.FILED.value, _("Waiting for an answer")
        ACCEPTED = workflow.ObjectionStatus.ACCEPTED.value, _("Accepted")
        REJECTED = workflow.ObjectionStatus.REJECTED.value, _("Rejected")

    application = models.OneToOneField(Application, on_delete=models.CASCADE,
                                       related_name="objection")
    text = models.TextField(_("objection"))
    file = models.FileField(upload_to="recruitment/objections/%Y/", blank=True)
    content_type = models.CharField(max_length=40, blank=True)
    filed_at = models.DateTimeField()
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=workflow.ObjectionStatus.FILED)
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")
    answered_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("sanggah")
        ordering = ["filed_at", "id"]

    def __str__(self):
        return f"#{self.pk}"


DOCUMENT_KINDS = [
    (documents.DocumentKind.KTP.value, _("KTP (identity card)")),
    (documents.DocumentKind.IJAZAH.value, _("Ijazah (diploma)")),
    (documents.DocumentKind.TRANSCRIPT.value, _("Transcript")),
    (documents.DocumentKind.PHOTO.value, _("Photo (JPEG or PNG)")),
    (documents.DocumentKind.CERTIFICATE.value, _("Certificates (one file)")),
]
