"""Appraisal of a period (self, peers, citizens, atasan), the unit's predikat and its curve,
objections, dialog kinerja and coaching (PermenPANRB 6/2022, SE MenPANRB 3/2023)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..rules.cycle import PeriodKind
from ..rules.ratings import OrgPredikat, Predikat, Rating

RATING_CHOICES = [(r.value, r.label) for r in Rating]
PREDIKAT_CHOICES = [(p.value, p.label) for p in Predikat]
ORG_PREDIKAT_CHOICES = [(p.value, p.label) for p in OrgPredikat]
PERIOD_CHOICES = [(k.value, k.label) for k in PeriodKind]


class UnitPerformance(TenantModel):
    """Capaian kinerja organisasi of a unit for a period, fixed one level up (SE MenPANRB 3/2023)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    period_kind = models.CharField(max_length=10, choices=PERIOD_CHOICES)
    period_number = models.PositiveSmallIntegerField()
    org_predikat = models.CharField(_("organisation predikat"), max_length=3,
                                    choices=ORG_PREDIKAT_CHOICES)
    set_by = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                               related_name="+")
    set_by_label = models.CharField(max_length=150)
    finalised_at = models.DateTimeField(null=True, blank=True)
    finalised_by = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                     blank=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(
            fields=["instansi", "unit", "year", "period_kind", "period_number"],
            name="unit_performance_once")]


class Appraisal(TenantModel):
    """Evaluasi kinerja of one SKP for one period (or the year): ratings and the predikat."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RATED = "rated", _("Rated, not final")
        FINAL = "final", _("Final")

    skp = models.ForeignKey("performance.Skp", on_delete=models.PROTECT, related_name="appraisals")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="appraisals")
    # The curve groups appraisals by the unit whose leader rates them (performance.md §7).
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    period_kind = models.CharField(max_length=10, choices=PERIOD_CHOICES)
    period_number = models.PositiveSmallIntegerField()
    start = models.DateField()
    end = models.DateField()
    self_assessment = models.TextField(_("self-assessment"), blank=True)
    self_evidence_link = models.URLField(_("evidence link"), max_length=500, blank=True)
    result_rating = models.CharField(_("rating of results"), max_length=6, blank=True,
                                     choices=RATING_CHOICES)
    result_reason = models.TextField(_("reason for the rating of results"), blank=True)
    behaviour_rating = models.CharField(_("rating of behaviour"), max_length=6, blank=True,
                                        choices=RATING_CHOICES)
    behaviour_reason = models.TextField(_("reason for the rating of behaviour"), blank=True)
    predikat = models.CharField(_("predikat"), max_length=2, blank=True, choices=PREDIKAT_CHOICES)
    appraiser = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="+", verbose_name=_("pejabat penilai"))
    # Citizens' feedback on this employee's service, filled by the citizen-voice domain:
    # {"count": n, "average": x.y, "comments": [...]} shown only past its minimum count.
    citizen_feedback = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=6, choices=Status.choices, default=Status.OPEN)
    rated_at = models.DateTimeField(null=True, blank=True)
    finalised_at = models.DateTimeField(null=True, blank=True)
    ekinerja_id = models.CharField(max_length=64, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["year", "period_kind", "period_number"]
        constraints = [models.UniqueConstraint(
            fields=["instansi", "skp", "period_kind", "period_number"], name="appraisal_once")]
        indexes = [models.Index(fields=["unit", "year", "period_kind", "period_number"],
                                name="appraisal_unit_period")]

    def __str__(self):
        return f"{self.employee_id} {self.year} {self.period_kind} {self.period_number}"

    @property
    def is_final(self) -> bool:
        return self.status == self.Status.FINAL


class PeerInput(TenantModel):
    """A colleague's view of the employee's behaviour; shown only in aggregate."""

    appraisal = models.ForeignKey(Appraisal, on_delete=models.CASCADE, related_name="peer_inputs")
    author = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    rating = models.CharField(max_length=6, choices=RATING_CHOICES)
    comment = models.TextField(blank=True)
    anonymous = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "appraisal", "author"],
                                               name="peer_input_once")]


class Objection(TenantModel):
    """Keberatan of the employee against a final predikat, decided by the atasan's atasan."""

    class Status(models.TextChoices):
        FILED = "filed", _("Filed")
        UPHELD = "upheld", _("Upheld")
        REJECTED = "rejected", _("Rejected")

    appraisal = models.ForeignKey(Appraisal, on_delete=models.CASCADE, related_name="objections")
    reason = models.TextField(_("reason"))
    reviewer = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                 related_name="+")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.FILED)
    decision = models.TextField(_("decision"), blank=True)
    filed_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-filed_at"]


class PerformanceDialog(TenantModel):
    """Dialog kinerja between the atasan and the employee (performance.md §8)."""

    skp = models.ForeignKey("performance.Skp", on_delete=models.CASCADE, related_name="dialogs")
    date = models.DateField(_("date"))
    participants = models.CharField(_("participants"), max_length=300)
    notes = models.TextField(_("notes"))
    author = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-id"]


class CoachingPlan(TenantModel):
    """Pembinaan opened when a final predikat is below Baik; closed at the next evaluation."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    appraisal = models.OneToOneField(Appraisal, on_delete=models.CASCADE, related_name="coaching")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    coach = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                              related_name="+")
    goals = models.TextField(_("goals"), blank=True)
    status = models.CharField(max_length=6, choices=Status.choices, default=Status.OPEN)
    outcome = models.TextField(_("result at the next evaluation"), blank=True)
    next_predikat = models.CharField(max_length=2, blank=True, choices=PREDIKAT_CHOICES)
    created_at = models.DateTimeField(auto_now_add=True)


class CoachingSession(TenantModel):
    """A counselling note or a planned check-in of a coaching plan."""

    plan = models.ForeignKey(CoachingPlan, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date"))
    notes = models.TextField(_("notes"), blank=True)
    done = models.BooleanField(default=False)

    class Meta:
        ordering = ["date", "id"]


class PeriodRealisation(TenantModel):
    """The realisation of one indicator within an appraisal's period, fixed when the period is
    computed (the input of the ratings, and later of the allowance)."""

    appraisal = models.ForeignKey(Appraisal, on_delete=models.CASCADE, related_name="realisations")
    indicator = models.ForeignKey("performance.SkpIndicator", on_delete=models.CASCADE,
                                  related_name="+")
    value = models.DecimalField(max_digits=14, decimal_places=2)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["instansi", "appraisal", "indicator"],
                                               name="period_realisation_once")]


class PeriodRun(TenantModel):
    """BKPSDM's computation of a whole period (see services.period), run by the task worker."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    year = models.PositiveSmallIntegerField()
    period_kind = models.CharField(max_length=10, choices=PERIOD_CHOICES)
    period_number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    summary = models.JSONField(default=dict, blank=True)
    requested_by = models.ForeignKey("accounts.User", on_delete=models.SET_NULL, null=True,
                                     related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
