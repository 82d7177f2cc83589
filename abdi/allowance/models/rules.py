"""The allowance domain's stored configuration: versioned TPP rule sets (the working
calendar's holidays are the government's, abdi.tenancy.models.Holiday).

Every TPP number is set by the government's own Perkada and changes yearly
(allowance-and-discipline.md, "key design principle"), so a rule set is data with an effective
period; a month is always computed under the rule set in force on its first day.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


class TppRuleSet(TenantModel):
    """One version of a government's TPP rules (its Perkada), in force from `effective_from`
    until `effective_to` (inclusive; empty = until further notice). The periods of a government's
    rule sets never overlap and leave no gap (services.rule_sets checks it)."""

    name = models.CharField(_("name"), max_length=120)
    legal_basis = models.CharField(_("legal basis (Perkada)"), max_length=200, blank=True)
    effective_from = models.DateField(_("in force from"))
    effective_to = models.DateField(_("in force until"), null=True, blank=True)
    # The schedule as data (rules.codec): split, deduction schedule, caps, rounding, factors.
    schedule = models.JSONField(_("schedule"))
    preset = models.CharField(_("started from preset"), max_length=40, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   related_name="+", null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("TPP rule set")
        ordering = ["effective_from"]
        constraints = [
            models.UniqueConstraint(fields=["instansi", "effective_from"], name="tpp_rules_one_start"),
            models.CheckConstraint(
                condition=models.Q(effective_to__isnull=True)
                | models.Q(effective_to__gte=models.F("effective_from")),
                name="tpp_rules_period_ordered"),
        ]

    def __str__(self):
        return f"{self.name} ({self.effective_from:%Y-%m-%d})"


class TppBaseAmount(TenantModel):
    """The monthly amount of one TPP criterion for one kelas jabatan under a rule set
    (PP 12/2019 Pasal 58 ayat (2): beban kerja, tempat bertugas, kondisi kerja, kelangkaan
    profesi, prestasi kerja, pertimbangan objektif lainnya)."""

    rule_set = models.ForeignKey(TppRuleSet, on_delete=models.CASCADE, related_name="amounts")
    kelas_jabatan = models.PositiveSmallIntegerField(_("kelas jabatan"))
    component = models.CharField(_("criterion"), max_length=4)
    amount = models.PositiveBigIntegerField(_("amount (Rp per month)"))

    class Meta:
        verbose_name = _("TPP base amount")
        ordering = ["kelas_jabatan", "component"]
        constraints = [models.UniqueConstraint(fields=["rule_set", "kelas_jabatan", "component"],
                                               name="tpp_amount_one")]
