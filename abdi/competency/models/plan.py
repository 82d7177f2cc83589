"""AKPK: proposed development items per employee and the consolidated plan of an agency."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


class DevelopmentItem(TenantModel):
    class Source(models.TextChoices):
        GAP = "gap", _("Competency gap")
        COACHING = "coaching", _("SKP coaching plan")
        REQUEST = "request", _("Employee's request")

    class Kind(models.TextChoices):
        KLASIKAL = "klasikal", _("Classroom (klasikal)")
        NONKLASIKAL = "nonklasikal", _("Non-classroom (nonklasikal)")

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("employee"))
    # Denormalised from the employee, so the consolidated plan is one grouped query.
    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    code = models.CharField(_("competency"), max_length=12, blank=True)
    gap = models.SmallIntegerField(null=True)
    priority = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("activity"), max_length=200)
    jp = models.PositiveSmallIntegerField(_("JP"))
    cost = models.PositiveBigIntegerField(_("estimated cost (Rp)"))
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["year", "employee_id", "priority", "id"]
        indexes = [models.Index(fields=["instansi", "agency", "year"], name="competency_item_idx")]


class AgencyPlan(TenantModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned")

    agency = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("perangkat daerah"))
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.DRAFT)
    employees = models.PositiveIntegerField(default=0)
    items = models.PositiveIntegerField(default=0)
    total_jp = models.PositiveIntegerField(default=0)
    total_cost = models.PositiveBigIntegerField(_("estimated cost (Rp)"), default=0)
    decision_note = models.CharField(_("note"), max_length=500, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "agency__name"]
        constraints = [models.UniqueConstraint(fields=["agency", "year"],
                                               name="agency_plan_unique")]
