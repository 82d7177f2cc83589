"""The audit trail: who changed what, when, from where, with the values before and after."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from abdi.tenancy.models import TenantModel, tenant_key


class AuditEntry(TenantModel):
    class Action(models.TextChoices):
        CREATE = "create", _("created")
        UPDATE = "update", _("changed")
        DELETE = "delete", _("deleted")
        IMPORT = "import", _("imported")

    # Written with nearly every change: no index that the composite ones below already give.
    instansi = tenant_key(db_index=False)
    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              related_name="+", verbose_name=_("by"), db_index=False)
    actor_label = models.CharField(_("by"), max_length=150)
    ip = models.CharField(_("IP address"), max_length=45, blank=True)
    action = models.CharField(_("action"), max_length=8, choices=Action.choices)
    object_type = models.CharField(_("object"), max_length=40)
    object_id = models.CharField(max_length=40)
    object_repr = models.CharField(_("object"), max_length=200)
    # Which employee / unit the change concerns, so admins can browse per employee and unit.
    employee_id = models.BigIntegerField(null=True, blank=True)
    unit_id = models.BigIntegerField(null=True, blank=True)
    agency_id = models.BigIntegerField(null=True, blank=True)
    changes = models.JSONField(_("changes"), default=dict)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["instansi", "employee_id", "-at"], name="audit_employee_idx"),
            models.Index(fields=["instansi", "unit_id", "-at"], name="audit_unit_idx"),
            models.Index(fields=["instansi", "agency_id", "-at"], name="audit_agency_idx"),
            # Imports, the system and citizens write without an account: only people are indexed.
            models.Index(fields=["actor"], condition=models.Q(actor__isnull=False),
                         name="audit_actor_idx"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_repr}"
