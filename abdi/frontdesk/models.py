"""What a service unit offers citizens (jenis layanan) and where it serves them (loket).

Surveys, ratings of a person's service and complaints all point here: a counter's QR code is
how a citizen on a phone reaches the survey and the rating of whoever served them.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


def new_counter_token() -> str:
    # Printed in a QR code and typed by nobody: long enough that counters cannot be enumerated.
    return secrets.token_urlsafe(12)


class Service(TenantModel):
    """A kind of service a unit gives the public, e.g. "Penerbitan KTP-el" at Dinas Dukcapil."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("service unit"))
    name = models.CharField(_("service"), max_length=160)
    code = models.CharField(_("code"), max_length=40)
    is_active = models.BooleanField(_("active"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("service")
        ordering = ["unit_id", "name"]
        constraints = [models.UniqueConstraint(fields=["instansi", "code"], name="frontdesk_service_code")]

    def __str__(self):
        return self.name


class Counter(TenantModel):
    """A loket (counter, desk, window) of a unit where citizens are served."""

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("service unit"))
    name = models.CharField(_("counter"), max_length=120)
    # Unique across governments: the public QR link resolves the counter before any scope exists.
    token = models.CharField(max_length=32, unique=True, default=new_counter_token, editable=False)
    services = models.ManyToManyField(Service, blank=True, related_name="counters",
                                      verbose_name=_("services"))
    staff = models.ManyToManyField("people.Employee", blank=True, related_name="+",
                                   verbose_name=_("staff serving here"))
    is_active = models.BooleanField(_("active"), default=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("counter")
        ordering = ["unit_id", "name"]

    def __str__(self):
        return self.name
