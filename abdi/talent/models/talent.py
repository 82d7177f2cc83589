"""The 9-box placement of each employee per year, its settings, and succession plans of key posts
(PermenPANRB 3/2020; competency-and-talent.md §6)."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

KINERJA_MODE_CHOICES = [("predikat", _("Predikat (Sangat Baik = above, Baik = meets)")),
                        ("score", _("Score (predikat as 100/80/60/40/20, same cut-offs)"))]
POTENSIAL_CHOICES = [("rendah", _("Low")), ("menengah", _("Middle")), ("tinggi", _("High"))]
KINERJA_CHOICES = [("bawah", _("Below expectation")), ("sesuai", _("Meets expectation")),
                   ("atas", _("Above expectation"))]
PERCENT = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))]


class TalentSettings(TenantModel):
    """R-TAL-1 cut-offs of one government (configurable; every change audited, `version` counts)."""

    potential_middle = models.DecimalField(_("potential cut-off middle"), max_digits=5,
                                           decimal_places=2, default=Decimal(60), validators=PERCENT)
    potential_high = models.DecimalField(_("potential cut-off high"), max_digits=5,
                                         decimal_places=2, default=Decimal(80), validators=PERCENT)
    kinerja_mode = models.CharField(_("performance mode"), max_length=8,
                                    choices=KINERJA_MODE_CHOICES, default="predikat")
    assessment_validity_years = models.PositiveSmallIntegerField(
        _("assessment validity (years)"), default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)])
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi"], name="talent_settings_once")]


class TalentPlacement(TenantModel):
    """One employee's box for one year, with the inputs it was computed from."""

    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    box = models.PositiveSmallIntegerField()
    potential = models.DecimalField(max_digits=6, decimal_places=2)
    potential_level = models.CharField(max_length=8, choices=POTENSIAL_CHOICES)
    kinerja_level = models.CharField(max_length=6, choices=KINERJA_CHOICES)
    predikat = models.CharField(max_length=2)
    # Cut-offs, mode and settings version used, so a later settings change never rewrites history.
    inputs = models.JSONField(default=dict)
    computed_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "employee", "year"],
                                               name="talent_placement_once")]
        indexes = [models.Index(fields=["instansi", "year", "box"], name="talent_year_box"),
                   models.Index(fields=["agency", "year"], name="talent_agency_year")]


class SuccessionPlan(TenantModel):
    """Rencana suksesi of a key post (jabatan kritikal), marked by HR."""

    position = models.ForeignKey("org.Position", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "position"],
                                               name="succession_plan_once")]


class SuccessionCandidate(TenantModel):
    plan = models.ForeignKey(SuccessionPlan, on_delete=models.CASCADE, related_name="candidates")
    employee = models.ForeignKey("people.Employee", on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveSmallIntegerField()
    evidence = models.JSONField(default=list)
    ready = models.BooleanField(default=False)
    # Why HR moved this candidate away from the computed rank (audited too).
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        ordering = ["rank"]
        constraints = [models.UniqueConstraint(fields=["plan", "employee"],
                                               name="succession_candidate_once")]
