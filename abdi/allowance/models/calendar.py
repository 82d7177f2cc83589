"""A government's working calendar beyond its holidays (abdi.tenancy.models.Holiday): the hours
of each scheme as versions with an effective date, the Ramadan periods, and the units that keep
the six-day week (Perpres 21/2023 Pasal 3, 4 and 13; allowance-and-discipline.md §5)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel

from ..rules.workhours import WorkScheme

SCHEME_CHOICES = [(WorkScheme.FIVE_DAY.value, _("Five days (Monday to Friday)")),
                  (WorkScheme.SIX_DAY.value, _("Six days (Monday to Saturday)"))]


class WorkHoursVersion(TenantModel):
    """The hours in force from `effective_from` until the next version; a day is always computed
    under the version in force on it, so changing the hours never rewrites the past."""

    effective_from = models.DateField(_("in force from"))
    default_scheme = models.CharField(_("usual scheme"), max_length=10, choices=SCHEME_CHOICES,
                                      default=WorkScheme.FIVE_DAY.value)
    # rules.workhours_codec: {"five_day": [7 days], "six_day": …, "ramadan_five_day": …,
    # "ramadan_six_day": …}; a week left out keeps the national default.
    weeks = models.JSONField(_("weeks"), default=dict, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   related_name="+", null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("working hours version")
        ordering = ["effective_from"]
        constraints = [models.UniqueConstraint(fields=["instansi", "effective_from"],
                                               name="work_hours_one_start")]

    def __str__(self):
        return f"{self.effective_from:%Y-%m-%d}"


class RamadanPeriod(TenantModel):
    """The days of Ramadan hours the government announces for a year (first and last included)."""

    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Ramadan period")
        ordering = ["first_day"]
        constraints = [models.CheckConstraint(condition=models.Q(last_day__gte=models.F("first_day")),
                                              name="ramadan_period_ordered")]

    def __str__(self):
        return f"{self.first_day:%Y-%m-%d}..{self.last_day:%Y-%m-%d}"


class SchemeUnit(TenantModel):
    """A unit (with the units under it) working another scheme than the government's usual one,
    e.g. schools and health centres keeping six days (Perpres 21/2023 Pasal 13)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("unit"))
    scheme = models.CharField(_("scheme"), max_length=10, choices=SCHEME_CHOICES)

    class Meta:
        verbose_name = _("unit working scheme")
        constraints = [models.UniqueConstraint(fields=["instansi", "unit"], name="scheme_unit_one")]

    def __str__(self):
        return f"{self.unit_id} {self.scheme}"
