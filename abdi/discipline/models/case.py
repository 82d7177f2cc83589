"""A disciplinary case (hukuman disiplin, PP 94/2021) of one employee, from report to the end of
the penalty (allowance-and-discipline.md §6).

Dates derived from the regulation (effective date, last day) are computed by services from the
pure rules and stored, so lists and the payroll read them without recomputing calendars.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.allowance.rules.discipline import DismissalCategory, InterimMeasure, Penalty
from abdi.tenancy.models import TenantModel

PENALTY_LABELS = {
    Penalty.R1: _("R1: Verbal reprimand (teguran lisan)"),
    Penalty.R2: _("R2: Written reprimand (teguran tertulis)"),
    Penalty.R3: _("R3: Written statement of dissatisfaction"),
    Penalty.S1: _("S1: 25% TPP cut for 6 months"),
    Penalty.S2: _("S2: 25% TPP cut for 9 months"),
    Penalty.S3: _("S3: 25% TPP cut for 12 months"),
    Penalty.B1: _("B1: Demotion one level lower for 12 months"),
    Penalty.B2: _("B2: Release from the position into a pelaksana post for 12 months"),
    Penalty.B3: _("B3: Dismissal (PDHTAPS)"),
}

INTERIM_LABELS = {
    InterimMeasure.PENUNDAAN_KGB: _("KGB postponed for 1 year"),
    InterimMeasure.PENUNDAAN_KENAIKAN_PANGKAT: _("Promotion in rank postponed for 1 year"),
    InterimMeasure.PENURUNAN_PANGKAT: _("Rank lowered one level for 1 year"),
}

PENALTY_CHOICES = [(p.value, PENALTY_LABELS[p]) for p in Penalty]
DISMISSAL_CHOICES = [(c.value, c.value) for c in DismissalCategory]


class DisciplineCase(TenantModel):
    class Status(models.TextChoices):
        REPORTED = "reported", _("Reported")
        EXAMINATION = "examination", _("Under examination")
        DECIDED = "decided", _("Decided")
        CANCELLED = "cancelled", _("Cancelled")

    class Level(models.TextChoices):
        RINGAN = "ringan", _("Light (ringan)")
        SEDANG = "sedang", _("Moderate (sedang)")
        BERAT = "berat", _("Severe (berat)")


    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="discipline_cases", verbose_name=_("employee"))
    # Denormalised from the employee at creation, so agency admins filter without a join.
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.REPORTED)
    violation = models.TextField(_("violation"))
    incident_from = models.DateField(_("incident from"))
    incident_to = models.DateField(_("incident until"), null=True, blank=True)
    expected_level = models.CharField(_("expected level"), max_length=6, choices=Level.choices,
                                      blank=True)
    # Set when the case comes from an absence flag: one live case per employee and year.
    absence_year = models.PositiveSmallIntegerField(null=True, blank=True)

    # Examination (PP 94/2021 Pasal 26-27).
    first_summons_on = models.DateField(_("first summons"), null=True, blank=True)
    second_summons_on = models.DateField(_("second summons"), null=True, blank=True)
    examined_on = models.DateField(_("examination date"), null=True, blank=True)
    examiners = models.ManyToManyField("people.Employee", blank=True, related_name="+",
                                       verbose_name=_("examiners (Tim Pemeriksa)"))
    # Berita Acara Pemeriksaan: confidential (HR and the authorised officials only).
    examination_minutes = models.TextField(_("examination minutes (BAP)"), blank=True)

    # Decision (SK).
    penalty = models.CharField(_("penalty"), max_length=2, choices=PENALTY_CHOICES, blank=True)
    level = models.CharField(_("level"), max_length=6, choices=Level.choices, blank=True)
    imposed_by = models.ForeignKey("people.Employee", on_delete=models.PROTECT, null=True,
                                   blank=True, related_name="+",
                                   verbose_name=_("imposing official"))
    imposed_as = models.CharField(_("imposed as"), max_length=16, blank=True)
    sk_number = models.CharField(_("decree (SK) number"), max_length=80, blank=True)
    sk_date = models.DateField(_("decree date"), null=True, blank=True)
    received_on = models.DateField(_("received by the employee"), null=True, blank=True)
    effective_on = models.DateField(_("effective from"), null=True, blank=True)
    ends_on = models.DateField(_("last day"), null=True, blank=True)
    interim = models.CharField(_("transitional measure"), max_length=32, blank=True)
    dismissal_category = models.CharField(_("dismissal category"), max_length=8,
                                          choices=DISMISSAL_CHOICES, blank=True)
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Optimistic lock: every update names the version it read.
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("discipline case")
        verbose_name_plural = _("discipline cases")
        ordering = ["-incident_from", "-id"]
        indexes = [
            models.Index(fields=["instansi", "employee"], name="discipline_employee_idx"),
            models.Index(fields=["instansi", "agency", "status"], name="discipline_agency_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(incident_to__isnull=True)
                | models.Q(incident_to__gte=models.F("incident_from")),
                name="discipline_incident_order"),
            models.UniqueConstraint(
                fields=["instansi", "sk_number"], condition=~models.Q(sk_number=""),
                name="discipline_sk_number_unique"),
            models.UniqueConstraint(
                fields=["instansi", "employee", "absence_year"],
                condition=models.Q(absence_year__isnull=False) & ~models.Q(status="cancelled"),
                name="discipline_one_absence_case_a_year"),
        ]

    def __str__(self):
        return f"{self.employee_id}: {self.violation[:40]}"

    @property
    def is_decided(self) -> bool:
        return self.status == self.Status.DECIDED

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.REPORTED, self.Status.EXAMINATION)

    @property
    def penalty_code(self) -> Penalty | None:
        return Penalty(self.penalty) if self.penalty else None

    @property
    def penalty_label(self) -> str:
        return str(PENALTY_LABELS[Penalty(self.penalty)]) if self.penalty else ""

    @property
    def interim_label(self) -> str:
        return str(INTERIM_LABELS[InterimMeasure(self.interim)]) if self.interim else ""
