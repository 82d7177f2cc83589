"""The monthly TPP run of a government and each employee's slip with its breakdown.

A run is computed under the rule set in force on the month's first day; re-running an unlocked
month replaces its slips with the same numbers for the same facts; after locking, a correction
is a new revision with a reason (issue: the monthly run).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


class TppRun(TenantModel):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Computed")
        FAILED = "failed", _("Failed")
        LOCKED = "locked", _("Locked")

    year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()
    revision = models.PositiveSmallIntegerField(default=1)
    reason = models.TextField(_("reason for the revision"), blank=True)
    rule_set = models.ForeignKey("allowance.TppRuleSet", on_delete=models.PROTECT, related_name="runs")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)  # percent, for the progress bar
    summary = models.JSONField(default=dict, blank=True)  # totals per agency, counts, message
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    locked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="+")
    locked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("TPP run")
        ordering = ["-year", "-month", "-revision"]
        constraints = [models.UniqueConstraint(fields=["instansi", "year", "month", "revision"],
                                               name="tpp_run_one_revision")]

    def __str__(self):
        return f"TPP {self.year}-{self.month:02d} r{self.revision}"

    @property
    def is_locked(self) -> bool:
        return self.status == self.Status.LOCKED


class TppSlip(TenantModel):
    """One employee's TPP of a run: the inputs it was computed from and every line of why."""

    run = models.ForeignKey(TppRun, on_delete=models.CASCADE, related_name="slips")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="tpp_slips")
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    kelas_jabatan = models.PositiveSmallIntegerField(null=True)
    pagu = models.PositiveBigIntegerField(default=0)
    achievement_percent = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    amount = models.BigIntegerField(default=0)  # the TPP of the month in whole Rupiah
    pending = models.CharField(max_length=40, blank=True)  # why it could not be computed yet
    facts = models.JSONField(default=dict)  # event counts, leave, predikat: the inputs
    lines = models.JSONField(default=list)  # the breakdown, line by line

    class Meta:
        verbose_name = _("TPP slip")
        ordering = ["agency_id", "employee_id"]
        constraints = [models.UniqueConstraint(fields=["run", "employee"], name="tpp_slip_once")]
        indexes = [models.Index(fields=["employee", "run"], name="tpp_slip_employee")]


class TppObjection(TenantModel):
    """Keberatan of an employee against their TPP of a month, answered by BKPSDM."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for an answer")
        ANSWERED = "answered", _("Answered")

    slip = models.ForeignKey(TppSlip, on_delete=models.CASCADE, related_name="objections")
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("objection"))
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("TPP objection")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["slip"], condition=models.Q(status="open"),
                                               name="tpp_objection_one_open")]


class TppBudget(TenantModel):
    """The year's TPP budget (pagu APBD in the DPA) of one perangkat daerah, against which each
    month's run is reviewed before locking."""

    year = models.PositiveSmallIntegerField(_("year"))
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    amount = models.PositiveBigIntegerField(_("budget for the year (Rp)"))
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("TPP budget")
        constraints = [models.UniqueConstraint(fields=["instansi", "year", "agency"],
                                               name="tpp_budget_one_per_agency_year")]

    def __str__(self):
        return f"{self.year} {self.agency_id}: {self.amount}"
