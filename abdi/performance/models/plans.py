"""SKP plans, daily activities and the government's performance settings.

Tenant rows (instansi on every one); unique constraints include instansi. Identifiers a later
synchronisation with BKN's e-Kinerja needs are kept as `ekinerja_id` (empty until synced).
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel, tenant_key

from ..rules import activity as activity_rules
from ..rules.cycle import SKP_DEADLINE_MONTH_DAY, AnnualRule
from ..rules.distribution import Enforcement, QuotaRounding
from ..rules.skp import Approach, Aspect, LampiranKind, Perspective, ResultCategory, SkpKind
from ..rules.workflow import ActivityStatus, SkpStatus


def _choices(enum, labels=None):
    return [(m.value, (labels or {}).get(m, m.value)) for m in enum]


class PerformanceSettings(TenantModel):
    """What a government decides itself; absent rows mean the national defaults."""

    backdate_days = models.PositiveSmallIntegerField(
        _("days back an activity may be written"), default=activity_rules.DEFAULT_BACKDATE_DAYS)
    # performance.md §4 and §7: how the year follows the periods, and how strict the curve is.
    annual_rule = models.CharField(max_length=20, default=AnnualRule.PENILAI_JUDGEMENT,
                                   choices=[(r.value, r.value) for r in AnnualRule])
    curve_enforcement = models.CharField(max_length=5, default=Enforcement.BLOCK,
                                         choices=[(e.value, e.value) for e in Enforcement])
    quota_rounding = models.CharField(max_length=8, default=QuotaRounding.STRICT,
                                      choices=[(r.value, r.value) for r in QuotaRounding])
    objection_days = models.PositiveSmallIntegerField(
        _("days to object to a final predikat"), default=activity_rules.DEFAULT_OBJECTION_DAYS)
    # performance.md §4 (UNCONFIRMED, common practice 31 January): the last day to set the SKP.
    skp_deadline_month = models.PositiveSmallIntegerField(default=SKP_DEADLINE_MONTH_DAY[0])
    skp_deadline_day = models.PositiveSmallIntegerField(default=SKP_DEADLINE_MONTH_DAY[1])

    @property
    def skp_deadline_month_day(self) -> tuple[int, int]:
        return self.skp_deadline_month, self.skp_deadline_day

    class Meta:
        verbose_name = _("performance settings")
        constraints = [models.UniqueConstraint(fields=["instansi"], name="perf_settings_one")]


class Skp(TenantModel):
    """Sasaran Kinerja Pegawai: one per employee and year (PermenPANRB 6/2022)."""

    STATUS_LABELS = {
        SkpStatus.DRAFT: _("Draft"), SkpStatus.SUBMITTED: _("Submitted"),
        SkpStatus.APPROVED: _("Approved"), SkpStatus.RETURNED: _("Returned"),
    }

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="skps")
    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=8, choices=_choices(SkpKind))
    approach = models.CharField(_("approach"), max_length=12, choices=_choices(Approach),
                                default=Approach.KUANTITATIF)
    # Snapshot of the position and of the pejabat penilai when the plan was made / submitted.
    position_name = models.CharField(_("position"), max_length=200, blank=True)
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    appraiser = models.ForeignKey("people.Employee", on_delete=models.PROTECT, null=True,
                                  blank=True, related_name="+", verbose_name=_("pejabat penilai"))
    status = models.CharField(_("status"), max_length=10, choices=_choices(SkpStatus, STATUS_LABELS),
                              default=SkpStatus.DRAFT)
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)
    return_note = models.TextField(_("notes of the return"), blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    ekinerja_id = models.CharField(max_length=64, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("SKP")
        ordering = ["-year", "employee_id"]
        constraints = [models.UniqueConstraint(fields=["instansi", "employee", "year"],
                                               name="skp_one_per_employee_year")]
        indexes = [models.Index(fields=["instansi", "year", "status"])]

    def __str__(self):
        return f"SKP {self.year} #{self.employee_id}"

    @property
    def status_label(self):
        return self.STATUS_LABELS.get(SkpStatus(self.status), self.status)

    @property
    def was_approved(self) -> bool:
        """Activities may be reported once a plan was approved, also while it is amended."""
        return self.approved_at is not None


class SkpResult(TenantModel):
    """Rencana hasil kerja (RHK); `parent` is the atasan's RHK it supports (intervensi)."""

    skp = models.ForeignKey(Skp, on_delete=models.CASCADE, related_name="results")
    category = models.CharField(_("category"), max_length=8, choices=_choices(ResultCategory),
                                default=ResultCategory.UTAMA)
    text = models.CharField(_("planned result"), max_length=500)
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="children", verbose_name=_("result of the atasan"))
    perspective = models.CharField(_("perspektif"), max_length=2, blank=True,
                                   choices=[(p.value, p.label) for p in Perspective])
    order = models.PositiveSmallIntegerField(default=0)
    ekinerja_id = models.CharField(max_length=64, blank=True)
    # Who keeps this row: empty = the employee; "team:<id>" = a collaborative result mirrored
    # from a cross-agency team (services.collaborative), changed only by the team.
    origin = models.CharField(_("origin"), max_length=40, blank=True, default="")
    origin_label = models.CharField(_("kept by"), max_length=200, blank=True, default="")

    class Meta:
        ordering = ["category", "order", "id"]

    @property
    def is_collaborative(self) -> bool:
        return bool(self.origin)

    def __str__(self):
        return self.text[:80]


