"""Offices with a geofence for the phone check-in, and corrections of a day's punches that the
atasan approves (issue "Attendance": corrections need approval and leave an audit entry)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel


class OfficeLocation(TenantModel):
    """A place where employees may check in on their phone; for one unit and the units under it,
    or for the whole government when no unit is named."""

    name = models.CharField(_("name"), max_length=120)
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, null=True, blank=True,
                             related_name="+", verbose_name=_("for unit"))
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    radius_m = models.PositiveIntegerField(_("radius (m)"), default=100)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Each change names the version it read; a stale form answers 409 (two admins at once).
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("office location")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class AttendanceCorrection(TenantModel):
    """An employee's request to set the clock-in and/or clock-out of one day (a forgotten punch, a
    broken machine); approved, it becomes punches of source "correction"."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    employee = models.ForeignKey("people.Employee", on_delete=models.PROTECT,
                                 related_name="attendance_corrections", verbose_name=_("employee"))
    date = models.DateField(_("date"))
    clock_in = models.TimeField(_("clock-in"), null=True, blank=True)
    clock_out = models.TimeField(_("clock-out"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=500)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     related_name="+", null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   related_name="+", null=True, blank=True,
                                   verbose_name=_("decided by"))
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("attendance correction")
        ordering = ["-date", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(clock_in__isnull=False)
                                   | models.Q(clock_out__isnull=False),
                                   name="correction_names_a_time"),
            # One waiting request per day: a second would race the first to the same punches.
            models.UniqueConstraint(fields=["instansi", "employee", "date"],
                                    condition=models.Q(status="pending"),
                                    name="correction_one_pending_per_day"),
        ]
        indexes = [models.Index(fields=["instansi", "status", "date"], name="correction_status_idx")]

    def __str__(self):
        return f"{self.employee_id} {self.date:%Y-%m-%d} {self.status}"
