"""Technical competencies, the standard of each jabatan, and assessment results.

Each score keeps the level required when it was assessed and the employee, and the latest
assessment of an employee is flagged, so the gap map is one grouped query over scores.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

LEVEL_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


class TechnicalCompetency(TenantModel):
    """A kompetensi teknis the government defines (§5.2: the instansi sets JPT and JA standards)."""

    code = models.CharField(_("code"), max_length=12)
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("technical competency")
        ordering = ["code"]
        constraints = [models.UniqueConstraint(fields=["instansi", "code"],
                                               name="technical_competency_code_unique")]

    def __str__(self):
        return f"{self.code} {self.name}"


class PositionStandard(TenantModel):
    """The required level of one competency for one jabatan; overrides the default by kind."""

    position = models.ForeignKey("org.Position", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("position"))
    code = models.CharField(_("competency"), max_length=12)
    level = models.PositiveSmallIntegerField(_("required level"), validators=LEVEL_VALIDATORS)

    class Meta:
        verbose_name = _("competency standard")
        constraints = [models.UniqueConstraint(fields=["position", "code"],
                                               name="position_standard_unique")]


class Assessment(TenantModel):
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("employee"))
    date = models.DateField(_("assessment date"))
    assessor = models.CharField(_("assessor"), max_length=120)
    institution = models.CharField(_("assessment centre"), max_length=160, blank=True)
    # Given by some assessment centres; the talent app's "potential" (R-TAL-1).
    potential_score = models.DecimalField(_("potential score (0-100)"), max_digits=5,
                                          decimal_places=2, null=True, blank=True,
                                          validators=[MinValueValidator(0), MaxValueValidator(100)])
    jpm = models.DecimalField(_("JPM (%)"), max_digits=6, decimal_places=2, null=True)
    is_latest = models.BooleanField(default=True, editable=False)
    source = models.CharField(max_length=8, default="manual")  # manual / import
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("assessment")
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["instansi", "employee", "is_latest"],
                                name="competency_assessment_idx")]


class AssessmentScore(TenantModel):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="scores")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    is_latest = models.BooleanField(default=True)
    code = models.CharField(_("competency"), max_length=12)
    level = models.PositiveSmallIntegerField(_("level"), validators=LEVEL_VALIDATORS)
    required = models.PositiveSmallIntegerField(_("required level"), null=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["instansi", "is_latest", "code"],
                                name="competency_score_map_idx")]
        constraints = [models.UniqueConstraint(fields=["assessment", "code"],
                                               name="assessment_score_unique")]