class SkpIndicator(TenantModel):
    """Indikator kinerja individu (IKI) with one target; outcome indicators take a value."""

    class Kind(models.TextChoices):
        OUTPUT = "output", _("Output (counted from activities)")
        OUTCOME = "outcome", _("Outcome (a measured value)")

    result = models.ForeignKey(SkpResult, on_delete=models.CASCADE, related_name="indicators")
    kind = models.CharField(_("indicator kind"), max_length=8, choices=Kind.choices,
                            default=Kind.OUTPUT)
    aspect = models.CharField(_("aspek"), max_length=10, blank=True,
                              choices=[(a.value, a.label) for a in Aspect])
    text = models.CharField(_("indicator"), max_length=500)
    target_value = models.DecimalField(_("target"), max_digits=14, decimal_places=2)
    target_unit = models.CharField(_("unit of the target"), max_length=40)
    # Output: the sum of validated activities; outcome: the last reported value.
    realised = models.DecimalField(_("realisation"), max_digits=14, decimal_places=2, default=0)
    realised_evidence = models.CharField(_("evidence of the realisation"), max_length=500,
                                         blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    ekinerja_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return self.text[:80]


class SkpBehaviour(TenantModel):
    """One BerAKHLAK value of an SKP with the atasan's ekspektasi khusus pimpinan."""

    skp = models.ForeignKey(Skp, on_delete=models.CASCADE, related_name="behaviours")
    value_number = models.PositiveSmallIntegerField(_("value"))  # 1..7, rules.BERAKHLAK
    expectation = models.TextField(_("specific expectation of the leader"), blank=True)

    class Meta:
        ordering = ["value_number"]
        constraints = [models.UniqueConstraint(fields=["instansi", "skp", "value_number"],
                                               name="skp_behaviour_once")]


class SkpLampiran(TenantModel):
    """Lampiran SKP: resources, accountability scheme, consequences (lists of free text)."""

    skp = models.ForeignKey(Skp, on_delete=models.CASCADE, related_name="lampiran")
    kind = models.CharField(_("kind"), max_length=12,
                            choices=[(k.value, k.label) for k in LampiranKind])
    text = models.CharField(_("text"), max_length=500)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["kind", "order", "id"]


class SkpEvent(TenantModel):
    """Every move of an SKP through its workflow, with who, when, the note and the content then."""

    skp = models.ForeignKey(Skp, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=10)
    from_status = models.CharField(max_length=10)
    to_status = models.CharField(max_length=10)
    revision = models.PositiveSmallIntegerField()
    actor = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="+")
    actor_label = models.CharField(max_length=150)
    note = models.TextField(blank=True)
    snapshot = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]


def evidence_path(instance, filename):
    return f"evidence/{instance.instansi_id}/{instance.employee_id}/{uuid.uuid4().hex}{filename[-4:]}"


class Activity(TenantModel):
    """One entry of the daily activity report, tied to an indicator of the employee's SKP."""

    STATUS_LABELS = {
        ActivityStatus.SUBMITTED: _("Waiting for validation"),
        ActivityStatus.APPROVED: _("Approved"),
        ActivityStatus.REJECTED: _("Rejected"),
    }

    # The busiest insert of the product: no single-column index that a composite one below
    # already starts with (government, employee, indicator).
    instansi = tenant_key(db_index=False)
    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="activities", db_index=False)
    skp = models.ForeignKey(Skp, on_delete=models.PROTECT, related_name="activities")
    indicator = models.ForeignKey(SkpIndicator, on_delete=models.PROTECT,
                                  related_name="activities", db_index=False)
    date = models.DateField(_("date"))
    description = models.CharField(_("what was done"), max_length=1000)
    quantity = models.DecimalField(_("output quantity"), max_digits=10, decimal_places=2)
    minutes = models.PositiveSmallIntegerField(_("time spent (minutes)"))
    evidence = models.FileField(_("evidence file"), upload_to=evidence_path, blank=True)
    evidence_link = models.URLField(_("evidence link"), max_length=500, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    # Idempotency: the phone names each entry once; a resend finds the entry already made.
    client_key = models.UUIDField(default=uuid.uuid4)
    fingerprint = models.CharField(max_length=32, db_index=False)
    is_repeat = models.BooleanField(_("repeats an earlier day"), default=False)
    status = models.CharField(_("status"), max_length=10,
                              choices=_choices(ActivityStatus, STATUS_LABELS),
                              default=ActivityStatus.SUBMITTED)
    reject_reason = models.CharField(_("reason"), max_length=500, blank=True)
    validated_by = models.ForeignKey("people.Employee", on_delete=models.SET_NULL, null=True,
                                     blank=True, related_name="+", db_index=False)
    validated_at = models.DateTimeField(null=True, blank=True)
    ekinerja_id = models.CharField(max_length=64, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("activity")
        ordering = ["-date", "-id"]
        constraints = [models.UniqueConstraint(fields=["instansi", "employee", "client_key"],
                                               name="activity_idempotent")]
        indexes = [
            models.Index(fields=["employee", "date"], name="activity_employee_date"),
            # Only the entries waiting for validation: the queue and the dashboard's backlog.
            models.Index(fields=["employee", "date"], name="activity_waiting",
                         condition=models.Q(status="submitted")),
            models.Index(fields=["indicator", "status", "date"], name="activity_indicator"),
            # The repeat check reads the same words of the last days only, however many before.
            models.Index(fields=["employee", "fingerprint", "date"], name="activity_repeat"),
            # A period's realisation reads a government's entries of some weeks (services.period).
            models.Index(fields=["instansi", "date"], name="activity_instansi_date"),
            # Empty until the atasan decides: indexed only where set.
            models.Index(fields=["validated_by"], condition=models.Q(validated_by__isnull=False),
                         name="activity_validated_by"),
        ]

    def __str__(self):
        return f"{self.date} {self.description[:60]}"

    @property
    def status_label(self):
        return self.STATUS_LABELS.get(ActivityStatus(self.status), self.status)


class Feedback(TenantModel):
    """Umpan balik berkelanjutan by the atasan on an activity, a result or a behaviour value."""

    class Target(models.TextChoices):
        ACTIVITY = "activity", _("activity")
        RESULT = "result", _("result")
        BEHAVIOUR = "behaviour", _("behaviour value")

    skp = models.ForeignKey(Skp, on_delete=models.CASCADE, related_name="feedback")
    target = models.CharField(max_length=10, choices=Target.choices)
    target_id = models.PositiveBigIntegerField()
    author = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("feedback"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["skp", "target", "target_id"], name="feedback_target")]
